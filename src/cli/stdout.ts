import { transcode } from 'node:buffer';
import { fstatSync, writeSync } from 'node:fs';
import { OutputError } from '../errors.js';

/**
 * Cut a text into pieces of at most `size` UTF-16 units, never between the two halves of a
 * surrogate pair (a lone half would be written as U+FFFD).
 */
export function slices(text: string, size: number): string[] {
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

/** Held back for a file descriptor before writing, in UTF-16 units. */
const FD_BUFFER = 1 << 18;
/** Held back for a stream before writing, in UTF-16 units. */
const STREAM_BUFFER = 1 << 15;

/**
 * Copy text as UTF-16 into one reused buffer of `units` and, when it is full, hand its UTF-8 to
 * `out` (a new Buffer each time; a larger text gets a larger buffer). Copying UTF-16 is nearly
 * free and `buffer.transcode` encodes with SIMD, where `Buffer.write(text, 'utf8')` goes
 * character by character: a fifth of the cost.
 */
function utf8Writer(out: (bytes: Buffer) => void, units: number): OutputWriter {
  let buffer = Buffer.allocUnsafe(units * 2);
  let used = 0;
  const flush = () => {
    if (used === 0) return;
    const bytes = utf8(buffer.subarray(0, used));
    used = 0; // what cannot be written is dropped: the command fails with one line
    out(bytes);
  };
  return {
    write(text) {
      const size = text.length * 2;
      if (used + size > buffer.length) {
        flush();
        if (size > buffer.length) buffer = Buffer.allocUnsafe(size);
      }
      used += buffer.write(text, used, 'utf16le');
    },
    flush,
  };
}

/**
 * Write to a file descriptor with `fs.writeSync`, a large buffer at a time (reports come in many
 * small pieces; one system call each would cost more than the JSON itself).
 */
function fdWriter(fd: number): OutputWriter {
  return utf8Writer((bytes) => {
    try {
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      throw new OutputError(`cannot write the output (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }, FD_BUFFER);
}

/**
 * The UTF-8 of a text given in pieces, encoded as standard output encodes it, in buffers of some
 * FD_BUFFER units each as they fill: a file is written a buffer at a time, without joining them
 * (a copy of the whole report).
 */
export function* utf8OfPieces(pieces: Iterable<string>): Generator<Buffer> {
  const ready: Buffer[] = [];
  const writer = utf8Writer((bytes) => ready.push(bytes), FD_BUFFER);
  for (const piece of pieces) {
    writer.write(piece);
    if (ready.length > 0) yield* ready.splice(0);
  }
  writer.flush();
  yield* ready;
}

/**
 * UTF-8 of UTF-16LE text. `transcode` refuses a lone surrogate (and is missing from a Node built
 * without Intl): then the text goes through `Buffer.from`, which writes U+FFFD for it.
 */
export function utf8(utf16: Buffer): Buffer {
  try {
    return transcode(utf16, 'utf16le', 'utf8');
  } catch {
    return Buffer.from(utf16.toString('utf16le'), 'utf8');
  }
}

/**
 * Join small pieces into writes of about STREAM_BUFFER units, encoded as for a descriptor (a
 * Buffer, which the stream need not encode again); a large text goes out at once, in slices.
 * The stream is asked for at the first write.
 */
function streamPieceWriter(stream: () => NodeJS.WritableStream): OutputWriter {
  const staged = utf8Writer((bytes) => stream().write(bytes), STREAM_BUFFER);
  return {
    write(text) {
      if (text.length <= STREAM_BUFFER) {
        staged.write(text);
        return;
      }
      staged.flush();
      for (const piece of slices(text, STREAM_BUFFER)) {
        staged.write(piece);
        staged.flush();
      }
    },
    flush: staged.flush,
  };
}

/** Standard output as the CLI uses it: where to write, and whether it is a terminal. */
export interface StandardOutput {
  writer: OutputWriter;
  isTTY: boolean;
}

/**
 * Open a standard output descriptor. Reports run to megabytes, and Node turns each string
 * written to a file stream into a new Buffer, which costs far more than the JSON itself: so for a
 * file or a device such as /dev/null (Node writes those synchronously anyway), text is encoded
 * into one reused buffer that goes to `fs.writeSync`. Pipes and terminals use the stream (pipes
 * may be non-blocking), small pieces joined. `stream` is called at most once, at the first
 * write: Node builds `process.stdout` on first use, loading modules, and a report written to a
 * file needs none of them.
 */
export async function openOutput(fd: number, stream: () => NodeJS.WritableStream): Promise<StandardOutput> {
  let once: NodeJS.WritableStream | undefined;
  const lazyStream = () => (once ??= stream());
  const kind = descriptorKind(fd);
  if (kind === 'file') return { writer: fdWriter(fd), isTTY: false };
  if (kind === 'device') {
    if (await isatty(fd)) return { writer: streamPieceWriter(lazyStream), isTTY: true };
    return { writer: fdWriter(fd), isTTY: false };
  }
  return { writer: streamPieceWriter(lazyStream), isTTY: false };
}

/** What a descriptor is open on; `other` for pipes, sockets, and a descriptor that cannot be read. */
function descriptorKind(fd: number): 'file' | 'device' | 'other' {
  try {
    const info = fstatSync(fd);
    if (info.isFile()) return 'file';
    return info.isCharacterDevice() ? 'device' : 'other';
  } catch {
    return 'other'; // no usable descriptor: let the stream report errors as it always did
  }
}

/** Is the descriptor a terminal? Only a character device can be: `node:tty` is loaded for those alone. */
export async function isTerminal(fd: number): Promise<boolean> {
  return descriptorKind(fd) === 'device' && (await isatty(fd));
}

/** `tty.isatty`, loaded when first asked (it loads net and streams). */
async function isatty(fd: number): Promise<boolean> {
  return (await import('node:tty')).isatty(fd);
}
