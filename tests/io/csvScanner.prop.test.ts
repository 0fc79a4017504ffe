import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset, unpackResult } from '../../src/index.js';
import { readDatasetFile, readResultColumns, writeDatasetFile } from '../../src/io/index.js';
import { ColumnStore, csvLayout, isDocumentedLayout, scanCsvRow, scanDocumentedRow } from '../../src/io/_lib/scan.js';
import { PackedRow } from '../../src/model/packResults.js';

// The CSV row scanner reads unquoted result rows byte by byte into columns, and the columns are then
// checked for duplicates and unknown schools. Here random CSV files — rows in runs of one school or
// scattered, the same school id again after others, duplicates, cells written in ways the scanner
// must leave to csv-parse and the schema (signs, spaces, exponents, quotes, fractions in counts, too
// many digits, partial marks) — are read by readResultColumns and by readDatasetFile, and every row,
// issue and count must be the same.

const sample = parseDataset(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.dataset.json'), 'utf8')));
const dir = mkdtempSync(join(tmpdir(), 'shnor-csvscan-'));

const HEADER = ['schoolId', 'year', 'procedure', 'subject', 'grade', 'participants', 'marks.2', 'marks.3', 'marks.4', 'marks.5', 'belowMinimum', 'mean', 'median', 'mode', 'min', 'max'];

/** A count cell: mostly plain digits, sometimes written as the scanner must not take it. */
const countCell = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0, max: 60 }).map(String) },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('007', '0', '-1', '+1', ' 5', '5 ', '1e1', '2.0', '1000000000', '1000000001', '0000000000000012', '"7"', 'x') },
);
const scoreCell = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 50000 }).map((v) => String(v / 100)) },
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('04.50', '4.', '.5', '1000', '1000.0', '1000.01', '1e1', '-0', '3,5', '123456789012345', '1234567890.123456', '0.123456789012345', '"4.5"', '4..5') },
);
const schoolCell = fc.constantFrom('rezh-1', 'rezh-2', 'rezh-3', 'rezh-4', 'nowhere', 'rezh-1 ', '"rezh-2"', 'школа');
const row = fc.record({
  school: schoolCell,
  year: fc.oneof({ weight: 8, arbitrary: fc.constantFrom('2023', '2024') }, { weight: 1, arbitrary: fc.constantFrom('1989', '2101', '02024', '') }),
  procedure: fc.oneof({ weight: 8, arbitrary: fc.constantFrom('vpr', 'oge') }, { weight: 1, arbitrary: fc.constantFrom('mdr', '', 'v p r') }),
  subject: fc.oneof({ weight: 8, arbitrary: fc.constantFrom('math', 'russian', 'biology') }, { weight: 1, arbitrary: fc.constantFrom('', 'ma"th', 'история') }),
  grade: fc.oneof({ weight: 8, arbitrary: fc.constantFrom('5', '6', '9') }, { weight: 1, arbitrary: fc.constantFrom('0', '12', '05', '') }),
  participants: countCell,
  marks: fc.oneof({ weight: 3, arbitrary: fc.array(countCell, { minLength: 4, maxLength: 4 }) }, { weight: 2, arbitrary: fc.constant(['', '', '', '']) }),
  below: countCell,
  // mean, median, mode, min, max: each alone, in any mix, or none
  stats: fc.array(scoreCell, { minLength: 5, maxLength: 5 }),
  extra: fc.constantFrom(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, -1),
});
/** A row's mean, median, mode, min and max in the columns (NaN for an absent one). */
const statsOf = (cols: ColumnStore, i: number): number[] => {
  const at = cols.moreAt[i] as number;
  return [cols.mean[i] as number, ...(at === 0 ? [Number.NaN, Number.NaN, Number.NaN, Number.NaN] : Array.from(cols.more.subarray(4 * (at - 1), 4 * at)))];
};
const STAT_KEYS = ['mean', 'median', 'mode', 'min', 'max'] as const;
type Row = typeof row extends fc.Arbitrary<infer T> ? T : never;
/** A row's cells, in the order of HEADER or of `columns` (indexes into it). */
const cells = (r: Row, columns: readonly number[] | null = null): string[] => {
  const all = [r.school, r.year, r.procedure, r.subject, r.grade, r.participants, ...r.marks, r.below, ...r.stats];
  const c = columns === null ? all : columns.map((k) => all[k] as string);
  // a cell too many or too few
  if (r.extra === 1) c.push('1');
  if (r.extra === -1) c.pop();
  return c;
};

describe('readResultColumns against readDatasetFile on random CSV files', () => {
  it(
    'the same rows, the same issues (line, column, message in both languages), the same counts: runs of one school or scattered rows, duplicates, odd cells',
    async () => {
      const base = join(dir, 'frame.csv');
      await writeDatasetFile({ ...sample, results: [] }, base);
      let n = 0;
      // the columns in the documented order (the scanner written for it) or in another (the scanner of any layout)
      const order = fc.oneof(fc.constant(null), fc.shuffledSubarray([...HEADER.keys()], { minLength: HEADER.length }));
      await fc.assert(
        fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 60 }), fc.boolean(), fc.nat(5), fc.constantFrom('lf', 'crlf', 'mixed'), order, async (rows, runs, copies, eol, columns) => {
          // in runs: sorted by school (stable), so each school's rows come together; some rows again (duplicates)
          let all = [...rows, ...rows.slice(0, copies)];
          if (runs) all = [...all].sort((a, b) => (a.school < b.school ? -1 : a.school > b.school ? 1 : 0));
          // mixed: a file made on Windows (its header and every third line end in CRLF) with rows added on Linux
          const end = (i: number): string => (eol === 'lf' ? '\n' : eol === 'crlf' || i % 3 === 0 ? '\r\n' : '\n');
          const header = columns === null ? HEADER : columns.map((k) => HEADER[k] as string);
          const text = [header.join(','), ...all.map((r) => cells(r, columns).join(','))].map((l, i) => l + end(i)).join('');
          const f = join(dir, `r${n++}.csv`);
          writeFileSync(f, text);
          copyFileSync(join(dir, 'frame.frame.json'), f.replace(/\.csv$/, '.frame.json'));
          const [cols, whole] = await Promise.all([readResultColumns(f), readDatasetFile(f)]);
          const rowsRead = Array.from({ length: cols.packed.size }, (_, i) => unpackResult(cols.packed, i));
          expect(rowsRead).toEqual(whole.dataset?.results ?? []);
          // no NaN leaves the columns: an absent statistic is an absent field, read in place too
          for (const r of rowsRead) for (const v of Object.values(r)) expect(Number.isNaN(v)).toBe(false);
          const cursor = new PackedRow(cols.packed);
          rowsRead.forEach((r, i) => {
            if (cols.packed.extras.has(i)) return;
            const at = cursor.at(i);
            for (const k of STAT_KEYS) expect(at[k]).toBe(r[k]);
          });
          const key = (i: { code: string; line: number | null; column: string | null; message: { ru: string; en: string } }): string => `${i.line}:${i.code}:${i.column}:${i.message.ru}|${i.message.en}`;
          expect(cols.issues.map(key).sort()).toEqual(whole.issues.map(key).sort());
          expect(cols.counts).toEqual(whole.counts.results ?? { kept: 0, rejected: 0 });
        }),
        { numRuns: 80 },
      );
    },
    120_000,
  );
});

// HEADER is the documented order: each test for the scanner written for it and for the one of any layout
describe.each([
  ['any layout', scanCsvRow],
  ['the documented order', scanDocumentedRow],
])('the CSV row scanner of %s', (_, scanRow) => {
  const layout = csvLayout(HEADER);
  if (layout === null) throw new Error('no layout');
  const scan = (cols: ColumnStore, line: string): boolean => {
    const buf = Buffer.from(line, 'utf8');
    return scanRow(buf, 0, buf.length, layout, cols, 1);
  };
  it('finds the school of the last row by its bytes: a run of one school, another, the first again', () => {
    const cols = new ColumnStore(64);
    const ids = ['s1', 's1', 's1', 's12', 's2', 's1', 's2', 's21', 'ш1', 'ш1', 's1'];
    for (const id of ids) expect(scan(cols, `${id},2024,vpr,math,5,10,,,,,,,,,,`)).toBe(true);
    expect(Array.from(cols.school.subarray(0, cols.size), (c) => cols.schools.list[c])).toEqual(ids);
    expect(cols.schools.list).toEqual(['s1', 's12', 's2', 's21', 'ш1']);
  });
  it('a procedure or subject met again after others is the same code; one the validator refuses fails each time', () => {
    const cols = new ColumnStore(64);
    const subjects = ['math', 'russian', 'math', 'history', 'russian', 'math'];
    for (const s of subjects) expect(scan(cols, `s1,2024,vpr,${s},5,10,,,,,,,,,,`)).toBe(true);
    expect(Array.from(cols.subject.subarray(0, cols.size), (c) => cols.subjects.list[c])).toEqual(subjects);
    // a subject with «!» is not an id the validator takes: the row is left to the full path, again and again
    for (let k = 0; k < 3; k++) expect(scan(cols, 's1,2024,vpr,math!,5,10,,,,,,,,,,')).toBe(false);
    expect(scan(cols, 's1,2024,vpr,math,5,10,,,,,,,,,,')).toBe(true);
    expect(cols.size).toBe(subjects.length + 1);
  });
  it('numbers: leading zeros and fractions of scores taken as Number reads them; signs, spaces, exponents, 16 digits, a fraction of a count left', () => {
    const cols = new ColumnStore(64);
    expect(scan(cols, 's1,2024,vpr,math,05,0020,1,2,3,4,007,04.50,3.,,,')).toBe(false); // "3." is not taken
    expect(scan(cols, 's1,2024,vpr,math,05,0020,1,2,3,4,007,04.50,1000,,,0.5')).toBe(true);
    const i = cols.size - 1;
    expect([cols.grade[i], cols.participants[i], cols.belowMinimum[i], ...cols.marks.subarray(4 * i, 4 * i + 4), ...statsOf(cols, i)]).toEqual([5, 20, 7, 1, 2, 3, 4, 4.5, 1000, Number.NaN, Number.NaN, 0.5]);
    for (const bad of ['+5', ' 5', '5 ', '1e1', '5.0', '1000000001', '0000000000000005', '-0'])
      expect(scan(cols, `s1,2024,vpr,math,5,${bad},,,,,,,,,,`), bad).toBe(false);
    for (const bad of ['.5', '5.', '1e1', '1000.01', '0.1234567890123456', '5..1', '-1'])
      expect(scan(cols, `s1,2024,vpr,math,5,1,,,,,,${bad},,,,`), bad).toBe(false);
    expect(scan(cols, 's1,2024,vpr,math,5,1,,,,,,0.12345678901234,,,,')).toBe(true);
    expect(cols.mean[cols.size - 1]).toBe(0.12345678901234);
  });
});

describe('the scanner of the documented column order', () => {
  const STATS = ['mean', 'median', 'mode', 'min', 'max'];
  // the documented columns up to the mean, then any of median, mode, min, max in their order
  const header = fc.subarray(STATS.slice(1)).map((more) => [...HEADER.slice(0, 12), ...more]);
  it('isDocumentedLayout: the documented order, and no other', () => {
    expect(isDocumentedLayout(csvLayout(HEADER) as Int8Array)).toBe(true);
    expect(isDocumentedLayout(csvLayout(HEADER.slice(0, 12)) as Int8Array)).toBe(true);
    for (const h of [HEADER.slice(0, 11), [...HEADER.slice(0, 12), 'max', 'min'], [...HEADER.slice(0, 10), 'mean', 'belowMinimum'], [...HEADER.slice(0, 12), ''], [...HEADER].reverse()]) {
      const layout = csvLayout(h);
      if (layout !== null) expect(isDocumentedLayout(layout), h.join(',')).toBe(false);
    }
  });
  it('takes the rows the scanner of any layout takes, with the same values, and leaves the others', () => {
    let takenRows = 0;
    fc.assert(
      fc.property(header, fc.array(row, { minLength: 1, maxLength: 40 }), (h, rows) => {
        const layout = csvLayout(h);
        if (layout === null) throw new Error('no layout');
        const documented = new ColumnStore(64);
        const any = new ColumnStore(64);
        const value = (cols: ColumnStore, i: number): unknown[] => [
          cols.schools.list[cols.school[i] as number],
          cols.year[i],
          cols.procedures.list[cols.procedure[i] as number],
          cols.subjects.list[cols.subject[i] as number],
          cols.grade[i],
          cols.participants[i],
          ...cols.marks.subarray(4 * i, 4 * i + 4),
          cols.belowMinimum[i],
          ...statsOf(cols, i),
        ];
        for (const r of rows) {
          const all = cells(r);
          // the cells of the header's columns (a cell too many or too few kept)
          const c = [...h.map((name) => all[HEADER.indexOf(name)] as string), ...(r.extra === 1 ? ['1'] : [])];
          if (r.extra === -1) c.pop();
          const buf = Buffer.from(c.join(','), 'utf8');
          const taken = scanDocumentedRow(buf, 0, buf.length, layout, documented, 1);
          expect(scanCsvRow(buf, 0, buf.length, layout, any, 1), c.join(',')).toBe(taken);
          expect(documented.size).toBe(any.size);
          if (!taken) continue;
          takenRows++;
          expect(value(documented, documented.size - 1)).toEqual(value(any, any.size - 1));
        }
        expect(documented.moreCount).toBe(any.moreCount);
      }),
      { numRuns: 300 },
    );
    // the random rows are valid often enough for their values to be compared
    expect(takenRows).toBeGreaterThan(300);
  });
});
