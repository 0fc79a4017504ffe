import { type Outcome, missing } from '../core/outcome.js';
import { invalidOptionError } from '../errors/raise.js';
import { sharePercent, type Share } from '../numbers/share.js';
import type { DecimalString } from '../numbers/types.js';

/**
 * A municipal share computed from school facts, with both sides explicit.
 *
 * @category Indicators
 */
export interface ShareOfSchools {
  /** Numerator and denominator. */
  readonly share: Share;
  /** The exact percent; `null` for an empty denominator. */
  readonly percent: DecimalString | null;
  /** Ids of the schools counted in the numerator. */
  readonly numerator: readonly string[];
  /** Ids of the schools in the denominator. */
  readonly denominator: readonly string[];
  /** Schools left out because the predicate was unknown for them (only with `unknown: 'exclude'`). */
  readonly excluded: readonly { readonly id: string; readonly missing: readonly string[] }[];
}

/**
 * Options for {@link shareOfSchools}.
 *
 * @category Indicators
 */
export interface ShareOfSchoolsOptions {
  /**
   * What to do with a school whose predicate is unknown: `missing` (the default) makes the whole
   * share "missing" and lists them; `exclude` leaves them out of both numerator and denominator
   * and reports them.
   */
  readonly unknown?: 'missing' | 'exclude';
}

/**
 * A municipal indicator computed from school facts: the share of schools that satisfy a
 * predicate («доля школ с положительной динамикой»), with numerator and denominator explicit, so
 * that a reader sees 5 of 16 and not only 31 %.
 *
 * @param schools - The schools of the denominator population (e.g. all 16 schools, or only ШНОР).
 * @param predicate - For each school: `true`, `false`, or `null`/`undefined`/an `Outcome` when unknown.
 * @param options - How to treat unknown schools.
 * @returns The share with its ids; "missing" listing the unknown schools under the default policy.
 * @throws {@link ShnorError} `INVALID_OPTION` for duplicate school ids.
 * @example
 * ```ts
 * // доля школ с положительной динамикой: 2 из 3
 * const schools = [{ id: '1', up: true }, { id: '2', up: false }, { id: '3', up: true }];
 * shareOfSchools(schools, (s) => s.up)
 * //=> { status: 'value', value: { share: { count: 2, total: 3 }, percent: '66.666…', numerator: ['1', '3'], … } }
 * ```
 * @category Indicators
 */
export function shareOfSchools<T extends { readonly id: string }>(
  schools: readonly T[],
  predicate: (school: T) => boolean | null | undefined | Outcome<boolean>,
  options: ShareOfSchoolsOptions = {},
): Outcome<ShareOfSchools> {
  const numerator: string[] = [];
  const denominator: string[] = [];
  const excluded: { id: string; missing: readonly string[] }[] = [];
  const seen = new Set<string>();
  for (const school of schools) {
    if (seen.has(school.id)) throw invalidOptionError({ option: 'schools', value: school.id, expected: { ru: 'идентификатор школы, который ещё не встречался в списке', en: 'unique school ids' } });
    seen.add(school.id);
    const r = predicate(school);
    let v: boolean | null;
    let why: readonly string[] = [];
    if (r === null || r === undefined) v = null;
    else if (typeof r === 'boolean') v = r;
    else if (r.status === 'value') v = r.value;
    else {
      v = null;
      why = r.status === 'missing' ? r.missing : [r.reason.code];
    }
    if (v === null) {
      excluded.push({ id: school.id, missing: why });
      continue;
    }
    denominator.push(school.id);
    if (v) numerator.push(school.id);
  }
  if (excluded.length > 0 && (options.unknown ?? 'missing') === 'missing') {
    return missing(excluded.map((e) => (e.missing.length > 0 ? `${e.id}: ${e.missing.join(', ')}` : e.id)));
  }
  const share: Share = { count: numerator.length, total: denominator.length };
  const p = sharePercent(share);
  return { status: 'value', value: { share, percent: p.status === 'value' ? p.value : null, numerator, denominator, excluded } };
}
