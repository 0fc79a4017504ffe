import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/index.js';
import { readCsvDataset, writeDatasetFile } from '../../src/io/index.js';
import { looksUtf8, windows1251ToUtf8 } from '../../src/io/_lib/encoding.js';

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
  it('every byte reads as the platform decoder reads it', () => {
    for (let b = 0; b < 256; b++) {
      if (b === 0x98) continue; // unused in Windows-1251
      expect([b, windows1251ToUtf8(new Uint8Array([b])).toString('utf8')]).toEqual([b, icu.decode(new Uint8Array([b]))]);
    }
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
    }
  }, 60_000);
});
