import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_000_PROGRAM, SEED_002_PROGRAM, checkDataset, evaluateProgram, parseDataset, prepareColumns, prepareDataset, unpackResult } from '../../src/index.js';
import { readDatasetFile, readResultColumns, writeDatasetFile } from '../../src/io/index.js';

const sample = parseDataset(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.dataset.json'), 'utf8')));
const dir = mkdtempSync(join(tmpdir(), 'shnor-columns-'));

describe('results read straight into typed columns', () => {
  it.each(['c.jsonl', 'c.csv.gz'])('%s: every result row back, the frame without results', async (f) => {
    await writeDatasetFile(sample, join(dir, f));
    const r = await readResultColumns(join(dir, f));
    expect(r.issues).toEqual([]);
    expect(r.counts).toEqual({ kept: sample.results?.length, rejected: 0 });
    expect(Array.from({ length: r.packed.size }, (_, i) => unpackResult(r.packed, i))).toEqual(sample.results);
    const { results: _, ...rest } = sample;
    expect(r.frame.dataset).toEqual(rest);
  });
  it('bad rows: the schema, a duplicate and an unknown school rejected at their lines, the rest packed', async () => {
    await writeDatasetFile(sample, join(dir, 'b.csv'));
    writeFileSync(join(dir, 'b.csv'), 'schoolId,year,procedure,subject,grade,participants,belowMinimum\nrezh-1,2024,vpr,math,5,20,3\nrezh-1,2024,vpr,math,5,20,4\nrezh-1,2024,vpr,math,6,-2,1\nnowhere,2024,vpr,math,5,20,3\nrezh-2,2024,vpr,math,5,10,1\n');
    const r = await readResultColumns(join(dir, 'b.csv'));
    expect(r.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['duplicate_record', 3, null],
      ['too_small', 4, 'participants'],
      ['unknown_school', 5, 'schoolId'],
    ]);
    expect(r.counts).toEqual({ kept: 2, rejected: 3 });
    expect([unpackResult(r.packed, 0), unpackResult(r.packed, 1)]).toEqual([
      { schoolId: 'rezh-1', year: 2024, procedure: 'vpr', subject: 'math', grade: 5, participants: 20, belowMinimum: 3 },
      { schoolId: 'rezh-2', year: 2024, procedure: 'vpr', subject: 'math', grade: 5, participants: 10, belowMinimum: 1 },
    ]);
    expect([...r.lines]).toEqual([2, 6]);
  });
});

describe('procedures declared by the dataset', () => {
  it.each(['d.jsonl', 'd.csv'])('%s: rows of a declared procedure kept, of an undeclared one rejected at their line (the frame may come after the rows)', async (f) => {
    const declared = { ...sample, declaredProcedures: [{ id: 'rdr', name: { ru: 'Региональная диагностическая работа' }, scale: 'marks' as const }] };
    const rows = [
      { schoolId: 'rezh-1', year: 2024, procedure: 'rdr', subject: 'math', grade: 7, participants: 20, belowMinimum: 4 },
      { schoolId: 'rezh-2', year: 2024, procedure: 'mdr', subject: 'math', grade: 7, participants: 18, belowMinimum: 2 },
      { schoolId: 'rezh-2', year: 2024, procedure: 'vpr', subject: 'math', grade: 5, participants: 18, belowMinimum: 2 },
    ];
    await writeDatasetFile({ ...declared, results: rows } as never, join(dir, f));
    const r = await readResultColumns(join(dir, f));
    expect(r.issues.map((i) => [i.code, i.received, i.path])).toEqual([['unknown_procedure', 'mdr', ['results', 1, 'procedure']]]);
    expect(r.issues[0]?.message.ru).toBe('процедура «mdr» не входит в каталог и не объявлена в наборе данных (declaredProcedures)');
    expect(r.counts).toEqual({ kept: 2, rejected: 1 });
    expect([unpackResult(r.packed, 0).procedure, unpackResult(r.packed, 1).procedure]).toEqual(['rdr', 'vpr']);
  });
});

describe('the scanners take only what the full path would take unchanged', () => {
  // every row unusual in one way: each must come out as readDatasetFile reads it, or be reported as it reports it
  const rows = [
    '{"collection":"results","schoolId":"rezh-1","year":2024,"procedure":"vpr","subject":"math","grade":5,"participants":20,"marks":{"2":3,"3":7,"4":6,"5":4},"belowMinimum":3,"mean":3.55}',
    '{"collection":"results","schoolId":"rezh-\\u0032","year":2024,"procedure":"vpr","subject":"russian","grade":5,"participants":20}',
    '{"collection":"results", "schoolId":"rezh-1","year":2024,"procedure":"vpr","subject":"russian","grade":6}',
    '{"collection":"results","schoolId":"rezh-1","year":2024,"procedure":"vpr","subject":"russian","grade":7,"mean":1e1}',
    '{"collection":"results","schoolId":"rezh-1","year":2024,"procedure":"vpr","subject":"russian","grade":8,"marks":{"2":1,"5":4}}',
    '{"collection":"results","schoolId":"rezh-1","year":2024,"procedure":"oge","subject":"russian","grade":9,"stage":"final","participants":5}',
    '{"collection":"results","schoolId":"rezh-1","year":2024,"procedure":"oge","subject":"math","grade":9,"participants":5,"participants":6}',
    '{"collection":"results","schoolId":"rezh-1","year":2024.0,"procedure":"oge","subject":"math","grade":9.0,"participants":7}',
    '{"collection":"results","schoolId":"rezh-1","year":2024,"procedure":"oge","subject":"physics","grade":9,"participants":-1}',
    '{"collection":"results","schoolId":"rezh-1","year":2024,"procedure":"nope","subject":"physics","grade":9}',
    '{"collection":"results","schoolId":"rezh-1","year":2024,"procedure":"ege","subject":"math_base","grade":11,"mean":1000.5}',
    '{"collection":"results","schoolId":"rezh-1","year":2024,"procedure":"ege","subject":"russian","grade":11,"mean":0.1234567890123456}',
    '{"collection":"results","schoolId":"rezh-1","year":2024,"procedure":"ege","subject":"history","grade":11,"mean":007}',
    '{"collection":"results","schoolId":"rezh-1","year":2024,"procedure":"ege","subject":"biology","grade":11,"source":"РЦОИ"}',
    '{"collection":"results","schoolId":"rezh-1","year":2024,"procedure":"vpr","subject":"math","grade":5,"participants":21}',
    '{"collection":"results","schoolId":"nowhere","year":2024,"procedure":"vpr","subject":"math","grade":5,"participants":21}',
    '{"collection":"results","schoolId":"rezh-2","year":2099,"procedure":"vpr","subject":"math","grade":12,"participants":1000000001}',
  ];
  const key = (i: { code: string; line: number | null; column: string | null }): string => `${i.line}:${i.code}:${i.column}`;
  it('JSON Lines: the same rows and the same issues as readDatasetFile', async () => {
    const f = join(dir, 'odd.jsonl');
    await writeDatasetFile({ ...sample, results: [] }, f);
    writeFileSync(f, `${readFileSync(f, 'utf8').trimEnd()}\n${rows.join('\n')}\n`);
    const [cols, whole] = await Promise.all([readResultColumns(f), readDatasetFile(f)]);
    expect(Array.from({ length: cols.packed.size }, (_, i) => unpackResult(cols.packed, i))).toEqual(whole.dataset?.results);
    expect(cols.packed.size).toBeGreaterThan(3);
    expect(cols.issues.map(key).sort()).toEqual(whole.issues.map(key).sort());
    // a results line that is not JSON is a result lost: counted as rejected (readDatasetFile counts it under `(none)`)
    expect(cols.counts).toEqual({ kept: whole.counts.results?.kept, rejected: (whole.counts.results?.rejected ?? 0) + (whole.counts['(none)']?.rejected ?? 0) });
  });
  it('CSV: quoted cells, a quoted line break, leading zeros, an empty line, a bad count of cells', async () => {
    await writeDatasetFile({ ...sample, results: [] }, join(dir, 'odd.csv'));
    const f = join(dir, 'odd.csv');
    writeFileSync(
      f,
      '\uFEFFschoolId,year,procedure,subject,grade,participants,marks.2,marks.3,marks.4,marks.5,belowMinimum,mean\n' +
        'rezh-1,2024,vpr,math,5,20,3,7,6,4,3,3.55\n' +
        '"rezh-2",2024,vpr,math,5,20,,,,,,\n' +
        'rezh-1,2024,vpr,russian,5,020,,,,,,04.50\n' +
        '\n' +
        'rezh-1,2024,vpr,russian,6,x,,,,,,\n' +
        'rezh-1,2024,vpr,russian,7,5,1,,,4,,\n' +
        'rezh-1,2024,vpr,russian,8,5\n' +
        '"rezh-1",2024,vpr,"rus\nsian",9,5,,,,,,\n' +
        'rezh-1,2024,vpr,russian,4,5,,,,,,1e1\n' +
        'rezh-1,2024,vpr,math,5,21,,,,,,\n' +
        'nowhere,2024,vpr,math,5,21,,,,,,\n',
    );
    const [cols, whole] = await Promise.all([readResultColumns(f), readDatasetFile(f)]);
    expect(Array.from({ length: cols.packed.size }, (_, i) => unpackResult(cols.packed, i))).toEqual(whole.dataset?.results);
    expect(cols.packed.size).toBeGreaterThan(3);
    expect(cols.issues.map(key).sort()).toEqual(whole.issues.map(key).sort());
    expect(cols.counts).toEqual(whole.counts.results);
  });
});

describe('JSON Lines: result lines of another form, a byte-order mark, CRLF', () => {
  it('a result line with its collection last or spaces in its tag is a result (it used to land in the frame), read as readDatasetFile reads it', async () => {
    const f = join(dir, 'forms.jsonl');
    await writeDatasetFile({ ...sample, results: [] }, f);
    const lines = [
      '{"schoolId":"rezh-1","year":2024,"procedure":"vpr","subject":"math","grade":5,"participants":20,"collection":"results"}',
      ' { "collection" : "results", "schoolId":"rezh-2","year":2024,"procedure":"vpr","subject":"math","grade":5}',
      '{"collection":"results","schoolId":"rezh-1","year":2024,"procedure":"vpr","subject":"math","grade":6,"participants":-1}',
      '{"collection":"results","schoolId":"rezh-1","year":2024,"procedure":"vpr","subject":"russian","grade":5,"mean":4.6}',
    ];
    writeFileSync(f, `\uFEFF${readFileSync(f, 'utf8').trimEnd().split('\n').concat(lines).join('\r\n')}\r\n`);
    const [cols, whole] = await Promise.all([readResultColumns(f), readDatasetFile(f)]);
    expect(cols.frame.dataset).not.toHaveProperty('results');
    expect(cols.frame.issues).toEqual([]);
    expect(Array.from({ length: cols.packed.size }, (_, i) => unpackResult(cols.packed, i))).toEqual(whole.dataset?.results);
    expect(cols.packed.size).toBe(3);
    expect(cols.issues.map((i) => [i.code, i.line, i.column])).toEqual(whole.issues.map((i) => [i.code, i.line, i.column]));
    expect(cols.issues.map((i) => i.code)).toEqual(['too_small']);
    // the byte-order mark is not part of the header line: no issue, the dataset's header read
    expect(whole.issues.map((i) => i.code)).toEqual(['too_small']);
  });
});

describe('JSON Lines: lines longer than the read buffer', () => {
  it('a line of 3 MB is read whole (the buffer grows), the lines after it too, each at its line', async () => {
    const f = join(dir, 'long.jsonl');
    await writeDatasetFile({ ...sample, results: [] }, f);
    const head = readFileSync(f, 'utf8').trimEnd().split('\n');
    const long = `{"collection":"notes","text":"${'я'.repeat(1_500_000)}"}`;
    const row = (grade: number): string => `{"collection":"results","schoolId":"rezh-1","year":2024,"procedure":"vpr","subject":"math","grade":${grade},"participants":20}`;
    writeFileSync(f, `${[...head, row(5), long, row(6), `${row(7).slice(0, -1)},"stage":"x"}`].join('\n')}\n`);
    const [cols, whole] = await Promise.all([readResultColumns(f), readDatasetFile(f)]);
    expect(cols.packed.size).toBe(2);
    expect([...cols.lines]).toEqual([head.length + 1, head.length + 3]);
    expect([...cols.issues, ...cols.frame.issues].map((i) => [i.code, i.line, i.column]).sort()).toEqual(whole.issues.map((i) => [i.code, i.line, i.column]).sort());
    expect(cols.frame.issues.map((i) => [i.code, i.line])).toEqual([['unknown_collection', head.length + 2]]);
  });
});

describe('the program year over the columns', () => {
  it.each(['p.jsonl', 'p.csv'])('%s: prepareColumns gives what prepareDataset gives, traces and warnings included', async (f) => {
    await writeDatasetFile(sample, join(dir, f));
    const r = await readResultColumns(join(dir, f));
    const frame = r.frame.dataset;
    if (frame === null) throw new Error('no frame');
    const columns = prepareColumns(frame, r.packed);
    for (const program of [SEED_000_PROGRAM, SEED_002_PROGRAM]) {
      for (const year of [2023, 2024]) {
        const a = evaluateProgram(program, columns, year, { trace: true });
        const b = evaluateProgram(program, prepareDataset(sample), year, { trace: true });
        expect(JSON.parse(JSON.stringify(a))).toEqual(JSON.parse(JSON.stringify(b)));
      }
    }
    // the consistency checks read the columns in place, and a program year checks its year and the earlier ones
    for (const years of [undefined, [2023]]) {
      const opts = years === undefined ? {} : { years };
      expect(checkDataset(columns.dataset, opts)).toEqual(checkDataset(sample, opts));
    }
    // marks that do not add up, in 2024: found in every year's check, not in 2023's
    const rows = sample.results ?? [];
    const bad = { ...sample, results: [...rows, { schoolId: 'rezh-1', year: 2024, procedure: 'vpr' as const, subject: 'history', grade: 8, participants: 10, marks: { '2': 1, '3': 1, '4': 1, '5': 1 } }] };
    expect(checkDataset(bad).filter((w) => w.path[1] === rows.length).map((w) => w.code)).toEqual(['MARKS_SUM']);
    expect(checkDataset(bad, { years: [2023] }).filter((w) => w.path[1] === rows.length)).toEqual([]);
    // the rows as objects, only when asked for
    expect(columns.dataset.results).toEqual(sample.results);
  });
});
