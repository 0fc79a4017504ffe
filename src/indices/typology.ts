/** Typology matrices (seed 000, Appendix 4): two ordinal values → a type. Internal to identification. */
import { readNumber as toNumber } from '../numbers/decimal.js';

/** What a typology matrix is made of, as far as placing a school needs (a matrix classifier of the criteria is one). */
interface Matrix {
  readonly cells: readonly { readonly rows: readonly [string | number, string | number]; readonly columns: readonly [string | number, string | number]; readonly value: string }[];
}

/** Whether a value lies in a closed range [lo; hi]. */
const inRange = (v: number, [lo, hi]: readonly [string | number, string | number]): boolean => v >= toNumber(lo) && v <= toNumber(hi);

/** The type of the first cell whose ranges hold both values, or `null` when no cell does. @internal */
export function matrixCell(matrix: Matrix, rows: number, columns: number): string | null {
  for (const cell of matrix.cells) if (inRange(rows, cell.rows) && inRange(columns, cell.columns)) return cell.value;
  return null;
}
