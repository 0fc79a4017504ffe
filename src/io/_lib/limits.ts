/**
 * A clear error before reading a file whose records cannot fit in this process's heap, instead of a
 * crash after minutes. Internal.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { fileSize, isGzipFile } from './source.js';
import { pluralForm } from '../../errors/plural.js';

/** Heap bytes a result row takes once read and indexed for identification (measured: about 400–600). */
const HEAP_BYTES_PER_ROW = 600;

/** Lines in a file, estimated from its first megabyte (plain files only; `null` for gzip). */
export function estimateLines(path: string): number | null {
  if (isGzipFile(path)) return null;
  const size = fileSize(path);
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(Math.min(size, 1 << 20));
    const n = readSync(fd, buf, 0, buf.length, 0);
    let lines = 0;
    for (let i = 0; i < n; i++) if (buf[i] === 10) lines++;
    if (lines === 0) return 1;
    return Math.ceil((size / n) * lines);
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
