import { checkArray, checkObject } from '../errors/guards.js';
import type { Dataset } from '../model/dataset.js';
import { RISK_LEVELS, type RiskCatalogue, type RiskLevel } from './catalogue.js';
import type { RiskProfile } from './profile.js';

/**
 * How one factor changed between two profiles.
 *
 * @category Risk
 */
export interface RiskFactorChange {
  /** The factor. */
  readonly factorId: string;
  /** The earlier level (`null`: unknown; `undefined` would not occur). */
  readonly from: RiskLevel | null;
  /** The later level. */
  readonly to: RiskLevel | null;
  /**
   * `down` (the risk fell a level or more), `up`, `same`, `resolved` (was «актуальный», is not any
   * more), `appeared` (was not, is now), `missing` (a level is not known; before 0.2: `unknown`).
   */
  readonly change: 'down' | 'up' | 'same' | 'resolved' | 'appeared' | 'missing';
}

/**
 * Compares a school's risk profiles of two years, factor by factor.
 *
 * @param before - The earlier profile.
 * @param after - The later profile.
 * @param catalogue - The catalogue (its order is the output order).
 * @returns One change per factor present in either profile.
 * @example
 * ```ts
 * // риск-профили школы rezh-8 за 2022 и 2023 годы (пример Режа, каталог seed 000)
 * const [p2022, p2023] = riskProfiles.filter((p) => p.schoolId === 'rezh-8');
 * compareRiskProfiles(p2022, p2023, SEED_000_RISK_CATALOGUE).filter((c) => c.change === 'resolved')
 * //=> [{ factorId: 'rf05', from: 'medium', to: 'low', change: 'resolved' }, { factorId: 'rf08', … }]
 * ```
 * @category Risk
 */
export function compareRiskProfiles(before: RiskProfile, after: RiskProfile, catalogue: RiskCatalogue): RiskFactorChange[] {
  for (const [k, p] of [['before', before], ['after', after]] as const) checkArray(checkObject(p, k, { ru: 'риск-профиль школы', en: 'a risk profile' }).factors, `${k}.factors`, { ru: 'список факторов риска', en: 'a list of factors' }, true);
  const out: RiskFactorChange[] = [];
  for (const f of catalogue.factors) {
    const a = before.factors.find((x) => x.factorId === f.id);
    const b = after.factors.find((x) => x.factorId === f.id);
    if (a === undefined && b === undefined) continue;
    const from = a?.level ?? null;
    const to = b?.level ?? null;
    let change: RiskFactorChange['change'];
    if (a !== undefined && b !== undefined && a.actual && !b.actual && to !== null) change = 'resolved';
    else if ((a === undefined || !a.actual) && b !== undefined && b.actual && (a === undefined || from !== null)) change = 'appeared';
    else if (from === null || to === null) change = 'missing';
    else {
      const d = RISK_LEVELS.indexOf(to) - RISK_LEVELS.indexOf(from);
      change = d > 0 ? 'down' : d < 0 ? 'up' : 'same';
    }
    out.push({ factorId: f.id, from, to, change });
  }
  return out;
}

/**
 * A municipal summary of one factor.
 *
 * @category Risk
 */
export interface RiskFactorSummary {
  /** The factor. */
  readonly factorId: string;
  /** Schools at each level, and with the level not known (`missing`). */
  readonly counts: Readonly<Record<RiskLevel | 'missing', number>>;
  /** Schools for which the factor is «актуальный» / «приоритетный». */
  readonly actual: number;
  readonly priority: number;
  /** The change in the counts against the previous year, when given. */
  readonly change?: Readonly<Record<RiskLevel | 'missing', number>>;
}

/**
 * A municipal summary of risk profiles: how many schools at each level of each factor, how many
 * have it as «актуальный» and «приоритетный», and how the counts changed against the previous year.
 *
 * @param profiles - The schools' profiles for a year.
 * @param catalogue - The catalogue.
 * @param previous - The profiles of the previous year, for the change.
 * @returns One row per factor of the catalogue.
 * @example
 * ```ts
 * // риск-профили 11 школ Режа за 2023 год: фактор rf01 «Низкий уровень оснащения школы»
 * const profiles2023 = riskProfiles.filter((p) => p.year === 2023);
 * summarizeRiskProfiles(profiles2023, SEED_000_RISK_CATALOGUE)[0]
 * //=> { factorId: 'rf01', counts: { high: 3, medium: 3, low: 5, missing: 0 }, actual: 6, priority: 3 }
 * ```
 * @category Risk
 */
export function summarizeRiskProfiles(profiles: readonly RiskProfile[], catalogue: RiskCatalogue, previous?: readonly RiskProfile[]): RiskFactorSummary[] {
  for (const [k, ps] of [['profiles', profiles], ['previous', previous ?? []]] as const) checkArray(ps, k, { ru: 'список риск-профилей', en: 'a list of risk profiles' }, true).forEach((p, i) => checkArray(p.factors, `${k}[${i}].factors`, { ru: 'список факторов риска', en: 'a list of factors' }, true));
  const count = (ps: readonly RiskProfile[], id: string): Record<RiskLevel | 'missing', number> => {
    const c = { high: 0, medium: 0, low: 0, missing: 0 };
    for (const p of ps) {
      const f = p.factors.find((x) => x.factorId === id);
      if (f === undefined) continue;
      c[f.level ?? 'missing']++;
    }
    return c;
  };
  return catalogue.factors.map((f) => {
    const counts = count(profiles, f.id);
    const base = {
      factorId: f.id,
      counts,
      actual: profiles.filter((p) => p.factors.some((x) => x.factorId === f.id && x.actual)).length,
      priority: profiles.filter((p) => p.factors.some((x) => x.factorId === f.id && x.priority === true)).length,
    };
    if (previous === undefined) return base;
    const prev = count(previous, f.id);
    return { ...base, change: { high: counts.high - prev.high, medium: counts.medium - prev.medium, low: counts.low - prev.low, missing: counts.missing - prev.missing } };
  });
}

/**
 * A school's resource deficits in a year.
 *
 * @category Risk
 */
export interface ResourceDeficitRow {
  /** The school. */
  readonly schoolId: string;
  /** Deficits identified, by kind: кадровые (`staff`), материально-технические (`material`), финансовые (`financial`). */
  readonly identified: Readonly<Record<'staff' | 'material' | 'financial', readonly string[]>>;
  /** Deficits eliminated, by kind. */
  readonly eliminated: Readonly<Record<'staff' | 'material' | 'financial', readonly string[]>>;
}

/**
 * Resource deficits by kind, identified and eliminated, per school, and the municipal counts
 * (seed 002, L80, L132, L146–L147: «с перечислением выявленных ресурсных дефицитов»). Schools with
 * no resources record for the year are listed as `missing`, not as schools without deficits.
 *
 * @param dataset - The dataset.
 * @param year - The year.
 * @returns Rows per school, the municipal counts of schools with each kind, and the schools without data.
 * @example
 * ```ts
 * // школы Режа с неустранённым дефицитом ресурсов в 2024 году, по видам
 * resourceDeficits(dataset, 2024).schoolsWith //=> { staff: 7, material: 2, financial: 0 }
 * ```
 * @category Risk
 */
export function resourceDeficits(dataset: Dataset, year: number): {
  readonly rows: readonly ResourceDeficitRow[];
  readonly schoolsWith: Readonly<Record<'staff' | 'material' | 'financial', number>>;
  readonly schoolsEliminated: Readonly<Record<'staff' | 'material' | 'financial', number>>;
  readonly missing: readonly string[];
} {
  const rows: ResourceDeficitRow[] = [];
  const missing: string[] = [];
  const schoolsWith = { staff: 0, material: 0, financial: 0 };
  const schoolsEliminated = { staff: 0, material: 0, financial: 0 };
  for (const s of dataset.schools) {
    const r = (dataset.resources ?? []).find((x) => x.schoolId === s.id && x.year === year);
    if (r === undefined || r.deficits === undefined) {
      missing.push(s.id);
      continue;
    }
    const identified = { staff: [] as string[], material: [] as string[], financial: [] as string[] };
    const eliminated = { staff: [] as string[], material: [] as string[], financial: [] as string[] };
    for (const d of r.deficits) {
      identified[d.kind].push(d.description);
      if (d.eliminated === true) eliminated[d.kind].push(d.description);
    }
    for (const k of ['staff', 'material', 'financial'] as const) {
      if (identified[k].length > 0) schoolsWith[k]++;
      if (identified[k].length > 0 && eliminated[k].length === identified[k].length) schoolsEliminated[k]++;
    }
    rows.push({ schoolId: s.id, identified, eliminated });
  }
  return { rows, schoolsWith, schoolsEliminated, missing };
}
