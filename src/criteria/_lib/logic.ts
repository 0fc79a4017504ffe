/** Three-valued logic (true / false / unknown as null), and «at least k» in four values (a part may not apply). Internal. */
export type Tri = boolean | null;

export function not(v: Tri): Tri {
  return v === null ? null : !v;
}

/**
 * «At least k» over parts in four values: `held` parts hold, `missing` lack data, `inapplicable`
 * do not apply for a reason of their own (the rest fail). The value when the parts decide it;
 * otherwise `notApplicable` says the whole does not apply whatever the missing parts are (none is
 * missing; or, all of them holding, fewer than k hold and, none of them holding, the parts that do
 * not apply could still make k), else it is missing (the missing parts' data could decide).
 */
export function atLeastOf(k: number, held: number, missing: number, inapplicable: number): { readonly value: Tri; readonly notApplicable: boolean } {
  if (held >= k) return HOLDS;
  if (held + missing + inapplicable < k) return FAILS;
  return missing === 0 || (held + missing < k && held + inapplicable >= k) ? DOES_NOT_APPLY : UNKNOWN;
}

const HOLDS = { value: true, notApplicable: false } as const;
const FAILS = { value: false, notApplicable: false } as const;
const DOES_NOT_APPLY = { value: null, notApplicable: true } as const;
const UNKNOWN = { value: null, notApplicable: false } as const;

