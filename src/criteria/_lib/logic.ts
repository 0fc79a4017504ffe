/** Three-valued logic (true / false / unknown as null). Internal. */
export type Tri = boolean | null;

export function atLeast(k: number, values: readonly Tri[]): Tri {
  const yes = values.filter((v) => v === true).length;
  const unknown = values.filter((v) => v === null).length;
  if (yes >= k) return true;
  if (yes + unknown < k) return false;
  return null;
}

export function not(v: Tri): Tri {
  return v === null ? null : !v;
}
