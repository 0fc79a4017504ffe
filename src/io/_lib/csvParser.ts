/** The one configuration of csv-parse for every CSV reader, and its failures in words. Internal. */
import type { Options } from 'csv-parse';
import type { FileIssue } from '../types.js';

/**
 * The options of every csv-parse call. `relax_quotes`: a quote inside an unquoted cell is text, as
 * spreadsheets and regional exports write school names (`МБОУ "СОШ № 1"` without quotes around the
 * cell); only a cell that starts with a quote is a quoted cell. Rows of another width are kept and
 * reported by the reader (`column_count`), not by the parser. `record_delimiter`: a line ends with
 * CRLF or LF, each line on its own — a file made on Windows with rows added on Linux has both, and
 * csv-parse's own guess (the first line's ending for the whole file) would glue the LF rows into
 * cells of one record.
 */
export function csvParseOptions(delimiter: string): Options {
  return { delimiter, bom: true, relax_column_count: true, skip_empty_lines: false, relax_quotes: true, record_delimiter: ['\r\n', '\n'] };
}

/** What csv-parse's error codes mean, in the words of an issue. */
const WHY: Readonly<Record<string, { ru: string; en: string }>> = {
  CSV_QUOTE_NOT_CLOSED: { ru: 'ячейка открыта кавычкой, которая не закрыта до конца файла', en: 'a cell opens with a quote that is not closed before the end of the file' },
  CSV_INVALID_CLOSING_QUOTE: { ru: 'после закрывающей кавычки ячейки идёт не разделитель', en: 'a closing quote of a cell is followed by something other than the separator' },
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: { ru: 'после закрывающей кавычки ячейки идёт не разделитель', en: 'a closing quote of a cell is followed by something other than the separator' },
  CSV_MAX_RECORD_SIZE: { ru: 'строка слишком длинная', en: 'the row is too long' },
};

/**
 * The issue for a failure that stops csv-parse: what is wrong, in Russian and English (csv-parse's own
 * English message is kept in `received`), and from which line on the file was not read.
 *
 * @param e - What csv-parse threw.
 * @param file - The file.
 * @param firstUnread - The first line of the file no record was read from.
 * @param toEnd - Whether nothing after that line was read (the parser stopped), or only the record
 *   that starts there.
 */
export function csvFailure(e: unknown, file: string, firstUnread: number, toEnd = true): FileIssue {
  const err = e as Error & { code?: string; lines?: number };
  const why = (err.code === undefined ? undefined : WHY[err.code]) ?? { ru: 'файл не соответствует формату CSV', en: 'the file is not valid CSV' };
  // a stopped parser reads nothing after the last record it gave
  const span = toEnd
    ? { ru: `строки с ${firstUnread}-й до конца файла не прочитаны`, en: `lines from ${firstUnread} to the end of the file were not read` }
    : { ru: `запись, начатая в строке ${firstUnread}, не прочитана`, en: `the record starting in line ${firstUnread} was not read` };
  return {
    code: 'invalid_csv',
    path: [],
    received: err.message,
    message: { ru: `CSV не разобран дальше: ${why.ru}; ${span.ru}`, en: `CSV could not be parsed further: ${why.en}; ${span.en}` },
    file,
    line: firstUnread,
    column: null,
  };
}

/**
 * Whether a line of a CSV file ends inside a quoted cell, so that the record goes on in the next
 * line: read as csv-parse reads it with {@link csvParseOptions} — only a cell that starts with a
 * quote is quoted (`""` inside it is one quote); a quote elsewhere is text.
 *
 * @param text - The line, without its line break.
 * @param delimiter - The separator.
 * @param inside - Whether the line starts inside a quoted cell (the previous line ended in one).
 */
export function endsInQuotedCell(text: string, delimiter: string, inside: boolean): boolean {
  let quoted = inside;
  let atStart = !inside;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') continue;
      if (text[i + 1] === '"') i++;
      else quoted = false;
    } else if (c === delimiter) atStart = true;
    else {
      if (c === '"' && atStart) quoted = true;
      atStart = false;
    }
  }
  return quoted;
}
