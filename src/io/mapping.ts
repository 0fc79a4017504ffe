import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ShnorError } from '../errors/ShnorError.js';
import { parseWith } from '../model/validation.js';
import type { ColumnMapping } from './_lib/tables.js';

const cell = z.union([z.string(), z.number(), z.boolean()]);

/** The schema of a column mapping file (see the input-files guide). */
const ColumnMappingSchema = z.strictObject({
  columns: z.record(z.string(), z.string().min(1)).optional(),
  ignore: z.array(z.string()).optional(),
  values: z.record(z.string(), cell).optional(),
  recode: z.record(z.string(), z.record(z.string(), z.union([z.string(), z.number()]))).optional(),
  delimiter: z.enum([',', ';', '\t', '|']).optional(),
  decimalComma: z.boolean().optional(),
});

/**
 * Reads a column mapping — the file's headers → the format's columns, columns to skip, fixed values,
 * recoded values (`«Математика»` → `math`), the separator — from a JSON file or an object, and checks
 * it: a mapping that is not what the input-files guide describes is refused before any row is read,
 * never applied in part.
 *
 * @param source - The mapping, or the path of a JSON file with one.
 * @returns The mapping, checked.
 * @throws `ShnorError` `VALIDATION_FAILED` listing every wrong key (path, value, what is expected,
 *   in Russian and English); `INVALID_OPTION` when the file cannot be read or is not JSON.
 * @example
 * ```ts
 * // выгрузка ФИС ОКО: русские заголовки и названия предметов
 * const m = readColumnMapping({ columns: { 'Код ОО': 'schoolId', 'Предмет': 'subject' }, recode: { subject: { 'Математика': 'math' } } });
 * m.recode?.subject?.['Математика'] //=> 'math'
 * // опечатка в ключе — ошибка с путём, а не молчаливый пропуск
 * let code = '';
 * try { readColumnMapping({ colums: {} } as never); } catch (e) { code = (e as ShnorError).code; }
 * code //=> 'VALIDATION_FAILED'
 * ```
 * @category IO
 */
export function readColumnMapping(source: ColumnMapping | string): ColumnMapping {
  let raw: unknown = source;
  if (typeof source === 'string') {
    try {
      raw = JSON.parse(readFileSync(source, 'utf8')) as unknown;
    } catch (e) {
      const why = (e as { code?: string }).code === 'ENOENT' ? { ru: 'такого файла нет', en: 'no such file' } : e instanceof SyntaxError ? { ru: 'в файле не JSON', en: `the file is not JSON: ${e.message}` } : { ru: 'файл не читается', en: `the file cannot be read: ${(e as Error).message}` };
      throw new ShnorError('INVALID_OPTION', { option: 'mapping', value: source, expected: { ru: `файл JSON с соответствием столбцов (${why.ru})`, en: `a JSON file with a column mapping (${why.en})` } });
    }
  }
  return parseWith(ColumnMappingSchema, raw, 'ColumnMapping') as ColumnMapping;
}
