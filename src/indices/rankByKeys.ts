/**
 * A row to order: an id and its sort keys.
 *
 * @category Indices
 */
export interface KeyedRow {
  /** The school (or other) id. */
  readonly id: string;
  /** The keys, most significant first; `null` when unknown. */
  readonly keys: readonly (number | null)[];
}

/**
 * Orders rows lexicographically by several keys (each ascending or descending) and gives them
 * competition ranks (equal keys share a rank: 1, 2, 2, 4). Seed 000's regional anti-rating orders
 * schools by (ИСБШ group ↑, quality group ↑). Rows with an unknown key are left unranked.
 *
 * @param rows - The rows.
 * @param directions - `asc` or `desc` for each key; `asc` by default.
 * @returns The rows in order with their rank; unranked rows last with `rank: null`.
 * @example
 * ```ts
 * // школы № 27, № 5 и № 28 по двум ключам рейтинга: равные ключи — равное место
 * rankByKeys([{ id: '№27', keys: [1, 2] }, { id: '№5', keys: [3, 4] }, { id: '№28', keys: [3, 4] }])
 * //=> [{ id: '№27', rank: 1 }, { id: '№5', rank: 2 }, { id: '№28', rank: 2 }]
 * ```
 * @category Indices
 */
export function rankByKeys(rows: readonly KeyedRow[], directions: readonly ('asc' | 'desc')[] = []): { readonly id: string; readonly rank: number | null }[] {
  const known = rows.filter((r) => r.keys.every((k) => k !== null));
  const unknown = rows.filter((r) => r.keys.some((k) => k === null));
  const cmp = (a: KeyedRow, b: KeyedRow): number => {
    for (let i = 0; i < a.keys.length; i++) {
      const d = ((a.keys[i] as number) - (b.keys[i] as number)) * (directions[i] === 'desc' ? -1 : 1);
      if (d !== 0) return d;
    }
    return 0;
  };
  const sorted = [...known].sort(cmp);
  const out: { id: string; rank: number | null }[] = [];
  sorted.forEach((r, i) => {
    const prev = sorted[i - 1];
    out.push({ id: r.id, rank: prev !== undefined && cmp(prev, r) === 0 ? (out[i - 1] as { rank: number }).rank : i + 1 });
  });
  return [...out, ...unknown.map((r) => ({ id: r.id, rank: null }))];
}
