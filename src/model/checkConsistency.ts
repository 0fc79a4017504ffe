import { z } from 'zod';
import type { Bilingual } from '../errors/messages.js';
import { decimalsAsWritten, readNumber, toDec, toPlainString } from '../numbers/decimal.js';
import { formatNumber } from '../numbers/format.js';
import { round } from '../numbers/round.js';
import { pluralForm } from '../errors/plural.js';
import { PROCEDURES, SUBJECTS } from './catalogues.js';
import { DecimalValueSchema, IdSchema, SourceSchema } from './primitives.js';
import type { StaffStructure } from './context.js';
import type { Dataset } from './dataset.js';
import type { AssessmentResult, TerritoryResult } from './results.js';
import { PackedRow, packedResultsOf } from './packResults.js';

/**
 * A consistency warning: the data's own numbers disagree. The data is kept; the warning says how.
 *
 * @category Model
 */
export interface ConsistencyWarning {
  /**
   * `MARKS_SUM`, `SHARE_MISMATCH`, `MEAN_MISMATCH`, `STAT_OUT_OF_RANGE`, `COUNT_EXCEEDS_PARTICIPANTS`,
   * `TOTAL_MISMATCH`, `AGGREGATE_OUT_OF_RANGE`, `PARTICIPANTS_EXCEED_ADMITTED`, `DISTRIBUTION_SUM`,
   * `BANDS_SUM`, `MEAN_OUTSIDE_BANDS` (score bands against the participants and the mean),
   * `TOTAL_MEAN_MISMATCH` (a total's mean against its schools' weighted means);
   * for stated figures also `STATED_MEAN_MISMATCH`, `PERCENT_OUT_OF_RANGE`, `SHARE_UNREACHABLE`,
   * `SUM_WITHIN_ROUNDING` (a note) and `ROUNDING_VARIANTS` (a note).
   */
  readonly code: string;
  /** `note` when the disagreement is within the rounding of the printed numbers: not an error. */
  readonly severity?: 'note';
  /** Where in the dataset. */
  readonly path: readonly (string | number)[];
  /** The numbers involved. */
  readonly numbers: Readonly<Record<string, number | string>>;
  /** What disagrees, in Russian and English. */
  readonly message: Bilingual;
}

/**
 * A figure a report states about other figures, kept to check it (the library never trusts it):
 * - `sum`: a stated total and its parts («41 ОО» of 23 + 16; seed 000's 2019 financing);
 * - `mean`: a stated average and the values it averages, or only the bounds it must lie within
 *   («в среднем 73 %» of 61, 51, 71, 75; «качество … в среднем 70 %» with the best subject at 67);
 * - `percent`: a printed percent, which must lie within 0–100 («биологии (765%)»);
 * - `share`: a printed percent against its count and total («168 … 21,6 %» of 839), or against a
 *   total alone when the count is not stated («86 % ОО» of 18 schools);
 * - `rounding`: one share printed several ways («31» and «31,3» for 5 of 16).
 * Numbers are exact decimals; a figure printed with decimals is checked within its rounding.
  * @category Model
 */
export const StatedFigureSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
  id: z.ZodString;
  label: z.ZodString;
  kind: z.ZodLiteral<'sum'>;
  value: typeof DecimalValueSchema;
  components: z.ZodArray<typeof DecimalValueSchema>;
  source: z.ZodOptional<typeof SourceSchema>;
}, z.core.$strict>, z.ZodObject<{
  id: z.ZodString;
  label: z.ZodString;
  kind: z.ZodLiteral<'mean'>;
  value: typeof DecimalValueSchema;
  components: z.ZodOptional<z.ZodArray<typeof DecimalValueSchema>>;
  bounds: z.ZodOptional<z.ZodObject<{
    min: z.ZodOptional<typeof DecimalValueSchema>;
    max: z.ZodOptional<typeof DecimalValueSchema>;
  }, z.core.$strict>>;
  source: z.ZodOptional<typeof SourceSchema>;
}, z.core.$strict>, z.ZodObject<{
  id: z.ZodString;
  label: z.ZodString;
  kind: z.ZodLiteral<'percent'>;
  value: typeof DecimalValueSchema;
  source: z.ZodOptional<typeof SourceSchema>;
}, z.core.$strict>, z.ZodObject<{
  id: z.ZodString;
  label: z.ZodString;
  kind: z.ZodLiteral<'share'>;
  value: typeof DecimalValueSchema;
  count: z.ZodOptional<z.ZodNumber>;
  total: z.ZodNumber;
  source: z.ZodOptional<typeof SourceSchema>;
}, z.core.$strict>, z.ZodObject<{
  id: z.ZodString;
  label: z.ZodString;
  kind: z.ZodLiteral<'rounding'>;
  count: z.ZodNumber;
  total: z.ZodNumber;
  printed: z.ZodArray<typeof DecimalValueSchema>;
  source: z.ZodOptional<typeof SourceSchema>;
}, z.core.$strict>], 'kind'> = /* #__PURE__ */ z.discriminatedUnion('kind', [
  z.strictObject({ id: IdSchema, label: z.string().min(1), kind: z.literal('sum'), value: DecimalValueSchema, components: z.array(DecimalValueSchema).min(1), source: SourceSchema.optional() }),
  z.strictObject({
    id: IdSchema,
    label: z.string().min(1),
    kind: z.literal('mean'),
    value: DecimalValueSchema,
    /** the values averaged, when all of them are stated */
    components: z.array(DecimalValueSchema).optional(),
    /** bounds the mean must respect when only some parts are stated (the best subject's 67 % is a `max`) */
    bounds: z.strictObject({ min: DecimalValueSchema.optional(), max: DecimalValueSchema.optional() }).optional(),
    source: SourceSchema.optional(),
  }),
  z.strictObject({ id: IdSchema, label: z.string().min(1), kind: z.literal('percent'), value: DecimalValueSchema, source: SourceSchema.optional() }),
  z.strictObject({
    id: IdSchema,
    label: z.string().min(1),
    kind: z.literal('share'),
    /** the printed percent */
    value: DecimalValueSchema,
    count: z.number().int().min(0).optional(),
    total: z.number().int().min(1),
    source: SourceSchema.optional(),
  }),
  z.strictObject({
    id: IdSchema,
    label: z.string().min(1),
    kind: z.literal('rounding'),
    count: z.number().int().min(0),
    total: z.number().int().min(1),
    /** the same share as printed in different places, in percent */
    printed: z.array(DecimalValueSchema).min(2),
    source: SourceSchema.optional(),
  }),
]);

/**
 * A stated figure (see {@link StatedFigureSchema}).
 *
 * @category Model
 */
export type StatedFigure = z.output<typeof StatedFigureSchema>;

/**
 * Options for {@link checkDataset}.
 *
 * @category Model
 */
export interface CheckDatasetOptions {
  /** Figures stated in the report's running text, checked with the dataset's own `reported` ones. */
  readonly statements?: readonly StatedFigure[];
  /** How far a printed percent may be from the one computed from counts, in п.п.; 0.5 by default (a value printed to whole percents). */
  readonly percentTolerance?: number;
  /** How far a printed mean may be from the mean of the mark distribution; 0.005 by default (two decimals). */
  readonly meanTolerance?: number;
  /**
   * Check only the result rows and territory totals of these years (a program year reads its year
   * and the earlier ones, not later data); every year by default.
   */
  readonly years?: readonly number[];
}

/**
 * The old name of an options type, kept for one release.
 *
 * @deprecated Renamed {@link CheckDatasetOptions} (one options type per function, named after it); the old name goes in the next minor release.
 * @category Model
 */
export type ConsistencyOptions = CheckDatasetOptions;

type Row = AssessmentResult | TerritoryResult;

/** A number for a Russian sentence: decimal comma. */
const ru = (x: string | number): string => String(x).replace('.', ',');

type Where = { readonly ru: string; readonly en: string };

/** The names a warning uses: territories and schools by id from the dataset, procedures and subjects from the catalogues. */
interface Names {
  /** A territory's or school's name, or its id when the dataset gives no name. */
  readonly place: (id: string) => Where;
  /** Where a row is, in words: the school or territory, the year, the procedure, subject and grade. */
  readonly row: (r: Row) => Where;
  /** The same for a row by its place in the dataset (`results` or `territoryResults`, and its index): a warning's text written when it is read. */
  readonly rowAt: (kind: string, index: number) => Where;
}

const PROCEDURE_NAMES = new Map(PROCEDURES.map((p) => [p.id as string, p]));
const SUBJECT_NAMES = new Map(SUBJECTS.map((s) => [s.id, s]));
const lowerFirst = (x: string): string => (x.length > 1 && x[1] === x[1]?.toLowerCase() ? x.charAt(0).toLowerCase() + x.slice(1) : x);

/** Names for the warnings of one dataset (built only when there is a warning to write). */
function namesOf(dataset: Dataset): Names {
  let byId: Map<string, Where> | undefined;
  const place = (id: string): Where => {
    if (byId === undefined) {
      byId = new Map();
      for (const t of dataset.territories) byId.set(t.id, { ru: t.name.ru, en: t.name.en ?? t.name.ru });
      for (const sc of dataset.schools) byId.set(sc.id, { ru: sc.name, en: sc.name });
    }
    return byId.get(id) ?? { ru: id, en: id };
  };
  const row = (r: Row): Where => {
    const at = place('schoolId' in r ? r.schoolId : r.territoryId);
    const proc = PROCEDURE_NAMES.get(r.procedure);
    const subj = SUBJECT_NAMES.get(r.subject);
    const ru = [at.ru, String(r.year), proc?.ru ?? r.procedure, subj ? lowerFirst(subj.ru) : r.subject, `${r.grade} класс`].join(', ');
    const en = [at.en, String(r.year), proc?.id.toUpperCase() ?? r.procedure, subj?.en ?? r.subject, `grade ${r.grade}`].join(', ');
    return { ru, en };
  };
  const packed = packedResultsOf(dataset);
  const rowAt = (kind: string, index: number): Where => {
    if (kind === 'territoryResults') return row((dataset.territoryResults ?? [])[index] as TerritoryResult);
    if (packed === undefined) return row((dataset.results ?? [])[index] as AssessmentResult);
    return row(packed.extras.get(index) ?? new PackedRow(packed).at(index));
  };
  return { place, row, rowAt };
}

/**
 * A warning about one result row whose text is written when it is read: a national file has
 * hundreds of thousands of these (about a kilobyte of text each), and most are counted or
 * serialised, never read one by one. It is an ordinary warning to every reader — `message` is an
 * own enumerable property (a getter, shared), so `JSON.stringify`, spreads, `structuredClone` and
 * deep equality see the same value, in the same key order, as a warning written at once.
 */
class RowWarning {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly numbers: Readonly<Record<string, number | string>>;
  declare readonly message: Bilingual;
  #text: Bilingual | ((where: Where) => Bilingual);
  readonly #names: Names;

  constructor(code: string, path: readonly (string | number)[], numbers: Readonly<Record<string, number | string>>, names: Names, text: (where: Where) => Bilingual) {
    this.code = code;
    this.path = path;
    this.numbers = numbers;
    this.#names = names;
    this.#text = text;
    Object.defineProperty(this, 'message', MESSAGE);
  }

  /** The text, written on first read. */
  static text(w: RowWarning): Bilingual {
    if (typeof w.#text === 'function') w.#text = w.#text(w.#names.rowAt(w.path[0] as string, w.path[1] as number));
    return w.#text;
  }
}

const MESSAGE: PropertyDescriptor = {
  enumerable: true,
  configurable: false,
  get(this: RowWarning): Bilingual {
    return RowWarning.text(this);
  },
};

/** «557 участников», «1 участник». */
const participantsRu = (n: number): string => `${n} ${pluralForm(n, ['участник', 'участника', 'участников'])}`;

/** The counts a row may carry, in words. */
const COUNT_FIELDS = {
  belowMinimum: { ru: 'не преодолели минимальный порог', en: 'below the minimum' },
  passed: { ru: 'сдали', en: 'passed' },
  winners: { ru: 'победителей', en: 'winners' },
  prizeWinners: { ru: 'призёров', en: 'prize winners' },
} as const;

/** The statistics of a row, in words. */
const STAT_NAMES: Readonly<Record<string, Where>> = { mean: { ru: 'средний балл', en: 'the mean' }, median: { ru: 'медиана', en: 'the median' }, mode: { ru: 'мода', en: 'the mode' } };

/**
 * Whether `|count · scale / total − printed| > tolerance`, exactly: in floating point when the
 * difference is clearly on one side (millions of rows are checked), in decimals near the boundary.
 */
function beyond(count: number, scale: number, total: number, printed: string | number, tolerance: number): boolean {
  const p = readNumber(printed, 'printed');
  const d = Math.abs((count * scale) / total - p);
  if (Number.isFinite(d) && Math.abs(d - tolerance) > 1e-9 * Math.max(1, Math.abs(p))) return d > tolerance;
  return toDec(count).times(scale).div(total).minus(toDec(printed)).abs().gt(tolerance);
}

/** A warning's path in the dataset (made only for a warning: millions of rows are checked). */
const pathOf = (kind: string, index: number, ...rest: (string | number)[]): (string | number)[] => [kind, index, ...rest];

// Each warning's words, as a function of where the row is: made by a function of its own numbers
// (never a closure over rowWarnings' variables, which would give every row checked a context)
type Text = (where: Where) => Bilingual;
const marksSumText = (sum: number, participants: number): Text => (w) => ({ ru: `${w.ru}: сумма отметок «2»–«5» (${sum}) не равна числу участников (${participants})`, en: `${w.en}: marks 2–5 add up to ${sum}, not to the ${participants} participants` });
// the distribution's mean as its two integers (a decimal object kept for each warning would weigh more than its text)
const meanText = (printed: string | number, points: number, sum: number): Text => (w) => {
  const mean = toDec(points).div(sum).toFixed(2);
  return { ru: `${w.ru}: средняя отметка ${ru(printed)} не совпадает с вычисленной по распределению (${ru(mean)})`, en: `${w.en}: mean mark ${String(printed)} differs from the distribution's (${mean})` };
};
const shareText = (label: string, en: string, printedPct: string | number, count: number, sum: number, computed: string): Text => (w) => ({ ru: `${w.ru}: ${label} ${ru(printedPct)} % не совпадает с ${count} из ${sum} (${ru(computed)} %)`, en: `${w.en}: ${en} ${String(printedPct)} % disagrees with ${count} of ${sum} (${computed} %)` });
const bandsSumText = (n: number, participants: number): Text => (w) => ({ ru: `${w.ru}: по диапазонам баллов ${participantsRu(n)}, а всего ${participants}`, en: `${w.en}: the score bands add up to ${n}, not to the ${participants} participants` });
const outsideBandsText = (mean: number, lo: string, hi: string): Text => (w) => ({ ru: `${w.ru}: средний балл ${ru(mean)} невозможен при таких диапазонах баллов (от ${ru(lo)} до ${ru(hi)})`, en: `${w.en}: a mean of ${mean} is impossible with these score bands (${lo} to ${hi})` });
const countText = (field: keyof typeof COUNT_FIELDS, v: number, participants: number): Text => (w) => ({ ru: `${w.ru}: ${COUNT_FIELDS[field].ru} — ${v}, больше числа участников (${participants})`, en: `${w.en}: ${COUNT_FIELDS[field].en}: ${v}, more than the ${participants} participants` });
const belowShareText = (printed: string | number, below: number, participants: number): Text => (w) => ({ ru: `${w.ru}: доля ниже минимума ${String(printed)} % не совпадает с ${below} из ${participants}`, en: `${w.en}: below-minimum share ${String(printed)} % disagrees with ${below} of ${participants}` });
const statText = (name: string, v: number, min: number, max: number): Text => (w) => ({ ru: `${w.ru}: ${STAT_NAMES[name]?.ru ?? name} ${ru(v)} вне диапазона от наименьшего ${ru(min)} до наибольшего ${ru(max)}`, en: `${w.en}: ${STAT_NAMES[name]?.en ?? name} ${v} is outside the range from the lowest ${min} to the highest ${max}` });
const minMaxText = (min: number, max: number): Text => (w) => ({ ru: `${w.ru}: наименьший балл ${ru(min)} больше наибольшего ${ru(max)}`, en: `${w.en}: the lowest score ${min} exceeds the highest ${max}` });

/**
 * Whether {@link rowWarnings} may warn about a packed row without extras (counts, marks and
 * statistics only): more than a count above its participants, a minimum and a maximum (checked
 * whole), marks that do not add up, or a mean mark away from the distribution's. `false` only when
 * it would find nothing.
 */
function mayDisagree(i: number, participants: Int32Array, marks: Int32Array, belowMinimum: Int32Array, means: Float64Array, moreStatsAt: Uint32Array, moreStats: Float64Array, markedMean: boolean, meanTolerance: number): boolean {
  const n = participants[i] as number;
  const below = belowMinimum[i] as number;
  if (below >= 0 && n >= 0 && below > n) return true;
  // a row's min and max (moreStatsAt not read when no row has any: its pages stay unmapped)
  const at = moreStats.length === 0 ? 0 : (moreStatsAt[i] as number);
  if (at !== 0 && !Number.isNaN(moreStats[4 * at - 2] as number) && !Number.isNaN(moreStats[4 * at - 1] as number)) return true;
  const n2 = marks[4 * i] as number;
  if (n2 < 0) return false;
  const n3 = marks[4 * i + 1] as number;
  const n4 = marks[4 * i + 2] as number;
  const n5 = marks[4 * i + 3] as number;
  const sum = n2 + n3 + n4 + n5;
  if (n >= 0 && sum !== n) return true;
  const mean = means[i] as number;
  return sum > 0 && markedMean && !Number.isNaN(mean) && beyond(2 * n2 + 3 * n3 + 4 * n4 + 5 * n5, 1, sum, mean, meanTolerance);
}

/**
 * `points / sum` to 4 decimal places, half up, trailing zeros dropped (what
 * `toPlainString(toDec(points).div(sum).toDecimalPlaces(4))` gives), in integers: a national file
 * has hundreds of thousands of mean-mark warnings. For non-negative integers whose `points · 10 000`
 * is a safe integer; otherwise in decimals.
 */
function fourPlaces(points: number, sum: number): string {
  const n = points * 10000;
  if (!(Number.isSafeInteger(n) && Number.isSafeInteger(sum) && points >= 0 && sum > 0)) return toPlainString(toDec(points).div(sum).toDecimalPlaces(4));
  let q = Math.floor(n / sum);
  while (q * sum > n) q--;
  while ((q + 1) * sum <= n) q++;
  if (2 * (n - q * sum) >= sum) q++;
  const whole = Math.floor(q / 10000);
  const frac = String(q - whole * 10000).padStart(4, '0').replace(/0+$/, '');
  return frac === '' ? String(whole) : `${whole}.${frac}`;
}

function rowWarnings(r: Row, kind: string, index: number, o: Required<Omit<CheckDatasetOptions, 'statements' | 'years'>>, names: Names, out: ConsistencyWarning[]): void {
  const m = r.marks;
  if (m !== undefined) {
    const n2 = m['2'] ?? 0;
    const n3 = m['3'] ?? 0;
    const n4 = m['4'] ?? 0;
    const n5 = m['5'] ?? 0;
    const sum = n2 + n3 + n4 + n5;
    if (r.participants !== undefined && sum !== r.participants) {
      out.push(new RowWarning('MARKS_SUM', pathOf(kind, index, 'marks'), { sum, participants: r.participants }, names, marksSumText(sum, r.participants)));
    }
    if (sum > 0) {
      const printed = r.reported?.mean ?? (r.scoreKind === 'mark' || r.procedure === 'oge' || r.procedure === 'gve9' ? r.mean : undefined);
      if (printed !== undefined && beyond(2 * n2 + 3 * n3 + 4 * n4 + 5 * n5, 1, sum, printed, o.meanTolerance)) {
        const points = 2 * n2 + 3 * n3 + 4 * n4 + 5 * n5;
        out.push(new RowWarning('MEAN_MISMATCH', pathOf(kind, index, r.reported?.mean !== undefined ? 'reported' : 'mean'), { printed: String(printed), computed: fourPlaces(points, sum) }, names, meanText(printed, points, sum)));
      }
      const checks: [string, number, string | number | undefined, string, string][] =
        r.reported === undefined
          ? []
          : [
              ['qualityPercent', n4 + n5, r.reported.qualityPercent, 'качество («4» и «5»)', 'quality (4 and 5)'],
              ['successPercent', n3 + n4 + n5, r.reported.successPercent, 'успеваемость', 'success rate'],
            ];
      for (const [field, count, printedPct, label, en] of checks) {
        if (printedPct === undefined) continue;
        if (beyond(count, 100, sum, printedPct, o.percentTolerance)) {
          const computed = toDec(count).times(100).div(sum).toFixed(2);
          out.push(new RowWarning('SHARE_MISMATCH', pathOf(kind, index, 'reported', field), { printed: String(printedPct), computed, count, total: sum }, names, shareText(label, en, printedPct, count, sum, computed)));
        }
      }
    }
  }
  // score bands: they add up to the participants, and the mean lies where the bands allow it
  if (r.scoreBands !== undefined && r.scoreBands.length > 0) {
    const n = r.scoreBands.reduce((a, b) => a + b.count, 0);
    if (r.participants !== undefined && n !== r.participants) {
      out.push(new RowWarning('BANDS_SUM', pathOf(kind, index, 'scoreBands'), { sum: n, participants: r.participants }, names, bandsSumText(n, r.participants)));
    }
    if (r.mean !== undefined && n > 0) {
      const lo = toDec(r.scoreBands.reduce((a, b) => a + b.from * b.count, 0)).div(n);
      const hi = toDec(r.scoreBands.reduce((a, b) => a + b.to * b.count, 0)).div(n);
      // a printed mean is rounded: half a unit of its last digit either way
      const tol = halfUnit(decimalsOf(r.mean));
      if (toDec(r.mean).lt(lo.minus(tol)) || toDec(r.mean).gt(hi.plus(tol))) {
        out.push(new RowWarning('MEAN_OUTSIDE_BANDS', pathOf(kind, index, 'mean'), { mean: r.mean, lowest: lo.toFixed(2), highest: hi.toFixed(2) }, names, outsideBandsText(r.mean, lo.toFixed(2), hi.toFixed(2))));
      }
    }
  }
  const participants = r.participants;
  for (const field of ['belowMinimum', 'passed', 'winners', 'prizeWinners'] as const) {
    const v = r[field];
    if (v !== undefined && participants !== undefined && v > participants) {
      out.push(new RowWarning('COUNT_EXCEEDS_PARTICIPANTS', pathOf(kind, index, field), { [field]: v, participants }, names, countText(field, v, participants)));
    }
  }
  if (r.reported?.belowMinimumPercent !== undefined && r.belowMinimum !== undefined && participants !== undefined && participants > 0) {
    if (beyond(r.belowMinimum, 100, participants, r.reported.belowMinimumPercent, o.percentTolerance)) {
      const computed = toDec(r.belowMinimum).times(100).div(participants);
      out.push(new RowWarning('SHARE_MISMATCH', pathOf(kind, index, 'reported', 'belowMinimumPercent'), { printed: String(r.reported.belowMinimumPercent), computed: computed.toFixed(2), count: r.belowMinimum, total: participants }, names, belowShareText(r.reported.belowMinimumPercent, r.belowMinimum, participants)));
    }
  }
  if (r.min !== undefined && r.max !== undefined) {
    const stats = { mean: r.mean, median: r.median, mode: r.mode };
    for (const [name, v] of Object.entries(stats)) {
      if (v !== undefined && (v < r.min || v > r.max)) {
        out.push(new RowWarning('STAT_OUT_OF_RANGE', pathOf(kind, index, name), { [name]: v, min: r.min, max: r.max }, names, statText(name, v, r.min, r.max)));
      }
    }
    if (r.min > r.max) {
      out.push(new RowWarning('STAT_OUT_OF_RANGE', pathOf(kind, index, 'min'), { min: r.min, max: r.max }, names, minMaxText(r.min, r.max)));
    }
  }
}

/**
 * Checks a dataset's own numbers and returns warnings with the numbers involved; the data itself
 * is never changed. It finds mark distributions that do not add up to their participants, printed
 * shares and means that disagree with their counts, statistics outside min..max, municipal totals
 * that are not the sum of their schools, stated averages outside the range of what they average
 * (seed 000: «в среднем 84 %» of 83, 65 and 77) or away from their mean («в среднем 73 %» of 61,
 * 51, 71, 75, whose mean is 64,5), more participants than pupils admitted to the exam (seed 000:
 * 557 at ОГЭ mathematics with 491 admitted), staff distributions (by age, service, education,
 * category) that do not add up to the number of teachers, and the figures stated in running text
 * (`options.statements`, see {@link checkStatedFigures}).
 *
 * @param dataset - A parsed dataset.
 * @param options - Tolerances for printed percents and means; figures stated in the text; the years
 *   whose result rows and totals are checked (every year by default).
 * @returns The warnings, in dataset order.
 * @example
 * ```ts
 * // «в среднем 84 %» (L338) и «93 %» (L486) вне диапазона, «73 %» (L345) против среднего 64,5; 557 участников ОГЭ при 491 допущенном
 * checkDataset(dataset).map((w) => w.code) //=> ['AGGREGATE_OUT_OF_RANGE', 'STATED_MEAN_MISMATCH', 'AGGREGATE_OUT_OF_RANGE', 'PARTICIPANTS_EXCEED_ADMITTED']
 * ```
 * @category Model
 */
export function checkDataset(dataset: Dataset, options: CheckDatasetOptions = {}): ConsistencyWarning[] {
  const o = { percentTolerance: options.percentTolerance ?? 0.5, meanTolerance: options.meanTolerance ?? 0.005, statements: [] };
  const out: ConsistencyWarning[] = [];
  const inYears = options.years === undefined ? null : new Set(options.years);
  // the result rows with their index in `results`: packed columns are read in place, never unpacked
  const packed = packedResultsOf(dataset);
  // packed years are 16-bit: the years checked as a table, not a set lookup per row
  let yearOk: Uint8Array | null = null;
  if (packed !== undefined && inYears !== null) {
    yearOk = new Uint8Array(65536);
    for (const y of inYears) if (Number.isInteger(y) && y >= 0 && y < 65536) yearOk[y] = 1;
  }
  /** The rows of the years checked (of the schools `school` marks, by packed school code, when given). */
  const eachResult = (fn: (r: AssessmentResult, i: number) => void, school?: Uint8Array): void => {
    if (packed !== undefined) {
      const cursor = new PackedRow(packed);
      const { year, extras } = packed;
      const schoolOf = packed.school;
      for (let i = 0; i < packed.size; i++) {
        if (yearOk !== null && yearOk[year[i] as number] !== 1) continue;
        if (school !== undefined && school[schoolOf[i] as number] !== 1) continue;
        fn((extras.size === 0 ? undefined : extras.get(i)) ?? cursor.at(i), i);
      }
      return;
    }
    const rows = dataset.results ?? [];
    for (let i = 0; i < rows.length; i++) if (inYears === null || inYears.has((rows[i] as AssessmentResult).year)) fn(rows[i] as AssessmentResult, i);
  };
  const names = namesOf(dataset);
  if (packed !== undefined) {
    // packed columns: a row is looked at as a row only when its numbers may disagree (the few
    // checks a packed row can fail — it has counts, marks and statistics, nothing printed beside
    // them — are read from the columns first); a row with more than the columns hold is checked whole
    const cursor = new PackedRow(packed);
    const { participants, marks, belowMinimum, mean, moreStatsAt, moreStats, procedure, year, extras } = packed;
    const markedMean = Uint8Array.from(packed.procedures, (p) => (p === 'oge' || p === 'gve9' ? 1 : 0));
    for (let i = 0; i < packed.size; i++) {
      if (yearOk !== null && yearOk[year[i] as number] !== 1) continue;
      const extra = extras.size === 0 ? undefined : extras.get(i);
      if (extra !== undefined) rowWarnings(extra, 'results', i, o, names, out);
      else if (mayDisagree(i, participants, marks, belowMinimum, mean, moreStatsAt, moreStats, markedMean[procedure[i] as number] === 1, o.meanTolerance)) rowWarnings(cursor.at(i), 'results', i, o, names, out);
    }
  } else eachResult((r, i) => rowWarnings(r, 'results', i, o, names, out));
  const totals = dataset.territoryResults ?? [];
  for (let i = 0; i < totals.length; i++) {
    const t = totals[i] as TerritoryResult;
    if (inYears === null || inYears.has(t.year)) rowWarnings(t, 'territoryResults', i, o, names, out);
  }

  // municipal totals against the sum of their schools
  const schoolsOf = new Map<string, string>();
  for (const s of dataset.schools) schoolsOf.set(s.id, s.territoryId);
  const sums = new Map<string, { participants: number; marks: number[]; n: number; withoutCount: number; withoutMarks: number; weighted: number; withoutMean: number; meanDecimals: number }>();
  // only the territories that have totals of their own are summed
  const withTotals = new Set(totals.map((t) => t.territoryId));
  // packed columns: the schools of those territories by school code, so that the other rows are skipped unread
  let summed: Uint8Array | undefined;
  if (packed !== undefined && withTotals.size > 0) {
    summed = Uint8Array.from(packed.schoolIds, (id) => {
      const t = schoolsOf.get(id);
      return t !== undefined && withTotals.has(t) ? 1 : 0;
    });
  }
  if (withTotals.size > 0) eachResult((r) => {
    const t = schoolsOf.get(r.schoolId);
    if (t === undefined || !withTotals.has(t)) return;
    const key = `${t}|${r.year}|${r.procedure}|${r.subject}|${r.grade}|${r.stage ?? ''}`;
    const acc = sums.get(key) ?? { participants: 0, marks: [0, 0, 0, 0], n: 0, withoutCount: 0, withoutMarks: 0, weighted: 0, withoutMean: 0, meanDecimals: 0 };
    acc.participants += r.participants ?? 0;
    if (r.mean === undefined || r.participants === undefined) acc.withoutMean++;
    else {
      // in floating point (millions of rows); decided exactly below when near the tolerance
      acc.weighted += r.mean * r.participants;
      acc.meanDecimals = Math.max(acc.meanDecimals, decimalsOf(r.mean));
    }
    if (r.participants === undefined) acc.withoutCount++;
    if (r.marks === undefined) acc.withoutMarks++;
    acc.n++;
    if (r.marks) ['2', '3', '4', '5'].forEach((k, j) => (acc.marks[j] = (acc.marks[j] as number) + (r.marks?.[k as '2'] ?? 0)));
    sums.set(key, acc);
  }, summed);
  (dataset.territoryResults ?? []).forEach((t, i) => {
    if (inYears !== null && !inYears.has(t.year)) return;
    const acc = sums.get(`${t.territoryId}|${t.year}|${t.procedure}|${t.subject}|${t.grade}|${t.stage ?? ''}`);
    if (acc === undefined) return;
    // a school row without its count (seed 004 T1 prints only means) is missing data, not a mismatch
    if (t.participants !== undefined && acc.withoutCount === 0 && acc.participants !== t.participants) {
      out.push({
        code: 'TOTAL_MISMATCH',
        path: ['territoryResults', i, 'participants'],
        numbers: { total: t.participants, sumOfSchools: acc.participants, schools: acc.n },
        message: { ru: `${names.row(t).ru}: итог ${participantsRu(t.participants)}, а сумма по ${acc.n} ${pluralForm(acc.n, ['школе', 'школам', 'школам'])} — ${acc.participants}`, en: `${names.row(t).en}: total ${t.participants} participants, the ${acc.n} schools add up to ${acc.participants}` },
      });
    }
    // the printed mean of the total against the participant-weighted means of its schools, within the
    // rounding of both (seed 004, T8: 56,47 from integer school means against «57» is rounding)
    if (t.mean !== undefined && acc.withoutMean === 0 && acc.withoutCount === 0 && acc.participants > 0) {
      const tol = halfUnit(acc.meanDecimals).plus(halfUnit(decimalsOf(t.mean)));
      const d = Math.abs(acc.weighted / acc.participants - t.mean);
      let weighted = toDec(acc.weighted).div(acc.participants);
      let off = d > tol.toNumber();
      if (Math.abs(d - tol.toNumber()) <= 1e-9 * Math.max(1, Math.abs(t.mean))) {
        // near the boundary: the exact sum of the schools' rows
        const key = `${t.territoryId}|${t.year}|${t.procedure}|${t.subject}|${t.grade}|${t.stage ?? ''}`;
        let exact = toDec(0);
        eachResult((r) => {
          if (r.mean === undefined || r.participants === undefined || `${schoolsOf.get(r.schoolId)}|${r.year}|${r.procedure}|${r.subject}|${r.grade}|${r.stage ?? ''}` !== key) return;
          exact = exact.plus(toDec(r.mean).times(r.participants));
        });
        weighted = exact.div(acc.participants);
        off = weighted.minus(toDec(t.mean)).abs().gt(tol);
      }
      if (off) {
        out.push({
          code: 'TOTAL_MEAN_MISMATCH',
          path: ['territoryResults', i, 'mean'],
          numbers: { total: t.mean, weightedMeanOfSchools: weighted.toFixed(2), schools: acc.n },
          message: {
            ru: `${names.row(t).ru}: итоговый средний балл ${ru(t.mean)}, а взвешенное по участникам среднее ${acc.n} ${pluralForm(acc.n, ['школы', 'школ', 'школ'])} — ${ru(weighted.toFixed(2))}`,
            en: `${names.row(t).en}: the total's mean is ${t.mean}, the participant-weighted mean of the ${acc.n} schools is ${weighted.toFixed(2)}`,
          },
        });
      }
    }
    if (t.marks !== undefined && acc.withoutMarks === 0) {
      ['2', '3', '4', '5'].forEach((k, j) => {
        const total = t.marks?.[k as '2'] ?? 0;
        if (total !== acc.marks[j]) {
          out.push({
            code: 'TOTAL_MISMATCH',
            path: ['territoryResults', i, 'marks', k],
            numbers: { total, sumOfSchools: acc.marks[j] as number },
            message: { ru: `${names.row(t).ru}: итог по отметке «${k}» ${total}, а сумма по школам — ${String(acc.marks[j])}`, en: `${names.row(t).en}: total for mark ${k} is ${total}, the schools add up to ${String(acc.marks[j])}` },
          });
        }
      });
    }
  });

  // stated aggregates against their components
  out.push(...checkStatedFigures(dataset.reported ?? [], 'reported'));
  if (options.statements !== undefined) out.push(...checkStatedFigures(options.statements, 'statements'));

  // participants against pupils admitted to ГИА
  for (const f of dataset.territoryFacts ?? []) {
    for (const [grade, admitted, procs] of [
      [9, f.admittedToGia9, ['oge', 'gve9']],
      [11, f.admittedToGia11, ['ege', 'gve11']],
    ] as const) {
      if (admitted === undefined) continue;
      (dataset.territoryResults ?? []).forEach((t, i) => {
        if (t.territoryId !== f.territoryId || t.year !== f.year || t.grade !== grade || !(procs as readonly string[]).includes(t.procedure)) return;
        if (t.participants !== undefined && t.participants > admitted) {
          out.push({
            code: 'PARTICIPANTS_EXCEED_ADMITTED',
            path: ['territoryResults', i, 'participants'],
            numbers: { participants: t.participants, admitted },
            message: { ru: `${names.row(t).ru}: ${participantsRu(t.participants)} при ${admitted} ${pluralForm(admitted, ['допущенном', 'допущенных', 'допущенных'])} к ГИА-${grade}`, en: `${names.row(t).en}: ${t.participants} participants but only ${admitted} admitted to the grade ${grade} exams` },
          });
        }
      });
    }
  }

  // staff distributions against the number of teachers
  // where a staff is, in words, written only for a staff with a warning (a national file has one per school)
  (dataset.staffing ?? []).forEach((st, i) => staffWarnings(st, () => ({ ru: `${names.place(st.schoolId).ru}, ${st.year}`, en: `${names.place(st.schoolId).en}, ${st.year}` }), ['staffing', i], out));
  (dataset.territoryFacts ?? []).forEach((f, i) => {
    if (f.staff !== undefined) staffWarnings(f.staff, () => ({ ru: `${names.place(f.territoryId).ru}, ${f.year}`, en: `${names.place(f.territoryId).en}, ${f.year}` }), ['territoryFacts', i, 'staff'], out);
  });
  return out;
}

/**
 * A staff's distributions against its number of teachers: the age and service bands and the
 * education split must add up to it; the qualification categories may not exceed it (teachers
 * without a category are not counted there).
 */
function staffWarnings(st: Pick<StaffStructure, 'teachers' | 'ageBands' | 'serviceBands'> & Partial<Pick<StaffStructure, 'education' | 'qualification'>>, whereOf: () => Where, path: (string | number)[], out: ConsistencyWarning[]): void {
  const sumOf = (xs: readonly (number | undefined)[]): number => xs.reduce<number>((a, x) => a + (x ?? 0), 0);
  const age = st.ageBands && sumOf(st.ageBands.map((b) => b.count));
  const service = st.serviceBands && sumOf(st.serviceBands.map((b) => b.count));
  const education = st.education?.higher !== undefined && st.education.secondaryVocational !== undefined ? st.education.higher + st.education.secondaryVocational : undefined;
  const qualification = st.qualification && sumOf([st.qualification.highest, st.qualification.first, st.qualification.matchesPosition]);
  const off = (sum: number | undefined, exact: boolean): boolean => !(sum === undefined || sum === st.teachers || (!exact && sum < st.teachers));
  // nothing disagrees (as a rule): no words, no list of parts
  if (!off(age, true) && !off(service, true) && !off(education, true) && !off(qualification, false)) return;
  const where = whereOf();
  const parts: [string, string, string, number | undefined, boolean][] = [
    ['ageBands', 'возраст', 'age', age, true],
    ['serviceBands', 'стаж', 'length of service', service, true],
    ['education', 'образование', 'education', education, true],
    ['qualification', 'квалификационные категории', 'qualification categories', qualification, false],
  ];
  for (const [field, ru, en, sum, exact] of parts) {
    if (sum === undefined || sum === st.teachers || (!exact && sum < st.teachers)) continue;
    out.push({
      code: 'DISTRIBUTION_SUM',
      path: [...path, field],
      numbers: { sum, teachers: st.teachers },
      message: { ru: `${where.ru}: распределение «${ru}» даёт ${sum} ${pluralForm(sum, ['педагога', 'педагогов', 'педагогов'])} из ${st.teachers}`, en: `${where.en}: the ${en} distribution adds up to ${sum} teachers of ${st.teachers}` },
    });
  }
}

/** The number of decimals a figure is printed with («64,50» → 2, «73» → 0). */
function decimalsOf(x: number | string): number {
  try {
    return decimalsAsWritten(x);
  } catch {
    return 0;
  }
}

/** A stated figure as printed, digits grouped («5 220 058,68»; «64,50» keeps its zero). */
// a negative difference is printed with a true minus in Russian («разница −2», as in the explanations)
const fmt = (x: number | string, lang: 'ru' | 'en' = 'ru'): string => {
  const t = formatNumber(x, { decimals: decimalsOf(x), lang });
  return lang === 'ru' ? t.replace(/^-/, '−') : t;
};

/** How printed shares are made: rounded half-up, half-even or half-down, or truncated; never rounded up. */
const PRINT_MODES = ['half-up', 'half-even', 'half-down', 'down'] as const;

/** The counts k of `total` whose share k / total, in percent, prints as `printed` under one of the print modes. */
function countsThatPrint(printed: number | string, total: number): number[] {
  const decimals = decimalsOf(printed);
  const target = toDec(printed).toFixed(decimals);
  const out: number[] = [];
  for (let k = 0; k <= total; k++) {
    const exact = toPlainString(toDec(k).times(100).div(total));
    if (PRINT_MODES.some((m) => round(exact, decimals, m) === target)) out.push(k);
  }
  return out;
}

/** Half a unit of the last printed digit: how far a rounded figure may be from the exact one. */
const halfUnit = (decimals: number): ReturnType<typeof toDec> => toDec(5).times(toDec(10).pow(-(decimals + 1)));

/**
 * Checks figures stated in a report against the figures they are stated about, exactly in
 * decimals, within the rounding of the printed numbers (a figure printed as «64,50» may be 0,005
 * away from the exact one; counts printed without decimals are exact):
 * - a stated sum against its parts: `TOTAL_MISMATCH`, or `SUM_WITHIN_ROUNDING` as a note when the
 *   difference is only the rounding of the parts (seed 001: 64,50 against 55,37 + 9,12 = 64,49);
 * - a stated mean against the range of its parts (`AGGREGATE_OUT_OF_RANGE`) and against their mean
 *   (`STATED_MEAN_MISMATCH`: «в среднем 73 %» of 61, 51, 71, 75 is 64,5), or against the bounds it
 *   must respect when only some parts are stated;
 * - a percent above 100 or below 0 (`PERCENT_OUT_OF_RANGE`: «765 %»);
 * - a printed share against its count and total (`SHARE_MISMATCH`: 168 of 839 is 20,0 %, not 21,6 %),
 *   or, with no count stated, whether any count of that total prints so (`SHARE_UNREACHABLE`: 86 %
 *   of 18 schools);
 * - one share printed several ways (`ROUNDING_VARIANTS`, a note when each is a correct rounding:
 *   5 of 16 as «31» and «31,3»; `SHARE_MISMATCH` when one is not).
 * A printed share is taken as rounded half-up, half-even or half-down, or truncated; never rounded up.
 *
 * @param figures - The stated figures.
 * @param collection - The name of their collection in paths (`reported`, `statements`).
 * @returns The warnings and notes, in the figures' order.
 * @example
 * ```ts
 * checkStatedFigures([{ id: 'c7', label: 'ЕГЭ: русский + профильная математика', kind: 'sum', value: 174, components: [94, 82] }])[0].numbers
 * //=> { stated: '174', sum: '176', difference: '-2' }
 * ```
  * @category Model
 */
export function checkStatedFigures(figures: readonly StatedFigure[], collection = 'statements'): ConsistencyWarning[] {
  const out: ConsistencyWarning[] = [];
  figures.forEach((a, i) => {
    const path = [collection, i];
    if (a.kind === 'sum') {
      const sum = a.components.map((c) => toDec(c)).reduce((x, y) => x.plus(y));
      const value = toDec(a.value);
      if (sum.eq(value)) return;
      const d = Math.max(decimalsOf(a.value), ...a.components.map(decimalsOf));
      // each rounded part, and the rounded total, may be half a unit away from its exact value
      const tolerance = d === 0 ? toDec(0) : halfUnit(d).times(a.components.length + 1);
      const diff = value.minus(sum).abs();
      const within = diff.lte(tolerance);
      out.push({
        code: within ? 'SUM_WITHIN_ROUNDING' : 'TOTAL_MISMATCH',
        ...(within ? { severity: 'note' as const } : {}),
        path,
        numbers: { stated: String(a.value), sum: toPlainString(sum), ...(within ? { tolerance: toPlainString(tolerance) } : { difference: toPlainString(value.minus(sum)) }) },
        message: within
          ? { ru: `«${a.label}»: итог ${fmt(a.value)}, сумма слагаемых ${fmt(sum.toFixed(d))} — расхождение ${ru(toPlainString(diff))} в пределах округления (до ${ru(toPlainString(tolerance))}), не ошибка`, en: `"${a.label}": stated ${fmt(a.value, 'en')}, the parts add up to ${fmt(sum.toFixed(d), 'en')}; the difference ${toPlainString(diff)} is within rounding (up to ${toPlainString(tolerance)}), not an error` }
          : { ru: `«${a.label}»: итог ${fmt(a.value)}, а сумма слагаемых — ${fmt(sum.toFixed(d))}; разница ${fmt(value.minus(sum).toFixed(d))}`, en: `"${a.label}": stated total ${fmt(a.value, 'en')}, the parts add up to ${fmt(sum.toFixed(d), 'en')}; the difference is ${fmt(value.minus(sum).toFixed(d), 'en')}` },
      });
    } else if (a.kind === 'mean') {
      const value = toDec(a.value);
      const comps = (a.components ?? []).map((c) => toDec(c));
      if (comps.length > 0) {
        const lo = comps.reduce((x, y) => (y.lt(x) ? y : x));
        const hi = comps.reduce((x, y) => (y.gt(x) ? y : x));
        const mean = comps.reduce((x, y) => x.plus(y)).div(comps.length);
        if (value.lt(lo) || value.gt(hi)) {
          out.push({
            code: 'AGGREGATE_OUT_OF_RANGE',
            path,
            numbers: { stated: String(a.value), min: toPlainString(lo), max: toPlainString(hi), meanOfComponents: mean.toFixed(2) },
            message: { ru: `«${a.label}»: среднее ${ru(a.value)} вне диапазона усредняемых значений (${ru(toPlainString(lo))}…${ru(toPlainString(hi))}); их среднее — ${ru(mean.toFixed(2))}`, en: `"${a.label}": the stated mean ${String(a.value)} lies outside the values it averages (${toPlainString(lo)}…${toPlainString(hi)}); their mean is ${mean.toFixed(2)}` },
          });
        } else {
          const tolerance = halfUnit(decimalsOf(a.value)).plus(halfUnit(Math.max(...(a.components ?? []).map(decimalsOf))));
          if (value.minus(mean).abs().gt(tolerance)) {
            out.push({
              code: 'STATED_MEAN_MISMATCH',
              path,
              numbers: { stated: String(a.value), meanOfComponents: toPlainString(mean.toDecimalPlaces(4)), components: a.components?.map(String).join('; ') ?? '' },
              message: { ru: `«${a.label}»: указано среднее ${ru(a.value)}, а среднее указанных значений (${(a.components ?? []).map(ru).join('; ')}) — ${ru(toPlainString(mean.toDecimalPlaces(2)))}`, en: `"${a.label}": the stated mean is ${String(a.value)}, the mean of the stated values (${(a.components ?? []).map(String).join('; ')}) is ${toPlainString(mean.toDecimalPlaces(2))}` },
            });
          }
        }
      }
      const max = a.bounds?.max;
      const min = a.bounds?.min;
      if ((max !== undefined && value.gt(toDec(max))) || (min !== undefined && value.lt(toDec(min)))) {
        const bound = max !== undefined && value.gt(toDec(max)) ? { side: 'max', v: max } : { side: 'min', v: min as number | string };
        out.push({
          code: 'AGGREGATE_OUT_OF_RANGE',
          path,
          numbers: { stated: String(a.value), [bound.side]: String(bound.v) },
          message:
            bound.side === 'max'
              ? { ru: `«${a.label}»: среднее ${ru(a.value)} больше наибольшего из усредняемых значений (${ru(bound.v)})`, en: `"${a.label}": the stated mean ${String(a.value)} exceeds the largest value averaged (${String(bound.v)})` }
              : { ru: `«${a.label}»: среднее ${ru(a.value)} меньше наименьшего из усредняемых значений (${ru(bound.v)})`, en: `"${a.label}": the stated mean ${String(a.value)} is below the smallest value averaged (${String(bound.v)})` },
        });
      }
    } else if (a.kind === 'percent') {
      const v = toDec(a.value);
      if (v.gt(100) || v.lt(0)) {
        out.push({
          code: 'PERCENT_OUT_OF_RANGE',
          path,
          numbers: { stated: String(a.value) },
          message: { ru: `«${a.label}»: ${ru(a.value)} % — доля не может быть ${v.gt(100) ? 'больше 100' : 'меньше 0'} %`, en: `"${a.label}": ${String(a.value)} % — a share cannot be ${v.gt(100) ? 'above 100' : 'below 0'} %` },
        });
      }
    } else if (a.kind === 'share') {
      const matches = countsThatPrint(a.value, a.total);
      if (a.count !== undefined) {
        if (!matches.includes(a.count)) {
          const computed = toDec(a.count).times(100).div(a.total);
          const d = decimalsOf(a.value);
          out.push({
            code: 'SHARE_MISMATCH',
            path,
            numbers: { printed: String(a.value), computed: computed.toFixed(Math.max(1, d)), count: a.count, total: a.total, ...(matches.length > 0 ? { countsThatFit: matches.join('; ') } : {}) },
            message: { ru: `«${a.label}»: указано ${ru(a.value)} %, а ${a.count} из ${a.total} — это ${ru(computed.toFixed(Math.max(1, d)))} %`, en: `"${a.label}": ${String(a.value)} % stated, but ${a.count} of ${a.total} is ${computed.toFixed(Math.max(1, d))} %` },
          });
        }
      } else if (matches.length === 0) {
        out.push({
          code: 'SHARE_UNREACHABLE',
          path,
          numbers: { printed: String(a.value), total: a.total },
          message: { ru: `«${a.label}»: ${ru(a.value)} % не получается ни при каком числе из ${a.total}`, en: `"${a.label}": no count out of ${a.total} gives ${String(a.value)} %` },
        });
      }
    } else {
      const exact = toDec(a.count).times(100).div(a.total);
      const wrong = a.printed.filter((p) => !countsThatPrint(p, a.total).includes(a.count));
      if (wrong.length > 0) {
        out.push({
          code: 'SHARE_MISMATCH',
          path,
          numbers: { printed: wrong.map(String).join('; '), computed: toPlainString(exact.toDecimalPlaces(4)), count: a.count, total: a.total },
          message: { ru: `«${a.label}»: ${wrong.map(ru).join('; ')} % не является округлением ${a.count} из ${a.total} (${ru(toPlainString(exact.toDecimalPlaces(4)))} %)`, en: `"${a.label}": ${wrong.map(String).join('; ')} % is not a rounding of ${a.count} of ${a.total} (${toPlainString(exact.toDecimalPlaces(4))} %)` },
        });
      } else if (new Set(a.printed.map((p) => toPlainString(toDec(p)))).size > 1) {
        out.push({
          code: 'ROUNDING_VARIANTS',
          severity: 'note',
          path,
          numbers: { printed: a.printed.map(String).join('; '), computed: toPlainString(exact.toDecimalPlaces(4)), count: a.count, total: a.total },
          message: { ru: `«${a.label}»: одна доля ${a.count} из ${a.total} (${ru(toPlainString(exact.toDecimalPlaces(4)))} %) напечатана по-разному: ${a.printed.map(ru).join(' и ')}`, en: `"${a.label}": one share, ${a.count} of ${a.total} (${toPlainString(exact.toDecimalPlaces(4))} %), is printed differently: ${a.printed.map(String).join(' and ')}` },
        });
      }
    }
  });
  return out;
}
