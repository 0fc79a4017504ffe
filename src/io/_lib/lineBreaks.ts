/**
 * Lines that end in a carriage return alone (CR), as Excel for Mac saves «CSV (Macintosh)» and old
 * Mac programs write text: such a file has no LF at all, and a reader that splits lines at LF sees
 * one huge line (its header glued to every row). Such a file is recognised by its first line break
 * and read with every CR taken for LF; a file with LF or CRLF breaks is read as it is. Internal.
 */
import { Transform, type Readable } from 'node:stream';

const CR = 13;
const LF = 10;

/**
 * Whether the text starting in `buf` (up to `end`) breaks its lines with CR alone: its first line break
 * is a CR followed by something other than LF. `null` while it cannot be told yet (no break so far, or
 * a CR as the last byte seen).
 *
 * @param buf - The first bytes of the file (the first chunk read).
 * @param end - How many of them were read.
 */
export function crAloneBreaks(buf: Uint8Array, end: number): boolean | null {
  for (let i = 0; i < end; i++) {
    const b = buf[i];
    if (b === LF) return false;
    if (b === CR) return i + 1 < end ? buf[i + 1] !== LF : null;
  }
  return null;
}

/** Every CR of `buf[start, end)` made LF, in place. */
function crToLf(buf: Uint8Array, start: number, end: number): void {
  let i = buf.indexOf(CR, start);
  while (i >= 0 && i < end) {
    buf[i] = LF;
    i = buf.indexOf(CR, i + 1);
  }
}

/**
 * The byte stream as it is, or, when its lines end in CR alone (told by its first line break), with
 * every CR made LF. Errors of the input pass through.
 *
 * @param input - A byte stream of the file (gunzipped already).
 */
export function withLfBreaks(input: Readable): Readable {
  // decided at the first line break; bytes before it are held back until then
  let crAlone: boolean | null = null;
  let held: Buffer | null = null;
  const out = new Transform({
    transform(chunk: Buffer, _enc, done): void {
      let buf = held === null ? chunk : Buffer.concat([held, chunk]);
      held = null;
      if (crAlone === null) {
        crAlone = crAloneBreaks(buf, buf.length);
        if (crAlone === null && buf.length < 1 << 24) {
          held = buf;
          done();
          return;
        }
      }
      if (crAlone === true) {
        // a chunk of the file stream may share its memory with others: changed in a copy
        buf = Buffer.from(buf);
        crToLf(buf, 0, buf.length);
      }
      done(null, buf);
    },
    flush(done): void {
      if (held !== null && held.length > 0) {
        if (held[held.length - 1] === CR) {
          // the file's only line break is its last byte: a CR there ends the line as a CRLF would
          held = Buffer.from(held);
          crToLf(held, held.length - 1, held.length);
        }
        done(null, held);
      } else done();
    },
  });
  input.on('error', (e) => out.destroy(e));
  return input.pipe(out);
}
