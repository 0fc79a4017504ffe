/**
 * A clear error before reading a file whose records cannot fit in this process's heap, instead of a
 * crash after minutes. Internal.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { constants as zlibConstants, gunzipSync } from 'node:zlib';
import { fileSize, isGzipFile } from './source.js';
import { pluralForm } from '../../errors/plural.js';

/** Heap bytes a result row takes once read and indexed for identification (measured: about 400–600). */
const HEAP_BYTES_PER_ROW = 600;

/** How many stretches of a file {@link estimateLines} reads, and how long each is. */
const SAMPLES = 16;
const SAMPLE_BYTES = 64 << 10;

/**
 * Lines in a file, estimated from 16 stretches of 64 KiB spread evenly over it (plain files only;
 * `null` for gzip): a JSON Lines file starts with its short frame lines and goes on with result rows,
 * so its first megabyte alone would overcount them. With `prefix`: only the lines that start with it
 * (the result rows of a JSON Lines file), estimated from the sampled lines' starts.
 */
function estimateLines(path: string, prefix?: Uint8Array): number | null {
  if (isGzipFile(path)) return null;
  const size = fileSize(path);
  const fd = openSync(path, 'r');
  try {
    // a file of at most 16 stretches is read whole
    const whole = size <= SAMPLES * SAMPLE_BYTES;
    const buf = Buffer.alloc(whole ? size : SAMPLE_BYTES);
    const count = whole ? 1 : SAMPLES;
    let read = 0;
    let lines = 0;
    // lines that start in a stretch (after a line break in it), and those of them with the prefix
    let starts = 0;
    let prefixed = 0;
    for (let k = 0; k < count; k++) {
      // the stretches start at 0, …, size − 64 KiB: the first and the last bytes are read
      const at = whole ? 0 : Math.floor(((size - SAMPLE_BYTES) * k) / (SAMPLES - 1));
      const n = readSync(fd, buf, 0, buf.length, at);
      read += n;
      for (let i = 0; i < n; i++) {
        if (buf[i] !== 10) continue;
        lines++;
        if (prefix === undefined || i + prefix.length >= n) continue;
        starts++;
        let k = 0;
        while (k < prefix.length && buf[i + 1 + k] === prefix[k]) k++;
        if (k === prefix.length) prefixed++;
      }
    }
    if (lines === 0 || read === 0) return 1;
    const all = Math.ceil((size / read) * lines);
    return prefix === undefined || starts === 0 ? all : Math.ceil((all * prefixed) / starts);
  } finally {
    closeSync(fd);
  }
}

/**
 * Rows for sizing columns: {@link estimateLines} for a plain file; for a gzip file, the lines of its
 * uncompressed size (the gzip trailer's, at least the file's size) at the bytes a line of its first
 * 64 KiB takes uncompressed (at most 4 MiB of them) — only a hint, larger than the truth when the
 * file starts with longer lines (a JSON Lines file's frame); `null` when it cannot be told.
 */
export function estimateRows(path: string, prefix?: Uint8Array): number | null {
  if (!isGzipFile(path)) return estimateLines(path, prefix);
  const size = fileSize(path);
  const fd = openSync(path, 'r');
  try {
    const tail = Buffer.alloc(4);
    if (size < 18 || readSync(fd, tail, 0, 4, size - 4) !== 4) return null;
    // ISIZE: the uncompressed size modulo 2^32 (of the last member)
    let total = tail.readUInt32LE(0);
    while (total < size) total += 2 ** 32;
    const head = Buffer.alloc(Math.min(size, 64 << 10));
    const n = readSync(fd, head, 0, head.length, 0);
    let text: Buffer;
    try {
      text = gunzipSync(head.subarray(0, n), { finishFlush: zlibConstants.Z_SYNC_FLUSH, maxOutputLength: 4 << 20 });
    } catch {
      return null;
    }
    let lines = 0;
    let last = -1;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === 10) {
        lines++;
        last = i;
      }
    }
    if (lines === 0) return null;
    return Math.ceil((total / (last + 1)) * lines);
  } finally {
    closeSync(fd);
  }
}

/** Throws a clear error when the file's records are not expected to fit in the heap. */
export function checkFits(path: string): void {
  const lines = estimateLines(path);
  if (lines === null) return;
  const need = lines * HEAP_BYTES_PER_ROW;
  const { heap_size_limit: limit, used_heap_size: used } = getHeapStatistics();
  if (used + need > limit) {
    const en = (b: number): string => (b / 2 ** 30).toFixed(1);
    const gib = (b: number): string => en(b).replace('.', ',');
    const mb = Math.ceil(((used + need) * 1.25) / 2 ** 20 / 1024) * 1024;
    throw new Error(
      `${path}: около ${lines.toLocaleString('ru-RU')} ${pluralForm(lines, ['записи', 'записей', 'записей'])} займут около ${gib(need)} ГиБ, а процессу доступно ${gib(limit)} ГиБ; запустите Node с --max-old-space-size=${mb} (если столько памяти есть) или разделите файл / about ${lines} records need about ${en(need)} GiB, the process may use ${en(limit)} GiB; run Node with --max-old-space-size=${mb} (if the machine has it) or split the file (option checkMemory: false skips this check)`,
    );
  }
}
