/**
 * Text that is not UTF-8: a CSV file saved by Excel on a Russian Windows («CSV (разделители —
 * запятые)», «CSV (разделитель — точка с запятой)») is in Windows-1251, and read as UTF-8 every
 * Russian letter becomes «�» — column names of a mapping no longer match, subjects and school names
 * are lost. A file whose first non-ASCII bytes are not valid UTF-8 is read as Windows-1251 (the one other
 * encoding of Russian spreadsheets), and the reader says so in a warning: decided at the first bytes
 * that are not ASCII, wherever they are (a national file is ASCII for megabytes: ids, numbers). Internal.
 */
import { isAscii } from 'node:buffer';
import { Transform, type Readable } from 'node:stream';
import type { FileIssue } from '../types.js';
import { withLfBreaks } from './lineBreaks.js';

/** Unicode code points of Windows-1251's bytes 0x80–0xBF (0x98 is unused there: U+FFFD). */
const HIGH =
  'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏ' + //  0x80–0x8F
  'ђ‘’“”•–—\uFFFD™љ›њќћџ' + // 0x90–0x9F
  '\u00A0ЎўЈ¤Ґ¦§Ё©Є«¬\u00AD®Ї' + // 0xA0–0xAF
  '°±Ііґµ¶·ё№є»јЅѕї'; // 0xB0–0xBF

/** The UTF-8 bytes of each Windows-1251 byte from 0x80 (two bytes each, three for a few signs). */
const UTF8: readonly Uint8Array[] = Array.from({ length: 128 }, (_, k) => {
  const c = k < 64 ? (HIGH[k] as string) : String.fromCharCode(0x410 + k - 64);
  return new Uint8Array(Buffer.from(c, 'utf8'));
});

/**
 * The bytes of Windows-1251 text as UTF-8. @internal
 *
 * @param buf - Windows-1251 bytes.
 * @returns The same text in UTF-8 (ASCII bytes as they are).
 */
export function windows1251ToUtf8(buf: Uint8Array): Buffer {
  let size = buf.length;
  for (let i = 0; i < buf.length; i++) if ((buf[i] as number) >= 0x80) size += (UTF8[(buf[i] as number) - 0x80] as Uint8Array).length - 1;
  const out = Buffer.allocUnsafe(size);
  let w = 0;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i] as number;
    if (b < 0x80) out[w++] = b;
    else {
      const u = UTF8[b - 0x80] as Uint8Array;
      for (let k = 0; k < u.length; k++) out[w++] = u[k] as number;
    }
  }
  return out;
}

/**
 * Whether the first bytes of a file are UTF-8: valid UTF-8 up to `end`, a character cut by the end
 * of the chunk allowed.
 *
 * @param buf - The first bytes read.
 * @param end - How many were read.
 */
export function looksUtf8(buf: Uint8Array, end: number): boolean {
  // a multi-byte character cut by the chunk's end: its first bytes left out
  let cut = end;
  for (let k = 1; k <= 3 && end - k >= 0; k++) {
    const b = buf[end - k] as number;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    if (need > k) cut = end - k;
    break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, cut));
    return true;
  } catch {
    return false;
  }
}

/** The encodings a text file is read in. */
export type TextEncoding = 'utf-8' | 'windows-1251';

/**
 * The byte stream as UTF-8: as it is while it is ASCII and from then on when its first chunk that is
 * not all ASCII is UTF-8; else converted from Windows-1251 chunk by chunk from that chunk on. `found`
 * is told the encoding once, when it is decided (never, for an ASCII file).
 *
 * @param input - A byte stream of the file (gunzipped already).
 * @param found - Told the file's encoding.
 */
function asUtf8(input: Readable, found?: (encoding: TextEncoding) => void): Readable {
  let encoding: TextEncoding | null = null;
  const out = new Transform({
    transform(chunk: Buffer, _enc, done): void {
      // ASCII reads the same in both: decided at the first chunk that is not all ASCII (it starts at
      // a character's start, every byte before it being one)
      if (encoding === null && !isAscii(chunk)) {
        encoding = looksUtf8(chunk, chunk.length) ? 'utf-8' : 'windows-1251';
        found?.(encoding);
      }
      done(null, encoding !== 'windows-1251' ? chunk : windows1251ToUtf8(chunk));
    },
  });
  input.on('error', (e) => out.destroy(e));
  return input.pipe(out);
}

/**
 * The warning that a file was read as Windows-1251: nothing is rejected, but the reader says which
 * encoding it took, so that a file in yet another one is noticed.
 *
 * @param file - The file.
 */
function windows1251Warning(file: string): FileIssue {
  return {
    code: 'windows_1251',
    path: [],
    received: 'windows-1251',
    message: {
      ru: 'файл не в UTF-8 и прочитан в кодировке Windows-1251 (так Excel в русской Windows сохраняет CSV); если буквы в отчёте искажены, сохраните файл как «CSV UTF-8»',
      en: 'the file is not UTF-8 and was read as Windows-1251 (as Excel saves CSV on a Russian Windows); if letters in the report look wrong, save the file as "CSV UTF-8"',
    },
    file,
    line: null,
    column: null,
  };
}

/**
 * A CSV file's byte stream as every CSV reader reads it: UTF-8 (Windows-1251 converted), lines
 * ending in LF (CR-alone breaks made LF).
 *
 * @param input - A byte stream of the file (gunzipped already).
 * @param found - Told the file's encoding when it is decided (see {@link windows1251Notice}).
 */
export function csvText(input: Readable, found?: (encoding: TextEncoding) => void): Readable {
  return withLfBreaks(asUtf8(input, found));
}

/**
 * What a reader does when a file's encoding is decided: a file read as Windows-1251 adds the warning
 * that says so.
 *
 * @param file - The file.
 * @param warn - Where the reader keeps its warnings.
 */
export function windows1251Notice(file: string, warn: (w: FileIssue) => void): (encoding: TextEncoding) => void {
  return (encoding) => {
    if (encoding === 'windows-1251') warn(windows1251Warning(file));
  };
}
