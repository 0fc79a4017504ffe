/**
 * CSV files as regional exports write them: a school's name with quotes in an unquoted cell, Russian
 * subject and procedure names recoded by the mapping, a mapping with a typo, a quote left open. Each
 * read by both CSV readers (`readCsvDataset`, and `readResultColumns`, which the CLI's national path
 * uses), with the same rows kept and the same issues.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isShnorError, parseDataset } from '../../src/index.js';
import { readColumnMapping, readCsvDataset, readDatasetFile, readResultColumns, writeDatasetFile } from '../../src/io/index.js';

const sample = parseDataset(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.dataset.json'), 'utf8')));
const dir = mkdtempSync(join(tmpdir(), 'shnor-exports-'));
const { results: _results, ...frame } = sample;
writeFileSync(join(dir, 'frame.json'), JSON.stringify(frame));

/** Writes a CSV and reads it with both readers; their kept rows and issues must agree. */
async function readBoth(name: string, text: string, mapping?: object) {
  const path = join(dir, name);
  writeFileSync(path, text);
  const opts = { frame: join(dir, 'frame.json'), ...(mapping === undefined ? {} : { mapping: mapping as never }) };
  const whole = await readCsvDataset(path, opts);
  const columns = await readResultColumns(path, opts);
  const pick = (i: { code: string; line: number | null; column: string | null }) => [i.code, i.line, i.column];
  expect(columns.issues.map(pick)).toEqual(whole.issues.map(pick));
  expect(columns.counts.kept).toBe(whole.counts.results?.kept ?? 0);
  return whole;
}

const header = 'Код ОО;Наименование ОО;Год;Процедура;Предмет;Класс;Участники;«2»;«3»;«4»;«5»';
const mapping = {
  columns: { 'Код ОО': 'schoolId', 'Год': 'year', 'Процедура': 'procedure', 'Предмет': 'subject', 'Класс': 'grade', 'Участники': 'participants', '«2»': 'marks.2', '«3»': 'marks.3', '«4»': 'marks.4', '«5»': 'marks.5' },
  ignore: ['Наименование ОО'],
  recode: { procedure: { 'ВПР': 'vpr' }, subject: { 'Математика': 'math', 'Русский язык': 'russian' } },
};

describe('a regional export read as written', () => {
  it('quotes inside an unquoted cell are text (МБОУ "СОШ № 1"), Russian names recoded: every row kept', async () => {
    const r = await readBoth('rcoi.csv', [header, 'rezh-1;МБОУ "СОШ № 1";2024;ВПР;Математика;5;20;2;8;6;4', 'rezh-2;МБОУ "Лицей;2024;ВПР;Русский язык;5;10;1;4;3;2', 'rezh-3;ООО «Школа»;2024;ВПР; Математика ;5;10;0;5;3;2'].join('\n'), mapping);
    expect(r.issues).toEqual([]);
    expect(r.dataset?.results?.map((x) => [x.schoolId, x.procedure, x.subject, x.participants])).toEqual([
      ['rezh-1', 'vpr', 'math', 20],
      ['rezh-2', 'vpr', 'russian', 10],
      ['rezh-3', 'vpr', 'math', 10],
    ]);
  });

  it('a value the recoding does not list, a school the frame does not have: reported at their line, under the file’s own header', async () => {
    const r = await readBoth('unlisted.csv', [header, 'rezh-1;;2024;ВПР;Математика;5;20;2;8;6;4', 'rezh-2;;2024;ВПР;Физика;5;10;1;4;3;2', 'rezh-999;;2024;ВПР;Математика;5;10;1;4;3;2'].join('\n'), mapping);
    expect(r.counts.results).toEqual({ kept: 1, rejected: 2 });
    expect(r.issues.map((i) => [i.code, i.line, i.column, i.received])).toEqual([
      ['unknown_subject', 3, 'Предмет', 'Физика'],
      ['unknown_school', 4, 'Код ОО', 'rezh-999'],
    ]);
    expect(r.issues[0]?.message.ru).toBe('предмет «Физика» не входит в каталог и не объявлен в наборе данных (declaredSubjects)');
  });

  it('a comma file (the scanner’s path) with a stray quote in a name does not swallow the lines after it', async () => {
    const lines = ['schoolId,year,procedure,subject,grade,participants,marks.2,marks.3,marks.4,marks.5,provenance', 'rezh-1,2024,vpr,math,5,20,2,8,6,4,synthetic', 'rezh-2,2024,vpr,math,5,10,1,4,3,2,"synthetic"', 'rezh-3,2024,vpr,math,5,10,1,4,3,2,synth"etic', 'rezh-4,2024,vpr,math,5,10,1,4,3,2,synthetic'];
    const r = await readBoth('stray.csv', lines.join('\n'));
    expect(r.counts.results).toEqual({ kept: 3, rejected: 1 });
    // the third row's provenance is not a provenance: rejected at its own line, the fourth row read
    expect(r.issues.map((i) => [i.line, i.column])).toEqual([[4, 'provenance']]);
    expect(r.dataset?.results?.map((x) => x.schoolId)).toEqual(['rezh-1', 'rezh-2', 'rezh-4']);
  });

  it('a cell opened with a quote and never closed: the rows before are kept, the issue names the first line not read, in Russian', async () => {
    const r = await readBoth('open.csv', [header, 'rezh-1;x;2024;ВПР;Математика;5;20;2;8;6;4', 'rezh-2;"МБОУ СОШ;2024;ВПР;Математика;5;10;1;4;3;2', 'rezh-3;y;2024;ВПР;Математика;5;10;1;4;3;2'].join('\n'), mapping);
    expect(r.counts.results?.kept).toBe(1);
    const issue = r.issues.find((i) => i.code === 'invalid_csv');
    expect(issue?.line).toBe(3);
    expect(issue?.message.ru).toBe('CSV не разобран дальше: ячейка открыта кавычкой, которая не закрыта до конца файла; строки с 3-й до конца файла не прочитаны');
  });
});

describe('a column mapping is checked before any row is read', () => {
  it('a misspelt key, a recoding that is not a table: VALIDATION_FAILED with each path, in Russian and English', () => {
    let caught: unknown;
    try {
      readColumnMapping({ colums: { a: 'schoolId' }, recode: { subject: 'math' } } as never);
    } catch (e) {
      caught = e;
    }
    expect(isShnorError(caught, 'VALIDATION_FAILED')).toBe(true);
    const details = (caught as { details: { issues: { path: (string | number)[] }[] } }).details;
    expect(details.issues.map((i) => i.path.join('.')).sort()).toEqual(['', 'recode.subject']);
    expect((caught as { messages: { ru: string } }).messages.ru).toMatch(/^Соответствие столбцов: 2 ошибки проверки/);
  });

  it('a mapping file that is missing or not JSON: the option named, the reason in Russian', () => {
    writeFileSync(join(dir, 'broken.mapping.json'), '{ "columns": ');
    for (const [file, why] of [['nowhere.mapping.json', 'такого файла нет'], ['broken.mapping.json', 'в файле не JSON']] as const) {
      let caught: unknown;
      try {
        readColumnMapping(join(dir, file));
      } catch (e) {
        caught = e;
      }
      expect(isShnorError(caught, 'INVALID_OPTION')).toBe(true);
      expect((caught as { messages: { ru: string } }).messages.ru).toContain(`ожидается файл JSON с соответствием столбцов (${why})`);
    }
  });

  it('an Excel workbook read with a mapping given as a file path applies it (it used to be dropped)', async () => {
    const workbook = join(dir, 'renamed.xlsx');
    await writeDatasetFile(sample, workbook);
    writeFileSync(join(dir, 'excel.mapping.json'), JSON.stringify({ recode: { subject: { math: 'math_base' } } }));
    const r = await readDatasetFile(workbook, { mapping: join(dir, 'excel.mapping.json') });
    const subjects = new Set(r.dataset?.results?.map((x) => x.subject));
    expect(subjects.has('math_base')).toBe(true);
    expect(subjects.has('math')).toBe(false);
  }, 60_000);
});
