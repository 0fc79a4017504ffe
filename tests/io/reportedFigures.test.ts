import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataset, parseDataset } from '../../src/index.js';
import { readDatasetFile, writeDatasetFile } from '../../src/io/index.js';

const dir = mkdtempSync(join(tmpdir(), 'shnor-io-reported-'));
const seed000 = parseDataset(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'seed000-rezh-2021.dataset.json'), 'utf8')));

describe('the stated figures of `reported` (every kind) survive the file formats', () => {
  it.each(['jsonl', 'xlsx'])('%s: seed 000\u2019s 22 stated figures (sum, mean with bounds, percent, share, rounding) read back as written, with the same warnings', async (ext) => {
    const path = join(dir, `seed000.${ext}`);
    await writeDatasetFile(seed000, path);
    const back = await readDatasetFile(path);
    expect(back.issues).toEqual([]);
    expect(back.dataset?.reported).toEqual(seed000.reported);
    expect(back.dataset?.reported?.map((r) => r.kind)).toContain('rounding');
    expect(checkDataset(back.dataset as NonNullable<typeof back.dataset>).map((w) => w.code)).toEqual(checkDataset(seed000).map((w) => w.code));
  }, 120_000);
});
