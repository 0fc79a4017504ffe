import { type CategoryHistory, HistoryBuilder } from '../criteria/history.js';
import { type Identification, type PreparedDataset, forgetYear, openIdentification, preparedOf, statusesOfYear } from '../criteria/identify.js';
import type { Dataset } from '../model/dataset.js';
import type { Outcome } from '../core/outcome.js';
import { type ConsistencyWarning, type StatedFigure, checkDataset } from '../model/checkConsistency.js';
import { type FinancingCheck, checkFinancing } from '../plans/checkFinancing.js';
import { type PlanExecutionSummary, summarizePlanExecution } from '../plans/summarizePlanExecution.js';
import { type ActualPoint, type IndicatorEvaluation, evaluateIndicator } from '../indicators/evaluateIndicator.js';
import { type IndicatorSummary, summarizeIndicators } from '../indicators/summarizeIndicators.js';
import { FEDERAL_500_CATALOGUE, FEDERAL_500_CATALOGUE_WITH_MOTIVATION, type RiskCatalogue, SEED_000_RISK_CATALOGUE } from '../risk/catalogue.js';
import { type RiskFactorSummary, summarizeRiskProfiles } from '../risk/dynamics.js';
import { type RiskProfile, computeRiskProfile } from '../risk/profile.js';
import { type DatedEvent, type UndatedEvent, programCalendar, undatedEvents } from './calendar.js';
import type { Program } from './schema.js';

/**
 * Options for {@link evaluateProgram}.
 *
 * @category Programs
 */
export interface EvaluateProgramOptions {
  /** Actual values of the program's indicators by indicator id. */
  readonly actuals?: Readonly<Record<string, readonly ActualPoint[]>>;
  /** Imported risk profiles (ФИОКО or self-diagnosis); computed ones are added from the program's bands. */
  readonly riskProfiles?: readonly RiskProfile[];
  /** Keep identification traces; `false` by default (the explanations are kept). */
  readonly trace?: boolean;
  /**
   * Write the explanation of every verdict in Russian and English; `true` by default. For a
   * national dataset turn it off (explanations take about 20 KB per school) and explain the
   * schools you show with `openIdentification(…).school(id)`.
   */
  readonly explain?: boolean;
  /** Risk catalogues the program may name; the federal ones and seed 000's subset by default. */
  readonly catalogues?: readonly RiskCatalogue[];
  /** The date of the plan's execution summary (ISO `YYYY-MM-DD`); 31 December of `year` by default. */
  readonly asOf?: string;
  /** Figures stated in the program's text, checked with the dataset (besides the dataset's own `reported`). */
  readonly statements?: readonly StatedFigure[];
  /**
   * Called as each step of the program year starts, so that a national evaluation (tens of seconds)
   * can show where it is; nothing is called when omitted.
   */
  readonly onProgress?: (step: ProgramStep) => void;
}

/**
 * A step of {@link evaluateProgram}, as its `onProgress` reports it: the evaluated year's
 * identification, each earlier year's (for the history, latest first), the history, the risk
 * profiles, the indicators, the consistency checks.
 *
 * @category Programs
 */
export interface ProgramStep {
  /** Which step starts. */
  readonly step: 'identification' | 'earlier_year' | 'history' | 'risk_profiles' | 'indicators' | 'checks';
  /** The year the step is about (the earlier year for `earlier_year`, else the year evaluated). */
  readonly year: number;
}

/**
 * Everything a program year produces, as one JSON-serialisable value.
 *
 * @category Programs
 */
export interface ProgramEvaluation {
  /** The program. */
  readonly programId: string;
  /** Its name. */
  readonly programName: { readonly ru: string; readonly en?: string | undefined };
  /** The year evaluated. */
  readonly year: number;
  /** The dataset evaluated. */
  readonly datasetId: string;
  /** Identification, with explanations unless `explain: false` (`null` when the program has no methodology). */
  readonly identification: Identification | null;
  /** Each category's history over the dataset's years up to `year`. */
  readonly history: readonly { readonly categoryId: string; readonly schools: readonly CategoryHistory[] }[];
  /** Risk profiles of the year and their municipal summary. */
  readonly risk: {
    readonly catalogueId: string;
    /** The factors' names, in the catalogue's order. */
    readonly factors: readonly { readonly id: string; readonly ru: string; readonly en?: string | undefined }[];
    readonly profiles: readonly RiskProfile[];
    readonly summary: readonly RiskFactorSummary[];
  } | null;
  /** Indicators against their targets, each year up to `year` that has a target or an actual. */
  readonly indicators: { readonly evaluations: readonly IndicatorEvaluation[]; readonly summary: IndicatorSummary; readonly byYear: Readonly<Record<string, readonly IndicatorEvaluation[]>> };
  /** Consistency warnings about the data. */
  readonly warnings: readonly ConsistencyWarning[];
  /** The monitoring calendar of the school year starting in `year`. */
  readonly calendar: readonly DatedEvent[];
  /** The plan's execution on `asOf` (not applicable when the program has no plan). */
  readonly plan: Outcome<PlanExecutionSummary>;
  /** The financing plan's sums checked (not applicable when the program has no financing plan). */
  readonly financing: Outcome<FinancingCheck>;
  /** Events the program gives no month for («по графику ИРО»). */
  readonly undatedEvents: readonly UndatedEvent[];
}

/** Every year a dataset may hold up to `year`. */
function yearsUpTo(year: number): number[] {
  const out: number[] = [];
  for (let y = 1990; y <= year; y++) out.push(y);
  return out;
}

/** An own property of a record of actuals: an indicator id such as `constructor` finds nothing inherited. */
function actualsOf(actuals: EvaluateProgramOptions['actuals'], id: string): readonly ActualPoint[] {
  if (actuals === undefined || !Object.prototype.hasOwnProperty.call(actuals, id)) return [];
  const a = actuals[id];
  return Array.isArray(a) ? a : [];
}

/** The year's identification and each category's history over the dataset's earlier years. */
function identifyWithHistory(m: NonNullable<Program['methodology']>, prepared: PreparedDataset, year: number, options: EvaluateProgramOptions, step: (p: ProgramStep) => void): { identification: Identification; history: ProgramEvaluation['history'] } {
  // one session serves every year: the year evaluated in full, and each earlier one once, as
  // statuses (no trace, explanation, verdict, index, list or named missing input), through the
  // session's evaluators of statuses only of every year — a year that later ones read (persistence,
  // a category of another year) is evaluated once for all of them
  step({ step: 'identification', year });
  const session = openIdentification(m, prepared, year);
  const identification = session.all({ trace: options.trace ?? false, explain: options.explain ?? true });
  const years = [...new Set(prepared.dataset.years)].filter((y) => y < year).sort((a, b) => a - b);
  // each category's history read year by year: the earlier years' verdicts are never all held at once
  const builder = new HistoryBuilder(m.categories.map((c) => ({ categoryId: c.id, scale: c.kind === 'classifier' ? c.scale : undefined })));
  builder.add(identification);
  // latest first: a year is read only by itself and later ones, so each is let go once its outcomes are taken
  for (let i = years.length - 1; i >= 0; i--) {
    const y = years[i] as number;
    step({ step: 'earlier_year', year: y });
    // statuses only, as codes: no verdict, outcome or list of missing inputs per school
    builder.addTokens(statusesOfYear(session, y));
    forgetYear(session, y);
  }
  step({ step: 'history', year });
  const histories = builder.finish();
  return { identification, history: m.categories.map((c, k) => ({ categoryId: c.id, schools: histories[k] as CategoryHistory[] })) };
}

/**
 * Evaluates a program for a year over a dataset: identification with explanations (and its history
 * over the dataset's earlier years), risk profiles with a municipal summary, indicators against
 * targets (with every earlier year, for dynamics), consistency warnings about the data, the
 * monitoring calendar (and the events it cannot date), the plan's execution on a date and the
 * financing plan's sums checked — one JSON-serialisable value.
 *
 * @param program - The program (a preset or parsed with `parseProgram`).
 * @param data - The dataset, or a `PreparedDataset` (from `prepareDataset`) when evaluating several
 *   years or programs over the same data: it is then indexed once.
 * @param year - The year.
 * @param options - Indicator actuals, imported risk profiles, traces, explanations, the date of the
 *   plan's execution (`asOf`), figures stated in the text (`statements`), a callback for each step (`onProgress`).
 * @returns The evaluation.
 * @throws {@link ShnorError} errors of `identify` and `evaluateIndicator` for inconsistent definitions;
 *   `INVALID_OPTION` when `asOf` is not a date.
 * @example
 * ```ts
 * // программа Режевского округа (seed 000) за 2023 год на данных примера
 * const r = evaluateProgram(SEED_000_PROGRAM, dataset, 2023, { actuals });
 * r.indicators.summary.counts //=> { achieved: 2, not_achieved: 8, not_applicable: 0, missing: 0 }
 * // с отметками хода: идентификация 2023 года, затем 2022-го и 2021-го для истории, …
 * const steps: string[] = [];
 * evaluateProgram(SEED_000_PROGRAM, dataset, 2023, { onProgress: (p) => steps.push(`${p.step} ${p.year}`) });
 * steps.slice(0, 3) //=> ['identification 2023', 'earlier_year 2022', 'earlier_year 2021']
 * ```
 * @category Programs
 */
export function evaluateProgram(program: Program, data: Dataset | PreparedDataset, year: number, options: EvaluateProgramOptions = {}): ProgramEvaluation {
  const step = options.onProgress ?? ((): void => undefined);
  const prepared = preparedOf(data);
  const dataset = prepared.dataset;
  // in a function of its own: the session (its evaluators, values and indexes of every year) and the
  // earlier years' outcomes are let go before the risk profiles and the checks, not kept to the end
  const { identification, history } = program.methodology === undefined ? { identification: null, history: [] } : identifyWithHistory(program.methodology, prepared, year, options, step);
  let risk: ProgramEvaluation['risk'] = null;
  const catalogues = options.catalogues ?? [FEDERAL_500_CATALOGUE, FEDERAL_500_CATALOGUE_WITH_MOTIVATION, SEED_000_RISK_CATALOGUE];
  const catalogue = catalogues.find((c) => c.id === program.riskCatalogueId);
  if (catalogue !== undefined) {
    const imported = (options.riskProfiles ?? []).filter((p) => p.year === year);
    // computed for the schools without an imported profile, over the dataset indexed once
    const computed: RiskProfile[] = [];
    if (program.riskBands !== undefined && program.riskBands.length > 0) {
      step({ step: 'risk_profiles', year });
      const have = new Set(imported.map((p) => p.schoolId));
      for (const s of dataset.schools) if (!have.has(s.id)) computed.push(computeRiskProfile(prepared, s.id, year, program.riskBands, catalogue).profile);
    }
    const profiles = [...imported, ...computed];
    const previous = (options.riskProfiles ?? []).filter((p) => p.year === year - 1);
    risk = { catalogueId: catalogue.id, factors: catalogue.factors.map((f) => ({ id: f.id, ...f.name })), profiles, summary: summarizeRiskProfiles(profiles, catalogue, previous.length > 0 ? previous : undefined) };
  }
  // by own key: an indicator id is data, and `byYear['constructor']` must not find Object's
  const byYear: Record<string, IndicatorEvaluation[]> = Object.create(null) as Record<string, IndicatorEvaluation[]>;
  const evaluations: IndicatorEvaluation[] = [];
  if (program.indicators.length > 0) step({ step: 'indicators', year });
  for (const def of program.indicators) {
    const actuals = actualsOf(options.actuals, def.id);
    const e = evaluateIndicator(def, actuals, year);
    evaluations.push(e);
    for (let y = program.period.from; y <= year; y++) {
      (byYear[String(y)] ??= []).push(y === year ? e : evaluateIndicator(def, actuals, y));
    }
  }
  // the data the program year reads: its year and the earlier ones
  step({ step: 'checks', year });
  const warnings = checkDataset(dataset, { years: yearsUpTo(year), ...(options.statements !== undefined ? { statements: options.statements } : {}) });
  return {
    programId: program.id,
    programName: program.name,
    year,
    datasetId: dataset.id,
    identification,
    history,
    risk,
    indicators: { evaluations, summary: summarizeIndicators(evaluations), byYear: { ...byYear } },
    warnings,
    calendar: programCalendar(program, year),
    plan: summarizePlanExecution(program, options.asOf ?? `${year}-12-31`),
    financing: checkFinancing(program),
    undatedEvents: undatedEvents(program),
  };
}
