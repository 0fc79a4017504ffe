/** One table row (CSV record, sheet row) → one record, with the issues of its cells. Internal. */
import type { FileIssue } from '../types.js';
import { type ColumnSpec, countFromPercent, decimalsOf, numberOf } from './tables.js';
import { pluralForm } from '../../errors/plural.js';

/** What a row is read with. */
export interface RowReader {
  readonly file: string;
  readonly sheet?: string;
  readonly specs: readonly (ColumnSpec | null)[];
  readonly constants: readonly ColumnSpec[];
  readonly decimalComma: boolean;
  /** counts rebuilt from percents, by column: rows, and rows where the percent allows more than one count */
  readonly rebuilt: Map<string, { rows: number; ambiguous: number }>;
  /** one string per distinct id, procedure and subject: a national file repeats each thousands of times */
  readonly interned: Map<string, string>;
}

const inRows = (n: number): string => `в ${n} ${pluralForm(n, ['строке', 'строках', 'строках'])}`;

const where = (r: RowReader, line: number, column: string | null): Pick<FileIssue, 'file' | 'sheet' | 'line' | 'column'> => ({ file: r.file, ...(r.sheet === undefined ? {} : { sheet: r.sheet }), line, column });

function cellValue(spec: ColumnSpec, cell: unknown, decimalComma: boolean, interned: Map<string, string>): unknown {
  switch (spec.kind) {
    case 'field': {
      if (spec.recode !== undefined) {
        const to = spec.recode.get(String(cell).trim());
        if (to !== undefined) return to;
      }
      if (spec.as === 'number') return numberOf(cell, decimalComma);
      if (spec.as === 'text') {
        const text = typeof cell === 'number' ? String(cell) : cell;
        if (typeof text !== 'string' || text.length > 64) return text;
        const same = interned.get(text);
        if (same !== undefined) return same;
        interned.set(text, text);
        return text;
      }
      return cell;
    }
    case 'mark':
      return numberOf(cell, decimalComma);
    default:
      return cell;
  }
}

/**
 * Reads a row into a record. Returns the record, or `null` when a cell cannot be read at all (bad
 * JSON text); issues (errors that reject the row, warnings that keep it) go to `issue` / `warn`.
 */
export function recordOf(r: RowReader, cells: readonly unknown[], line: number, issue: (i: FileIssue) => void, warn: (i: FileIssue) => void): Record<string, unknown> | null {
  const rec: Record<string, unknown> = {};
  let percents: { spec: Extract<ColumnSpec, { kind: 'percent' }>; cell: unknown }[] | null = null;
  const specs = r.specs;
  for (let c = 0; c < specs.length; c++) {
    const spec = specs[c];
    if (spec === null || spec === undefined) continue;
    const cell = cells[c];
    if (cell === undefined || cell === null || cell === '') continue;
    switch (spec.kind) {
      case 'mark': {
        const marks = (rec.marks ??= {}) as Record<string, unknown>;
        marks[spec.mark] = cellValue(spec, cell, r.decimalComma, r.interned);
        break;
      }
      case 'percent':
        (percents ??= []).push({ spec, cell });
        break;
      case 'json':
        if (typeof cell !== 'string') {
          rec[spec.field] = cell;
          break;
        }
        try {
          rec[spec.field] = JSON.parse(cell) as unknown;
        } catch (e) {
          issue({
            code: 'invalid_json',
            path: [spec.field],
            received: cell.length > 80 ? `${cell.slice(0, 77)}...` : cell,
            message: { ru: `в ячейке не JSON: ${(e as Error).message}`, en: `the cell is not JSON: ${(e as Error).message}` },
            ...where(r, line, spec.header),
          });
          return null;
        }
        break;
      case 'constant':
        break;
      default:
        rec[spec.field] = cellValue(spec, cell, r.decimalComma, r.interned);
    }
  }
  for (const spec of r.constants) if (spec.kind === 'constant' && rec[spec.field] === undefined) rec[spec.field] = spec.value;
  if (percents !== null) {
    for (const { spec, cell } of percents) {
      const p = numberOf(cell, r.decimalComma);
      const n = rec.participants;
      if (typeof p !== 'number' || !Number.isFinite(p) || p < 0 || p > 100) {
        issue({ code: 'invalid_percent', path: [spec.target], received: cell, message: { ru: `получено ${JSON.stringify(cell)}, ожидается процент от 0 до 100`, en: `received ${JSON.stringify(cell)}, expected a percent from 0 to 100` }, ...where(r, line, spec.header) });
        return null;
      }
      if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) {
        issue({
          code: 'percent_without_participants',
          path: [spec.target],
          received: cell,
          message: { ru: 'процент нельзя перевести в число участников: нет числа участников (participants)', en: 'the percent cannot become a count: the number of participants is missing' },
          ...where(r, line, spec.header),
        });
        return null;
      }
      const { count, candidates } = countFromPercent(p, n, decimalsOf(cell));
      const stat = r.rebuilt.get(spec.header) ?? { rows: 0, ambiguous: 0 };
      stat.rows++;
      if (candidates !== 1) {
        stat.ambiguous++;
        warn({
          code: candidates === 0 ? 'percent_inconsistent' : 'count_from_percent_ambiguous',
          path: [spec.target],
          received: cell,
          message:
            candidates === 0
              ? { ru: `${String(cell)} % от ${n} участников не даёт целого числа: взято ${count}`, en: `${String(cell)} % of ${n} participants is no whole number: ${count} taken` }
              : { ru: `${String(cell)} % от ${n} участников — это от ${candidates} возможных чисел (округлённый процент): взято ${count}`, en: `${String(cell)} % of ${n} participants fits ${candidates} counts (a rounded percent): ${count} taken` },
          ...where(r, line, spec.header),
        });
      }
      r.rebuilt.set(spec.header, stat);
      if (spec.target.startsWith('marks.')) ((rec.marks ??= {}) as Record<string, unknown>)[spec.target.slice(6)] = count;
      else rec[spec.target] = count;
    }
  }
  return rec;
}

/** The warnings saying which columns were rebuilt from percents (one per column). */
export function rebuiltWarnings(r: RowReader, headerLine: number): FileIssue[] {
  return [...r.rebuilt].map(([header, s]) => ({
    code: 'count_from_percent',
    path: [header],
    received: s.rows,
    message: {
      ru: `столбец «${header}»: числа восстановлены из процентов ${inRows(s.rows)}${s.ambiguous > 0 ? `, ${inRows(s.ambiguous)} из них неоднозначно (см. предупреждения по строкам)` : ' однозначно'}`,
      en: `column "${header}": counts rebuilt from percents in ${s.rows} rows${s.ambiguous > 0 ? `, ${s.ambiguous} of them ambiguously (see the row warnings)` : ', each unambiguously'}`,
    },
    ...where(r, headerLine, header),
  }));
}
