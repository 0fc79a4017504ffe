/**
 * A JSON file whose value is an object (a dataset, a frame) read in chunks instead of as one string:
 * a small byte scanner finds the object's keys and, inside each array value, where its elements
 * end, and `JSON.parse` reads the elements a batch (some tens of kilobytes) at a time. The whole
 * file is never one buffer nor one string: reading a national frame touches a reused buffer and
 * short strings instead of a buffer of the file and a string twice its size. The value is exactly
 * the one `JSON.parse` gives for the file's text (decoded as UTF-8, gunzipped when it is gzip);
 * anything the scanner is not sure of — a value that is not an object, a byte-order mark, JSON
 * that is not valid anywhere, a file that cannot be read — gives `null`, and the caller reads the
 * file whole as before, which words the error. Node only. Internal.
 */
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { isGzipFile, openInput } from './source.js';

/**
 * The bytes of the longest string V8 holds: a file this large is never one string, and is left to the
 * caller (whose whole read refuses it, or fails as it always did).
 */
export const MAX_JSON_BYTES = 0x1fffffe8;

/** Options of {@link readJsonObjectFile}; the defaults suit any file, smaller sizes are for tests. */
export interface JsonFileOptions {
  /** Bytes read at a time (the buffer grows for a longer element); 1 MB by default. */
  readonly chunkSize?: number;
  /** Bytes of elements parsed together, at least; 32 KB by default (the string stays in V8's young generation). */
  readonly batchBytes?: number;
  /** The bytes (gunzipped) from which the file is left to the caller; {@link MAX_JSON_BYTES} by default. */
  readonly limit?: number;
}

/** The scanner cannot be sure the value is the one JSON.parse would give: the caller reads the file whole. */
class NotSure extends Error {}

/** A source of the file's bytes, copied into the scanner's buffer. */
interface ByteSource {
  /** Copies the next bytes into `buf` from `at`; 0 at the end. */
  read(buf: Buffer, at: number): Promise<number>;
  close(): Promise<void>;
}

async function plainSource(path: string): Promise<ByteSource> {
  const fh = await open(path, 'r');
  return {
    read: async (buf, at) => (await fh.read(buf, at, buf.length - at, null)).bytesRead,
    close: () => fh.close(),
  };
}

function gzipSource(path: string, chunkSize: number): ByteSource {
  const stream: Readable = openInput(path, undefined, chunkSize);
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let chunk: Buffer | null = null;
  let from = 0;
  return {
    read: async (buf, at) => {
      while (chunk === null || from >= chunk.length) {
        const next = await chunks.next();
        if (next.done === true) return 0;
        chunk = next.value;
        from = 0;
      }
      const n = chunk.copy(buf, at, from);
      from += n;
      return n;
    },
    close: async () => void stream.destroy(),
  };
}

// the scanner's states between chunks
const BEFORE = 0; // before the object's `{`
const FIRST_KEY = 1; // after `{`: a key or `}`
const KEY = 2; // after `,`: a key
const IN_KEY = 3; // inside a key's string
const COLON = 4;
const VALUE = 5;
const ARRAY = 6; // inside an array value: its elements
const SCALAR = 7; // inside another value (a string, an object, a number, a literal)
const AFTER = 8; // after a value: `,` or `}`
const END = 9; // after the object: white space only

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON_BYTE = 0x3a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** Where elements written as JSON.stringify writes objects meet. */
const SEPARATOR = Buffer.from('},{');

/** JSON's white space: space, tab, line feed, carriage return. */
const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** Defines a key as JSON.parse does (an own data property, even `__proto__`; a repeated key keeps its place and takes the last value). */
function define(o: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * Reads a JSON file whose value is an object, in chunks: the value `JSON.parse` gives for the
 * file's whole text, or `null` when the scanner is not sure of it (then read the file whole).
 *
 * @param path - The file, gzip or not (by its content).
 * @param options - Chunk and batch sizes (for tests), and the size from which the file is left to the caller.
 * @returns `{ value }`, or `null`.
 * @internal
 */
export async function readJsonObjectFile(path: string, options: JsonFileOptions = {}): Promise<{ value: Record<string, unknown> } | null> {
  const chunkSize = Math.max(1, options.chunkSize ?? 1 << 20);
  const batchBytes = Math.max(1, options.batchBytes ?? 32 << 10);
  const limit = options.limit ?? MAX_JSON_BYTES;
  let source: ByteSource;
  try {
    source = isGzipFile(path) ? gzipSource(path, Math.max(64, Math.min(chunkSize, 64 << 10))) : await plainSource(path);
  } catch {
    return null;
  }
  try {
    return { value: await scan(source, chunkSize, batchBytes, limit) };
  } catch {
    // not sure (NotSure), not JSON (a SyntaxError of a part), or not read (a bad gzip stream, a
    // read error): the whole read words it
    return null;
  } finally {
    await source.close().catch(() => undefined);
  }
}

async function scan(source: ByteSource, chunkSize: number, batchBytes: number, limit: number): Promise<Record<string, unknown>> {
  let buf = Buffer.allocUnsafeSlow(chunkSize);
  let len = 0; // bytes of buf filled
  let pos = 0; // the next byte to scan
  let total = 0; // bytes read from the source
  let state = BEFORE;
  const out: Record<string, unknown> = {};
  let key = '';
  let keyStart = 0; // IN_KEY: the key's opening quote
  // ARRAY: the array being filled, the first byte of the elements not parsed yet, nesting and strings inside elements
  let list: unknown[] = [];
  let batchStart = 0;
  let depth = 0;
  let inString = false;
  let guess = true;
  // SCALAR: where the value starts and how it ends
  let valueStart = 0;
  let kind = 0; // QUOTE: a string, OPEN_BRACE: an object, 0: a number or a literal

  /**
   * Parses elements `[a, b)` of the array (between `[` or `,` at a − 1 and `,` or `]` at b), `last`
   * when b is the array's end; `false` when they are not JSON elements.
   */
  const batch = (a: number, b: number, last: boolean): boolean => {
    const before = buf[a - 1] as number;
    const after = buf[b] as number;
    buf[a - 1] = OPEN_BRACKET;
    buf[b] = CLOSE_BRACKET;
    const text = buf.toString('utf8', a - 1, b + 1);
    buf[a - 1] = before;
    buf[b] = after;
    let elements: unknown[];
    try {
      elements = JSON.parse(text) as unknown[];
    } catch {
      return false;
    }
    // no elements: `[]` only; `[,`, `,,` and `,]` are not JSON
    if (elements.length === 0 && !(last && list.length === 0)) return false;
    for (let k = 0; k < elements.length; k++) list.push(elements[k]);
    return true;
  };

  for (;;) {
    // scan what the buffer holds
    while (pos < len) {
      if (state === ARRAY) {
        if (guess && pos === batchStart) {
          // elements written as JSON.stringify writes them end at a `},{` past the batch size: a guess
          // that JSON.parse proves, since elements cut anywhere else (inside an element or a string,
          // or past the array's end) are not JSON; a wrong guess and the bytes are scanned instead
          const from = batchStart + batchBytes;
          const c = from < len ? buf.subarray(0, len).indexOf(SEPARATOR, from) : -1;
          if (c >= 0) {
            if (batch(batchStart, c + 1, false)) {
              batchStart = c + 2;
              pos = batchStart;
              continue;
            }
            guess = false;
          }
        }
        // the elements a byte at a time, from a known state: where a batch starts, or where the
        // previous chunk ended
        const bytes = buf;
        const end = len;
        let p = pos;
        let d: number = depth;
        let s: boolean = inString;
        let closed = false;
        let cut = false;
        while (p < end) {
          const b = bytes[p] as number;
          if (s) {
            if (b === BACKSLASH) p++;
            else if (b === QUOTE) s = false;
          } else if (b === QUOTE) s = true;
          else if (b === OPEN_BRACE || b === OPEN_BRACKET) d++;
          else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
            if (d === 0) {
              if (b !== CLOSE_BRACKET || !batch(batchStart, p, true)) throw new NotSure();
              closed = true;
              break;
            }
            d--;
          } else if (b === COMMA && d === 0 && p - batchStart >= batchBytes) {
            if (!batch(batchStart, p, false)) throw new NotSure();
            batchStart = p + 1;
            cut = true;
            break;
          }
          p++;
        }
        pos = closed || cut ? p + 1 : p;
        depth = d;
        inString = s;
        if (closed) state = AFTER;
        continue;
      }
      if (state === SCALAR) {
        let p = pos;
        let ended = false;
        if (kind === QUOTE) {
          for (; p < len; p++) {
            const b = buf[p] as number;
            if (b === BACKSLASH) p++;
            else if (b === QUOTE) {
              p++;
              ended = true;
              break;
            }
          }
        } else if (kind === OPEN_BRACE) {
          let d: number = depth;
          let s: boolean = inString;
          for (; p < len; p++) {
            const b = buf[p] as number;
            if (s) {
              if (b === BACKSLASH) p++;
              else if (b === QUOTE) s = false;
            } else if (b === QUOTE) s = true;
            else if (b === OPEN_BRACE || b === OPEN_BRACKET) d++;
            else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
              d--;
              if (d === 0) {
                p++;
                ended = true;
                break;
              }
            }
          }
          depth = d;
          inString = s;
        } else {
          for (; p < len; p++) {
            const b = buf[p] as number;
            if (isSpace(b) || b === COMMA || b === CLOSE_BRACE || b === CLOSE_BRACKET) {
              ended = true;
              break;
            }
          }
        }
        pos = p;
        if (ended) {
          define(out, key, JSON.parse(buf.toString('utf8', valueStart, p)));
          state = AFTER;
        }
        continue;
      }
      if (state === IN_KEY) {
        let p = pos;
        let ended = false;
        for (; p < len; p++) {
          const b = buf[p] as number;
          if (b === BACKSLASH) p++;
          else if (b === QUOTE) {
            ended = true;
            break;
          }
        }
        if (ended) {
          key = JSON.parse(buf.toString('utf8', keyStart, p + 1)) as string;
          state = COLON;
          pos = p + 1;
        } else pos = p;
        continue;
      }
      const c = buf[pos++] as number;
      if (isSpace(c)) continue;
      switch (state) {
        case BEFORE:
          if (c !== OPEN_BRACE) throw new NotSure();
          state = FIRST_KEY;
          break;
        case FIRST_KEY:
        case KEY:
          if (c === CLOSE_BRACE && state === FIRST_KEY) state = END;
          else if (c === QUOTE) {
            keyStart = pos - 1;
            state = IN_KEY;
          } else throw new NotSure();
          break;
        case COLON:
          if (c !== COLON_BYTE) throw new NotSure();
          state = VALUE;
          break;
        case VALUE:
          if (c === OPEN_BRACKET) {
            list = [];
            define(out, key, list);
            guess = true;
            batchStart = pos;
            depth = 0;
            inString = false;
            state = ARRAY;
          } else {
            valueStart = pos - 1;
            kind = c === QUOTE || c === OPEN_BRACE ? c : 0;
            depth = c === OPEN_BRACE ? 1 : 0;
            inString = false;
            // a number or a literal starts here; a string or an object after its first byte
            if (kind === 0) pos--;
            state = SCALAR;
          }
          break;
        case AFTER:
          if (c === COMMA) state = KEY;
          else if (c === CLOSE_BRACE) state = END;
          else throw new NotSure();
          break;
        default:
          throw new NotSure();
      }
    }
    // keep the bytes still needed at the buffer's start, then read more after them
    const keep = state === ARRAY ? batchStart - 1 : state === IN_KEY ? keyStart : state === SCALAR ? valueStart : Math.min(pos, len);
    if (keep > 0) {
      buf.copyWithin(0, keep, len);
      len -= keep;
      pos -= keep;
      batchStart -= keep;
      keyStart -= keep;
      valueStart -= keep;
    }
    if (len >= buf.length) {
      // one element longer than the buffer: a larger one
      const larger = Buffer.allocUnsafeSlow(buf.length * 2);
      buf.copy(larger, 0, 0, len);
      buf = larger;
    }
    const n = await source.read(buf, len);
    if (n === 0) break;
    len += n;
    total += n;
    if (total >= limit) throw new NotSure();
  }
  // the end of the file: anything but white space after the object is not JSON
  if (state !== END || pos > len) throw new NotSure();
  return out;
}
