import { z } from 'zod';
import type { Bilingual } from '../errors/messages.js';
import { ShnorError } from '../errors/ShnorError.js';
import { invalidOptionError } from '../errors/raise.js';
import { measureLabel } from '../criteria/explain/measureLabel.js';
import { schoolMeasure } from '../criteria/measures/school.js';
import { type PreparedDataset, datasetIndexOf } from '../criteria/identify.js';
import { MeasureSchema } from '../criteria/schema.js';
import type { Dataset } from '../model/dataset.js';
import { DecimalValueSchema, IdSchema, SourceSchema, YearSchema } from '../model/primitives.js';
import { type SafeResult, parseWith, safeParseWith } from '../model/validation.js';
import { compareValue, readThreshold } from '../numbers/compare.js';
import { formatInSentence } from '../numbers/format.js';
import { operatorSymbol } from '../numbers/operators.js';
import { RISK_LEVELS, RISK_LEVEL_NAMES, type RiskCatalogue, type RiskLevel } from './catalogue.js';

/**
 * One factor of a school's risk profile.
 *
 * @category Risk
 */
export const RiskFactorEntrySchema: z.ZodObject<{
  factorId: z.ZodString;
  level: z.ZodNullable<z.ZodEnum<{ high: 'high'; medium: 'medium'; low: 'low' }>>;
  actual: z.ZodBoolean;
  priority: z.ZodNullable<z.ZodBoolean>;
  origin: z.ZodEnum<{ computed: 'computed'; fioko: 'fioko'; self: 'self' }>;
  source: z.ZodOptional<typeof SourceSchema>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  factorId: IdSchema,
  /** the level; `null` when the factor has no data (unknown, never «Низкий») */
  level: z.enum(RISK_LEVELS).nullable(),
  /** «актуальный» for the school */
  actual: z.boolean(),
  /** chosen as «приоритетный»; `null` when the source does not say */
  priority: z.boolean().nullable(),
  /** how the level was reached */
  origin: z.enum(['fioko', 'self', 'computed']),
  source: SourceSchema.optional(),
});

/**
 * A school's risk profile for a year.
 *
 * @category Risk
 */
export const RiskProfileSchema: z.ZodObject<{
  schoolId: z.ZodString;
  year: z.ZodNumber;
  catalogueId: z.ZodString;
  factors: z.ZodArray<typeof RiskFactorEntrySchema>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  schoolId: IdSchema,
  year: YearSchema,
  catalogueId: IdSchema,
  factors: z.array(RiskFactorEntrySchema),
});

/**
 * A school's risk profile.
 *
 * @category Risk
 */
export type RiskProfile = z.output<typeof RiskProfileSchema>;
/**
 * One factor of a profile.
 *
 * @category Risk
 */
export type RiskFactorEntry = z.output<typeof RiskFactorEntrySchema>;

/**
 * Validates an imported risk profile (ФИОКО diagnostics or self-diagnosis) against a catalogue:
 * the schema, and that every factor is in the catalogue, once.
 *
 * @param input - Untrusted data.
 * @param catalogue - The catalogue the profile claims.
 * @returns `{ success, data | issues }`.
 * @example
 * ```ts
 * // риск-профиль школы rezh-8 за 2022 год из файла примера (каталог seed 000, 9 факторов)
 * const json = riskProfiles[0];
 * safeParseRiskProfile(json, SEED_000_RISK_CATALOGUE).success //=> true
 * safeParseRiskProfile(json, FEDERAL_500_CATALOGUE).success //=> false (другой каталог)
 * ```
 * @category Risk
 */
export function safeParseRiskProfile(input: unknown, catalogue: RiskCatalogue): SafeResult<RiskProfile> {
  const r = safeParseWith(RiskProfileSchema, input);
  if (!r.success) return r;
  const ids = new Set(catalogue.factors.map((f) => f.id));
  const issues = [];
  const seen = new Set<string>();
  for (const [i, f] of r.data.factors.entries()) {
    if (!ids.has(f.factorId)) issues.push({ code: 'unknown_factor', path: ['factors', i, 'factorId'], received: f.factorId, message: { ru: `фактора «${f.factorId}» нет в каталоге ${catalogue.id}`, en: `factor "${f.factorId}" is not in catalogue ${catalogue.id}` } });
    if (seen.has(f.factorId)) issues.push({ code: 'duplicate_factor', path: ['factors', i, 'factorId'], received: f.factorId, message: { ru: `фактор «${f.factorId}» указан дважды`, en: `factor "${f.factorId}" is listed twice` } });
    seen.add(f.factorId);
  }
  if (r.data.catalogueId !== catalogue.id) issues.push({ code: 'catalogue_mismatch', path: ['catalogueId'], received: r.data.catalogueId, message: { ru: `профиль составлен по каталогу ${r.data.catalogueId}, ожидается ${catalogue.id}`, en: `the profile uses catalogue ${r.data.catalogueId}, expected ${catalogue.id}` } });
  return issues.length > 0 ? { success: false, issues: issues as [never, ...never[]] } : r;
}

/**
 * Validates an imported risk profile and throws on any issue.
 *
 * @param input - Untrusted data.
 * @param catalogue - The catalogue.
 * @returns The profile.
 * @throws {@link ShnorError} `VALIDATION_FAILED` listing every issue.
 * @example
 * ```ts
 * // риск-профиль школы rezh-8 за 2022 год из файла примера (каталог seed 000, 9 факторов)
 * const json = riskProfiles[0];
 * parseRiskProfile(json, SEED_000_RISK_CATALOGUE).factors.length //=> 9
 * ```
 * @category Risk
 */
export function parseRiskProfile(input: unknown, catalogue: RiskCatalogue): RiskProfile {
  const r = safeParseRiskProfile(input, catalogue);
  if (!r.success) throw new ShnorError('VALIDATION_FAILED', { what: 'RiskProfile', issues: r.issues });
  return parseWith(RiskProfileSchema, r.data, 'RiskProfile');
}

/**
 * How a program computes a factor's level from the school's own facts: a measure and bands,
 * tried in order; the first that holds gives the level, and `otherwise` (usually «Низкий») when
 * none does. A factor whose measure has no data is unknown, never «Низкий».
 *
 * @category Risk
 */
export const RiskBandsSchema: z.ZodObject<{
  factorId: z.ZodString;
  measure: typeof MeasureSchema;
  bands: z.ZodArray<z.ZodObject<{
    level: z.ZodEnum<{ high: 'high'; medium: 'medium'; low: 'low' }>;
    op: z.ZodEnum<{ gte: 'gte'; gt: 'gt'; lte: 'lte'; lt: 'lt' }>;
    value: typeof DecimalValueSchema;
  }, z.core.$strict>>;
  otherwise: z.ZodEnum<{ high: 'high'; medium: 'medium'; low: 'low' }>;
  actualFrom: z.ZodOptional<z.ZodEnum<{ high: 'high'; medium: 'medium'; low: 'low' }>>;
  source: z.ZodOptional<typeof SourceSchema>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  factorId: IdSchema,
  measure: MeasureSchema,
  bands: z.array(z.strictObject({ level: z.enum(RISK_LEVELS), op: z.enum(['gte', 'gt', 'lte', 'lt']), value: DecimalValueSchema })).min(1),
  otherwise: z.enum(RISK_LEVELS),
  /** levels at or above which the factor is «актуальный»; `medium` by default */
  actualFrom: z.enum(RISK_LEVELS).optional(),
  source: SourceSchema.optional(),
});

/**
 * Band rules of one factor.
 *
 * @category Risk
 */
export type RiskBands = z.output<typeof RiskBandsSchema>;

/**
 * How each factor's level was reached.
 *
 * @category Risk
 */
export interface RiskFactorTrace {
  /** The factor. */
  readonly factorId: string;
  /** The measure's value, or `null` when missing. */
  readonly value: number | null;
  /** The counts behind a share. */
  readonly share?: { readonly count: number; readonly total: number };
  /** The band that matched (its index), or `otherwise`. */
  readonly band: number | 'otherwise' | null;
  /** Missing inputs. */
  readonly missing: readonly string[];
  /** In words. */
  readonly text: Bilingual;
}

/**
 * Computes a school's risk profile for a year from its own facts, through bands the program
 * defines (for example the share of teachers on 1,5 rates or more → «Дефицит педагогических кадров»),
 * with the trace of how each level was reached. Factors of the catalogue without bands are left
 * out; factors without data have `level: null`.
 *
 * @param dataset - The dataset, or a `PreparedDataset` (from `prepareDataset`): prepare it once when
 *   computing the profiles of many schools, or each call indexes the whole dataset again.
 * @param schoolId - The school.
 * @param year - The year.
 * @param bands - Band rules, one per computed factor.
 * @param catalogue - The catalogue the factors belong to.
 * @returns The profile (`origin: 'computed'`, priority unknown) and the trace.
 * @throws {@link ShnorError} `INVALID_OPTION` for a factor not in the catalogue or an unknown school.
 * @example
 * ```ts
 * // «Дефицит педагогических кадров»: доля учителей на 1,5 ставки и более — 30 % и выше: высокий, 15 % и выше: средний
 * const bands = [{
 *   factorId: 'rf02',
 *   measure: { kind: 'staffing', field: 'onOneAndHalfRates' },
 *   bands: [{ level: 'high', op: 'gte', value: 30 }, { level: 'medium', op: 'gte', value: 15 }],
 *   otherwise: 'low',
 * }];
 * const { profile, trace } = computeRiskProfile(dataset, 'rezh-4', 2024, bands, FEDERAL_500_CATALOGUE);
 * profile.factors.find((f) => f.factorId === 'rf02')?.level //=> 'high'
 * trace[0].text.ru //=> 'Дефицит педагогических кадров: доля учителей на 1,5 ставки и более = 33,3 % (16 из 48); ≥ 30 → Высокий'
 * ```
 * @category Risk
 */
export function computeRiskProfile(
  dataset: Dataset | PreparedDataset,
  schoolId: string,
  year: number,
  bands: readonly RiskBands[],
  catalogue: RiskCatalogue,
): { readonly profile: RiskProfile; readonly trace: readonly RiskFactorTrace[] } {
  const ix = datasetIndexOf(dataset);
  const si = ix.ordinal.get(schoolId);
  if (si === undefined) throw invalidOptionError({ option: 'schoolId', value: schoolId, expected: { ru: 'школа из набора данных', en: 'a school of the dataset' } });
  const factorIds = new Set(catalogue.factors.map((f) => f.id));
  const factors: RiskFactorEntry[] = [];
  const trace: RiskFactorTrace[] = [];
  for (const b of bands) {
    if (!factorIds.has(b.factorId)) throw invalidOptionError({ option: 'bands.factorId', value: b.factorId, expected: { ru: `фактор риска из каталога «${catalogue.id}»`, en: `a factor of ${catalogue.id}` } });
    const name = catalogue.factors.find((f) => f.id === b.factorId)?.name ?? { ru: b.factorId };
    const v = schoolMeasure(ix, b.measure, si, year);
    const label = { ru: measureLabel(b.measure, 'ru'), en: measureLabel(b.measure, 'en') };
    if (v.status !== 'value') {
      const missing = v.status === 'missing' ? v.missing : [v.reason.code];
      factors.push({ factorId: b.factorId, level: null, actual: false, priority: null, origin: 'computed', ...(b.source ? { source: b.source } : {}) });
      trace.push({ factorId: b.factorId, value: null, band: null, missing, text: { ru: `${name.ru}: уровень неизвестен — нет данных (${missing.join('; ')})`, en: `${name.en ?? name.ru}: level unknown, no data (${missing.join('; ')})` } });
      continue;
    }
    let level: RiskLevel = b.otherwise;
    let band: number | 'otherwise' = 'otherwise';
    for (const [i, x] of b.bands.entries()) {
      // the one comparison of the library: a share as counts exactly, a computed number up to noise
      const c = compareValue(v.share ?? v.value, x.op, readThreshold(x.value));
      if (c.status === 'value' && c.value) {
        level = x.level;
        band = i;
        break;
      }
    }
    const actualFrom = RISK_LEVELS.indexOf(b.actualFrom ?? 'medium');
    const actual = RISK_LEVELS.indexOf(level) <= actualFrom;
    factors.push({ factorId: b.factorId, level, actual, priority: null, origin: 'computed', ...(b.source ? { source: b.source } : {}) });
    const shown = v.share ? `${formatInSentence(v.value, 'ru', 1)} % (${v.share.count} из ${v.share.total})` : formatInSentence(v.value, 'ru');
    const shownEn = v.share ? `${formatInSentence(v.value, 'en', 1)} % (${v.share.count} of ${v.share.total})` : formatInSentence(v.value, 'en');
    const matched = band === 'otherwise' ? undefined : b.bands[band];
    const cond = matched === undefined ? 'ни одна полоса не подошла' : `${operatorSymbol(matched.op)} ${formatInSentence(matched.value, 'ru', 20)}`;
    const condEn = matched === undefined ? 'no band applies' : `${operatorSymbol(matched.op)} ${formatInSentence(matched.value, 'en', 20)}`;
    trace.push({
      factorId: b.factorId,
      value: v.value,
      ...(v.share ? { share: v.share } : {}),
      band,
      missing: [],
      text: {
        ru: `${name.ru}: ${label.ru} = ${shown}; ${cond} → ${RISK_LEVEL_NAMES[level].ru}`,
        en: `${name.en ?? name.ru}: ${label.en} = ${shownEn}; ${condEn} → ${RISK_LEVEL_NAMES[level].en}`,
      },
    });
  }
  return { profile: { schoolId, year, catalogueId: catalogue.id, factors }, trace };
}
