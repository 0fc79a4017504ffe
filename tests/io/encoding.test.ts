import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/index.js';
import { readCsvDataset, readResultColumns, writeDatasetFile } from '../../src/io/index.js';
import { unpackResult } from '../../src/model/packResults.js';
import { csvText, looksUtf8 } from '../../src/io/_lib/encoding.js';

const samplePath = join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.dataset.json');
const sample = parseDataset(JSON.parse(readFileSync(samplePath, 'utf8')));
const dir = mkdtempSync(join(tmpdir(), 'shnor-enc-'));

// Windows-1251 as the platform's own decoder (ICU) reads it: the oracle for the library's table
const icu = new TextDecoder('windows-1251');
const toCp1251 = (text: string): Buffer => {
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(icu.decode(new Uint8Array([b])), b);
  return Buffer.from([...text].map((c) => {
    const b = byChar.get(c);
    if (b === undefined) throw new Error(`«${c}» is not in Windows-1251`);
    return b;
  }));
};

describe('a CSV file in Windows-1251 (Excel on a Russian Windows)', () => {
  it('every byte reads as the platform decoder reads it', async () => {
    // every byte but 0x98 (unused in Windows-1251), in two chunks: the second converted as the first was
    const all = Uint8Array.from({ length: 255 }, (_, k) => (k < 0x98 ? k : k + 1));
    const found: string[] = [];
    let text = '';
    for await (const c of csvText(Readable.from([Buffer.from(all.subarray(0x90)), Buffer.from(all.subarray(0, 0x90))]), (e) => found.push(e))) text += (c as Buffer).toString('utf8');
    expect(found).toEqual(['windows-1251']);
    const expected = icu.decode(all.subarray(0x90)) + icu.decode(all.subarray(0, 0x90));
    expect([...text].map((c, k) => [k, c])).toEqual([...expected].map((c, k) => [k, c]));
  });

  it('is told from UTF-8 by its first bytes, a character cut by the chunk allowed', () => {
    const utf8 = Buffer.from('Код ОО;Год', 'utf8');
    expect(looksUtf8(utf8, utf8.length)).toBe(true);
    expect(looksUtf8(utf8, 3)).toBe(true); // «К» whole, «о» cut after its first byte
    const cp = toCp1251('Код ОО;Год');
    expect(looksUtf8(cp, cp.length)).toBe(false);
    expect(looksUtf8(Buffer.from('schoolId,year'), 13)).toBe(true);
  });

  it('with a mapping of Russian headers, gzip or not: the same rows as in UTF-8, and a warning that says how it was read', async () => {
    await writeDatasetFile(sample, join(dir, 'frame.csv'));
    const text = [
      'Код ОО;Наименование ОО;Год;Процедура;Предмет;Класс;Участники;Отметка «2»;Ниже минимума;Средний балл',
      'rezh-1;МБОУ «СОШ № 1» г. Реж;2024;vpr;math;5;51;2;2;3,82',
      'rezh-2;МАОУ СОШ № 2 — «Ёлочка»;2024;vpr;russian;4;40;5;5;3,5',
    ].join('\r\n');
    const mapping = { columns: { 'Код ОО': 'schoolId', Год: 'year', Процедура: 'procedure', Предмет: 'subject', Класс: 'grade', Участники: 'participants', 'Отметка «2»': 'marks.2', 'Ниже минимума': 'belowMinimum', 'Средний балл': 'mean' }, ignore: ['Наименование ОО'] };
    const files = { utf8: join(dir, 'utf8.csv'), cp: join(dir, 'cp.csv'), cpgz: join(dir, 'cpgz.csv.gz') };
    writeFileSync(files.utf8, text);
    writeFileSync(files.cp, toCp1251(text));
    writeFileSync(files.cpgz, gzipSync(toCp1251(text)));
    const frame = join(dir, 'frame.frame.json');
    const utf8 = await readCsvDataset(files.utf8, { mapping, frame });
    expect(utf8.issues).toEqual([]);
    expect(utf8.warnings).toEqual([]);
    expect(utf8.dataset?.results).toEqual([
      { schoolId: 'rezh-1', year: 2024, procedure: 'vpr', subject: 'math', grade: 5, participants: 51, marks: { '2': 2 }, belowMinimum: 2, mean: 3.82 },
      { schoolId: 'rezh-2', year: 2024, procedure: 'vpr', subject: 'russian', grade: 4, participants: 40, marks: { '2': 5 }, belowMinimum: 5, mean: 3.5 },
    ]);
    for (const f of [files.cp, files.cpgz]) {
      const r = await readCsvDataset(f, { mapping, frame });
      expect(r.issues).toEqual([]);
      expect(r.dataset?.results).toEqual(utf8.dataset?.results);
      expect(r.warnings.map((w) => [w.code, w.file, w.line])).toEqual([['windows_1251', f, null]]);
      expect(r.warnings[0]?.message.ru).toMatch(/^файл не в UTF-8 и прочитан в кодировке Windows-1251/);
      // into columns (csv-parse's path, for a mapped file) the same
      const c = await readResultColumns(f, { mapping, frame });
      expect(c.issues).toEqual([]);
      expect(c.warnings.map((w) => [w.code, w.file, w.line])).toEqual([['windows_1251', f, null]]);
      expect(Array.from({ length: c.packed.size }, (_, i) => unpackResult(c.packed, i))).toEqual(utf8.dataset?.results);
    }
  }, 60_000);

  it('in the documented layout with Cyrillic school ids, CR line breaks too: read byte by byte into columns as by readCsvDataset', async () => {
    // the sample's schools «rezh-N» renamed «реж-N», in the frame (UTF-8 JSON) and in the CSV (Windows-1251)
    const renamed = parseDataset(JSON.parse(readFileSync(samplePath, 'utf8').replaceAll('"rezh-', '"реж-')));
    await writeDatasetFile(renamed, join(dir, 'ru.csv'));
    const lf = readFileSync(join(dir, 'ru.csv'), 'utf8');
    expect(lf).toContain('\nреж-1,2022,vpr,math,5,');
    const frame = join(dir, 'ru.frame.json');
    const files = [join(dir, 'ru1251.csv'), join(dir, 'ru1251cr.csv'), join(dir, 'ru1251.csv.gz')];
    writeFileSync(files[0] as string, toCp1251(lf));
    writeFileSync(files[1] as string, toCp1251(lf.replaceAll('\n', '\r')));
    writeFileSync(files[2] as string, gzipSync(toCp1251(lf)));
    const expected = await readResultColumns(join(dir, 'ru.csv'));
    expect([expected.issues, expected.warnings, expected.packed.size]).toEqual([[], [], renamed.results?.length]);
    for (const f of files) {
      const c = await readResultColumns(f, { frame });
      expect(c.issues).toEqual([]);
      expect(c.warnings.map((w) => w.code)).toEqual(['windows_1251']);
      expect(c.packed).toEqual(expected.packed);
      const r = await readCsvDataset(f, { frame });
      expect(r.issues).toEqual([]);
      expect(r.dataset).toEqual(renamed);
    }
  }, 60_000);

  it('whose first letters come after megabytes of ASCII rows: decided there, in both readers, gzip or not', async () => {
    const renamed = parseDataset(JSON.parse(readFileSync(samplePath, 'utf8').replaceAll('"rezh-', '"реж-')));
    await writeDatasetFile(renamed, join(dir, 'late.csv'));
    const [header, ...rows] = readFileSync(join(dir, 'late.csv'), 'utf8').trimEnd().split('\n');
    // 1,3 MB of rows of a school the frame does not have (each rejected, in both encodings alike), then the sample's
    const ascii = Array.from({ length: 20_000 }, (_, i) => `x-${i},2024,vpr,math,5,mark,51,2,19,16,14,2,3.82,synthetic`);
    const text = `${[header, ...ascii, ...rows].join('\n')}\n`;
    expect(text.indexOf('реж-')).toBeGreaterThan(1 << 20);
    const frame = join(dir, 'late.frame.json');
    writeFileSync(join(dir, 'late-utf8.csv'), text);
    writeFileSync(join(dir, 'late-1251.csv'), toCp1251(text));
    writeFileSync(join(dir, 'late-1251.csv.gz'), gzipSync(toCp1251(text)));
    const expected = await readResultColumns(join(dir, 'late-utf8.csv'), { frame });
    expect(expected.packed.size).toBe(renamed.results?.length);
    expect(expected.issues.length).toBe(20_000);
    const inFile = (issues: readonly { file: string }[]): unknown[] => issues.map((i) => ({ ...i, file: '' }));
    for (const f of ['late-1251.csv', 'late-1251.csv.gz']) {
      const c = await readResultColumns(join(dir, f), { frame });
      expect(c.warnings.map((w) => w.code)).toEqual(['windows_1251']);
      expect(inFile(c.issues)).toEqual(inFile(expected.issues));
      expect(c.packed).toEqual(expected.packed);
      const r = await readCsvDataset(join(dir, f), { frame });
      expect(r.warnings.map((w) => w.code)).toEqual(['windows_1251']);
      expect(r.dataset?.results).toEqual(renamed.results);
    }
  }, 120_000);
});
