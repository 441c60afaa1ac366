import { fstatSync, writeSync } from 'node:fs';
import { isatty } from 'node:tty';

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

/** Encode a piece into a buffer reused across writes (grown when needed) and write all of it synchronously. */
function directWriter(fd: number): (text: string) => void {
  let scratch = Buffer.allocUnsafe(0);
  return (text) => {
    // Three UTF-8 bytes at most per UTF-16 unit.
    if (scratch.length < text.length * 3) scratch = Buffer.allocUnsafe(Math.max(text.length * 3, 4096));
    const length = scratch.write(text, 0, 'utf8');
    for (let offset = 0; offset < length; ) offset += writeSync(fd, scratch, offset, length - offset);
  };
}

/**
 * A writer for a standard stream. Reports run to megabytes, and Node turns each string written
 * to a file stream into a new Buffer, which costs far more than the JSON itself: so when `fd`
 * is a file or a device such as /dev/null (Node writes those synchronously anyway), pieces are
 * encoded into one reused buffer and go to `fs.writeSync`; pipes and terminals keep `stream`
 * (pipes may be non-blocking) and receive pieces, which Node writes without a Buffer each.
 */
export function streamWriter(stream: NodeJS.WritableStream, fd: number): (text: string) => void {
  let direct = false;
  try {
    const info = fstatSync(fd);
    direct = (info.isFile() || info.isCharacterDevice()) && !isatty(fd);
  } catch {
    direct = false; // no usable descriptor: let the stream report errors as it always did
  }
  const write = direct ? directWriter(fd) : (piece: string) => void stream.write(piece);
  return (text) => {
    for (const piece of slices(text)) write(piece);
  };
}
