import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/index.js';
import { readCsvDataset, readResultColumns, writeDatasetFile } from '../../src/io/index.js';
import { crAloneBreaks, withLfBreaks } from '../../src/io/_lib/lineBreaks.js';

const samplePath = join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.dataset.json');
const sample = parseDataset(JSON.parse(readFileSync(samplePath, 'utf8')));
const dir = mkdtempSync(join(tmpdir(), 'shnor-breaks-'));
const bytes = (s: string): Buffer => Buffer.from(s, 'utf8');

describe('a file whose lines end in CR alone («CSV (Macintosh)»)', () => {
  it('is told by its first line break', () => {
    expect(crAloneBreaks(bytes('a,b\rc,d\r'), 8)).toBe(true);
    expect(crAloneBreaks(bytes('a,b\r\nc,d\r\n'), 10)).toBe(false);
    expect(crAloneBreaks(bytes('a,b\nc,d\r'), 8)).toBe(false);
    // not yet: no break, or a CR as the last byte read (an LF may follow in the next chunk)
    expect(crAloneBreaks(bytes('a,b'), 3)).toBeNull();
    expect(crAloneBreaks(bytes('a,b\r'), 4)).toBeNull();
  });

  it('streams as LF lines even when a chunk ends between the header and its break', async () => {
    const read = async (chunks: string[]): Promise<string> => {
      let text = '';
      for await (const c of withLfBreaks(Readable.from(chunks.map(bytes)))) text += (c as Buffer).toString();
      return text;
    };
    expect(await read(['a,b', '\r', 'c,d\rе,ж'])).toBe('a,b\nc,d\nе,ж');
    expect(await read(['a,b', '\r', '\nc,d\r\n'])).toBe('a,b\r\nc,d\r\n');
    expect(await read(['a,b\nc\rd'])).toBe('a,b\nc\rd');
    expect(await read(['a,b\r'])).toBe('a,b\n');
  });

  describe('is read as the same dataset as with LF', () => {
    beforeAll(async () => {
      await writeDatasetFile(sample, join(dir, 'lf.csv'));
      const lf = readFileSync(join(dir, 'lf.csv'), 'utf8');
      for (const name of ['mac', 'macgz']) copyFileSync(join(dir, 'lf.frame.json'), join(dir, `${name}.frame.json`));
      writeFileSync(join(dir, 'mac.csv'), lf.replaceAll('\n', '\r'));
      writeFileSync(join(dir, 'macgz.csv.gz'), gzipSync(lf.replaceAll('\n', '\r')));
    });
    it.each(['mac.csv', 'macgz.csv.gz'])('%s', async (f) => {
      const lf = await readCsvDataset(join(dir, 'lf.csv'));
      const r = await readCsvDataset(join(dir, f));
      expect(r.issues).toEqual([]);
      expect(r.warnings).toEqual(lf.warnings.map((w) => ({ ...w, file: w.file === join(dir, 'lf.csv') ? join(dir, f) : w.file })));
      expect(r.dataset).toEqual(sample);
      // and into columns, as the CLI's evaluate reads a CSV
      const lfColumns = await readResultColumns(join(dir, 'lf.csv'));
      const columns = await readResultColumns(join(dir, f));
      expect([columns.issues, columns.warnings]).toEqual([[], []]);
      expect(columns.packed).toEqual(lfColumns.packed);
      expect([...columns.lines]).toEqual([...lfColumns.lines]);
    }, 60_000);
  });
});
