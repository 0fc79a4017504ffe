import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRESET_PROGRAMS, SEED_000_PROGRAM, evaluateProgram, identify, parseDataset } from '../../src/index.js';
import { datasetFileFormat, readCsvDataset, readDatasetFile, readJsonLinesDataset, writeDatasetFile } from '../../src/io/index.js';

const samplePath = join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.dataset.json');
const sample = parseDataset(JSON.parse(readFileSync(samplePath, 'utf8')));
const dir = mkdtempSync(join(tmpdir(), 'shnor-io-'));

const verdicts = (d: typeof sample) =>
  Object.values(PRESET_PROGRAMS)
    .filter((p) => p.methodology !== undefined)
    .flatMap((p) => [2022, 2023, 2024].map((y) => identify(p.methodology as never, d, y, { trace: false, explain: false })))
    .map((r) => ({ methodologyId: r.methodologyId, year: r.year, lists: r.lists, outcomes: r.schools.map((s) => s.categories.map((c) => c.outcome)) }));

describe('the sample dataset converted to every input format reads back the same', () => {
  const expected = verdicts(sample);
  beforeAll(async () => {
    for (const f of ['s.jsonl', 's.jsonl.gz', 's.csv', 's.csv.gz', 's.xlsx', 's.json.gz']) await writeDatasetFile(sample, join(dir, f));
  });
  it.each(['s.jsonl', 's.jsonl.gz', 's.csv', 's.csv.gz', 's.xlsx', 's.json.gz'])('%s: same dataset, no issues, same verdicts as the JSON', async (f) => {
    const r = await readDatasetFile(join(dir, f));
    expect(r.issues).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.dataset).toEqual(sample);
    expect(r.counts.results).toEqual({ kept: sample.results?.length, rejected: 0 });
    expect(verdicts(r.dataset as typeof sample)).toEqual(expected);
    expect(evaluateProgram(SEED_000_PROGRAM, r.dataset as typeof sample, 2023, { explain: false }).identification?.lists).toEqual(
      evaluateProgram(SEED_000_PROGRAM, sample, 2023, { explain: false }).identification?.lists,
    );
  }, 120_000);
  it('the CSV has the documented header and one result per line, the frame the rest', () => {
    const lines = readFileSync(join(dir, 's.csv'), 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('schoolId,year,procedure,subject,grade,scoreKind,participants,marks.2,marks.3,marks.4,marks.5,belowMinimum,mean,provenance');
    expect(lines.length).toBe((sample.results?.length ?? 0) + 1);
    expect(lines[1]).toBe('rezh-1,2022,vpr,math,5,mark,51,2,19,16,14,2,3.82,synthetic');
    const frame = JSON.parse(readFileSync(join(dir, 's.frame.json'), 'utf8')) as Record<string, unknown>;
    expect(frame.results).toBeUndefined();
    expect(frame.schools).toEqual(sample.schools);
  });
  it('knows the formats by name', () => {
    expect(['a.json', 'a.jsonl.gz', 'a.ndjson', 'A.CSV', 'a.xlsx.gz', 'a.txt'].map(datasetFileFormat)).toEqual(['json', 'jsonl', 'jsonl', 'csv', 'xlsx', null]);
  });
});

describe('bad rows are reported at their line and column; the others are kept', () => {
  it('JSON Lines: a broken line, an unknown collection, an invalid count and an unknown school', async () => {
    const good = readFileSync(join(dir, 's.jsonl'), 'utf8').trimEnd().split('\n');
    const firstResult = good.findIndex((l) => l.startsWith('{"collection":"results"'));
    const lines = [...good];
    lines.splice(firstResult + 1, 0, '{"collection":"results","schoolId":"rezh-1",', '{"collection":"resultz","schoolId":"rezh-1"}', lines[firstResult]?.replace('"participants":51', '"participants":-3') as string, lines[firstResult]?.replace('"rezh-1"', '"nowhere"') as string);
    const path = join(dir, 'bad.jsonl.gz');
    writeFileSync(path, gzipSync(`${lines.join('\r\n')}\n`));
    const r = await readJsonLinesDataset(path);
    const at = (code: string) => r.issues.filter((i) => i.code === code).map((i) => [i.line, i.column]);
    const l = firstResult + 2; // 1-based line of the first inserted one
    expect(at('invalid_json')).toEqual([[l, expect.stringMatching(/^символ \d+$/)]]);
    expect(at('unknown_collection')).toEqual([[l + 1, 'collection']]);
    expect(at('too_small')).toEqual([[l + 2, 'participants']]);
    expect(at('unknown_school')).toEqual([[l + 3, 'schoolId']]);
    expect(r.issues.every((i) => i.file === path && i.message.ru.length > 0 && i.message.en.length > 0)).toBe(true);
    expect(r.dataset?.results).toEqual(sample.results);
    expect(r.counts.results).toEqual({ kept: sample.results?.length, rejected: 2 });
    expect(r.counts['(none)']).toEqual({ kept: 0, rejected: 1 });
    expect(r.counts.resultz).toEqual({ kept: 0, rejected: 1 });
  });

  it('CSV with a mapping: Russian headers, `;` and decimal commas, a fixed procedure, percents rebuilt into counts with warnings', async () => {
    const frame = join(dir, 'fis.frame.json');
    writeFileSync(frame, readFileSync(join(dir, 's.frame.json')));
    const csv = join(dir, 'fis.csv');
    writeFileSync(
      csv,
      [
        'Код ОО;Наименование;Год;Предмет;Класс;Участники;% «2»;Средний балл',
        'rezh-1;МБОУ СОШ № 1;2024;math;5;51;3,92;3,8', // 2 of 51 = 3,92 %: one count fits
        'rezh-2;СОШ № 2;2024;math;5;300;1;3,9', // 1 % of 300 (whole percents): 2, 3 or 4 pupils — ambiguous
        'rezh-3;СОШ № 3;2024;math;5;abc;10;3,9', // participants not a number
        'rezh-4;СОШ № 4;2024;math;5;20;7,77;4', // 7,77 % of 20 is no whole count
      ].join('\n'),
    );
    const mapping = { columns: { 'Код ОО': 'schoolId', Год: 'year', Предмет: 'subject', Класс: 'grade', Участники: 'participants', '% «2»': 'marks.2%', 'Средний балл': 'mean' }, ignore: ['Наименование'], values: { procedure: 'vpr' } };
    const r = await readCsvDataset(csv, { mapping });
    expect(r.dataset?.results).toEqual([
      { schoolId: 'rezh-1', year: 2024, subject: 'math', grade: 5, participants: 51, marks: { '2': 2 }, mean: 3.8, procedure: 'vpr' },
      { schoolId: 'rezh-2', year: 2024, subject: 'math', grade: 5, participants: 300, marks: { '2': 3 }, mean: 3.9, procedure: 'vpr' },
      { schoolId: 'rezh-4', year: 2024, subject: 'math', grade: 5, participants: 20, marks: { '2': 2 }, mean: 4, procedure: 'vpr' },
    ]);
    expect(r.issues.map((i) => [i.code, i.line, i.column])).toEqual([['percent_without_participants', 4, '% «2»']]);
    expect(r.warnings.map((i) => [i.code, i.line, i.column])).toEqual([
      ['count_from_percent', 1, '% «2»'],
      ['count_from_percent_ambiguous', 3, '% «2»'],
      ['percent_inconsistent', 5, '% «2»'],
    ]);
    expect(r.warnings[0]?.message.ru).toBe('столбец «% «2»»: числа восстановлены из процентов в 3 строках, в 2 строках из них неоднозначно (см. предупреждения по строкам)');
    expect(r.counts.results).toEqual({ kept: 3, rejected: 1 });
  });

  it('CSV: a bad cell is reported with the header of its column, an unknown column is named once', async () => {
    const csv = join(dir, 'cells.csv');
    writeFileSync(join(dir, 'cells.frame.json'), readFileSync(join(dir, 's.frame.json')));
    writeFileSync(csv, 'schoolId,year,procedure,subject,grade,participants,remark\nrezh-1,2024,vpr,math,5,x1,\nrezh-1,2024,vpr,math,6,12,\nrezh-1,2024,vpr,math,7,12,hello\n');
    const r = await readDatasetFile(csv);
    expect(r.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['invalid_type', 2, 'participants'],
      ['unrecognized_keys', 4, null],
    ]);
    expect(r.warnings.map((i) => [i.code, i.line, i.column])).toEqual([['unknown_column', 1, 'remark']]);
    expect(r.dataset?.results).toEqual([{ schoolId: 'rezh-1', year: 2024, procedure: 'vpr', subject: 'math', grade: 6, participants: 12 }]);
  });

  it('a CSV without its frame, a file of no known format: clear errors', async () => {
    writeFileSync(join(dir, 'alone.csv'), 'schoolId\n');
    await expect(readDatasetFile(join(dir, 'alone.csv'))).rejects.toThrow(/frame/);
    await expect(readDatasetFile(join(dir, 'x.txt'))).rejects.toThrow(/неизвестный формат/);
  });
});

describe('a file larger than the process can hold', () => {
  it('is refused before reading, with the memory it needs and how to get it', async () => {
    const { execFileSync } = await import('node:child_process');
    const big = join(dir, 'big.csv');
    writeFileSync(big, `schoolId,year,procedure,subject,grade\n${'rezh-1,2024,vpr,math,5\n'.repeat(200_000)}`);
    writeFileSync(join(dir, 'big.frame.json'), readFileSync(join(dir, 's.frame.json')));
    const script = `import('${join(import.meta.dirname, '..', '..', 'src', 'io', 'index.ts')}').then((m) => m.readDatasetFile(${JSON.stringify(big)})).then(() => console.log('read'), (e) => console.log(e.message))`;
    const out = execFileSync(process.execPath, ['--max-old-space-size=48', '--import', 'tsx', '-e', script], { encoding: 'utf8' });
    expect(out).toMatch(/big\.csv: около [\d\s\u00a0]+ записей займут около [\d,]+ ГиБ, а процессу доступно [\d,]+ ГиБ; запустите Node с --max-old-space-size=\d+/);
  }, 120_000);
});
