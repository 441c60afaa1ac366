import { fstatSync, writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import { OutputError } from '../errors.js';

/** Largest piece written at once, in UTF-16 units. */
const SLICE = 65_536;

/**
 * Cut a text into pieces of at most `size` UTF-16 units (default 65,536), never between the two
 * halves of a surrogate pair (a lone half would be written as U+FFFD).
 */
export function slices(text: string, size = SLICE): string[] {
  if (text.length <= size) return [text];
  const out: string[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && end - start > 1 && last >= 0xd800 && last <= 0xdbff) end--;
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

/** A writer for standard output: `write` may hold text back until `flush`. */
export interface OutputWriter {
  write(text: string): void;
  /** Write out whatever is held back. */
  flush(): void;
}

/** Held back for a file descriptor before writing, in bytes. */
const FD_BUFFER = 1 << 16;
/** Held back for a stream before writing, in UTF-16 units. */
const STREAM_BUFFER = 1 << 15;

/**
 * Encode text into one reused buffer and write it with `fs.writeSync` when full (reports come in
 * many small pieces; one system call each would cost more than the JSON itself).
 */
function fdWriter(fd: number): OutputWriter {
  let buffer = Buffer.allocUnsafe(FD_BUFFER);
  let used = 0;
  const flush = () => {
    const length = used;
    used = 0; // what cannot be written is dropped: the command fails with one line
    try {
      for (let offset = 0; offset < length; ) offset += writeSync(fd, buffer, offset, length - offset);
    } catch (error) {
      throw new OutputError(`cannot write the output (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  };
  return {
    write(text) {
      // Three UTF-8 bytes at most per UTF-16 unit.
      const most = text.length * 3;
      if (used + most > buffer.length) {
        flush();
        if (most > buffer.length) buffer = Buffer.allocUnsafe(most);
      }
      used += buffer.write(text, used, 'utf8');
    },
    flush,
  };
}

/** Join small pieces into writes of about STREAM_BUFFER units; a large text goes out in slices. */
function streamPieceWriter(stream: NodeJS.WritableStream): OutputWriter {
  let held: string[] = [];
  let size = 0;
  const flush = () => {
    if (held.length > 0) stream.write(held.length === 1 ? held[0]! : held.join(''));
    held = [];
    size = 0;
  };
  return {
    write(text) {
      if (size + text.length > STREAM_BUFFER) flush();
      if (text.length > STREAM_BUFFER) {
        for (const piece of slices(text)) stream.write(piece);
        return;
      }
      held.push(text);
      size += text.length;
    },
    flush,
  };
}

/**
 * A writer for a standard stream. Reports run to megabytes, and Node turns each string written
 * to a file stream into a new Buffer, which costs far more than the JSON itself: so when `fd`
 * is a file or a device such as /dev/null (Node writes those synchronously anyway), text is
 * encoded into one reused buffer that goes to `fs.writeSync`; pipes and terminals keep `stream`
 * (pipes may be non-blocking), small pieces joined.
 */
export function streamWriter(stream: NodeJS.WritableStream, fd: number): OutputWriter {
  let direct = false;
  try {
    const info = fstatSync(fd);
    direct = (info.isFile() || info.isCharacterDevice()) && !isatty(fd);
  } catch {
    direct = false; // no usable descriptor: let the stream report errors as it always did
  }
  return direct ? fdWriter(fd) : streamPieceWriter(stream);
}
