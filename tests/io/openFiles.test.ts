import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../../src/io/index.js';
import { firstLine } from '../../src/io/csv.js';

const dir = mkdtempSync(join(tmpdir(), 'shnor-fds-'));
const openFiles = (): number => readdirSync('/proc/self/fd').length;
/** The count of open files once the ones being closed are closed (a stream closes its file a tick later). */
async function settled(before: number): Promise<number> {
  let n = openFiles();
  for (let k = 0; k < 100 && n > before; k++) {
    await new Promise((r) => setTimeout(r, 10));
    n = openFiles();
  }
  return n;
}

describe.skipIf(!existsSync('/proc/self/fd'))('a gzip file read only in part is closed', () => {
  it('a JSON file the chunked reader gives up on (not an object), read whole after it', async () => {
    const path = join(dir, 'array.json.gz');
    writeFileSync(path, gzipSync(JSON.stringify(Array.from({ length: 200_000 }, (_, i) => ({ i })))));
    const before = openFiles();
    for (let k = 0; k < 10; k++) expect((await readDatasetFile(path)).issues.length).toBeGreaterThan(0);
    expect(await settled(before)).toBe(before);
  }, 60_000);

  it('the first line of a CSV file (its separator is guessed from it)', async () => {
    const path = join(dir, 'rows.csv.gz');
    writeFileSync(path, gzipSync(`schoolId;year\n${'rezh-1;2024\n'.repeat(300_000)}`));
    const before = openFiles();
    for (let k = 0; k < 10; k++) expect(await firstLine(path)).toBe('schoolId;year');
    expect(await settled(before)).toBe(before);
  }, 60_000);
});
