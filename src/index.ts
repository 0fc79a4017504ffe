/**
 * shnor: identification of ШНОР / ШНСУ, risk-factor profiles, target indicators and dynamics for
 * Russian school-improvement programs, as typed data and pure functions.
 *
 * @packageDocumentation
 */

// errors
export { ShnorError } from './errors/ShnorError.js';
export { isShnorError } from './errors/core.js';
export type { Bilingual, ErrorCode, ErrorDetailsMap, FieldValue, Received, ValidationIssueLike } from './errors/messages.js';

// the three states of every computed value
export { value as valueOutcome, notApplicable as notApplicableOutcome, missing as missingOutcome, hasValue, mapOutcome } from './core/outcome.js';
export type { Outcome, Value, NotApplicable, Missing, Reason } from './core/outcome.js';

// exact numbers
export { share, sharePercent, shareToPercent } from './numbers/share.js';
export type { Share } from './numbers/share.js';
export { compareShareToPercent } from './numbers/compareShare.js';
export { satisfies as signSatisfies } from './numbers/compare.js';
export { percentOf, minCountForPercent } from './numbers/percentOf.js';
export { round, roundToNumber } from './numbers/round.js';
export { quantity, percentagePointChange, relativePercentChange } from './numbers/quantity.js';
export type { PercentLevel } from './numbers/quantity.js';
export { formatNumber, formatPercent, formatQuantity } from './numbers/format.js';
export type { FormatOptions, Lang } from './numbers/format.js';
export { ROUNDING_MODES, COMPARISON_OPERATORS } from './numbers/types.js';
export { compareValue, compareNumbers, readThreshold, NUMBER_TOLERANCE } from './numbers/compare.js';
export type { ComparableValue, Threshold } from './numbers/compare.js';
export { OPERATORS, operatorSymbol, operatorWords, parseOperator } from './numbers/operators.js';
export { REASONS, reason as notApplicableBecause, emptyDenominator } from './numbers/reasons.js';
export type { ReasonCode } from './numbers/reasons.js';
export { formatInSentence } from './numbers/format.js';
export { pluralForm } from './errors/plural.js';
export { MAX_DECIMAL_DIGITS, readNumber } from './numbers/decimal.js';
export type { DecimalString, DecimalInput, RoundingMode, ComparisonOperator, Unit, Quantity } from './numbers/types.js';

// dynamics
export { change } from './dynamics/change.js';
export type { ChangeOptions } from './dynamics/change.js';
export { compareProportions } from './dynamics/compareProportions.js';
export type { CompareProportionsOptions, ProportionTestOptions } from './dynamics/compareProportions.js';
export { interpretPercentChange } from './dynamics/interpretPercentChange.js';
export type { PercentChangeReadings } from './dynamics/interpretPercentChange.js';
export { analyzeSeries, positiveDynamics } from './dynamics/series.js';
export type { SeriesPoint, YearChange, Trend, SeriesAnalysis, AnalyzeSeriesOptions, PositiveDynamicsOptions, PositiveDynamics } from './dynamics/series.js';
export { detectInstability } from './dynamics/detectInstability.js';
export type { DetectInstabilityOptions, InstabilityOptions, Instability } from './dynamics/detectInstability.js';
export { rankByImprovement } from './dynamics/rankByImprovement.js';
export type { RankByImprovementOptions, ImprovementRankingOptions, ImprovementRow } from './dynamics/rankByImprovement.js';
export { gapToReference, gapTrend } from './dynamics/gapToReference.js';
export type { GapOptions, Gap, GapChange } from './dynamics/gapToReference.js';
export { ordinalTransition, listTransition, confirmedImprovement } from './dynamics/transitions.js';
export type { OrdinalTransition, ListTransition } from './dynamics/transitions.js';
export type { Scale, Better, LevelScale, MeasureSpec, ChangeUnit, Tolerance, LevelInput, ChangeClass, Change, ProportionTest } from './dynamics/types.js';

// validation
export type { ValidationIssue, SafeResult } from './model/validation.js';
export { MAX_COUNT, DecimalValueSchema, YearSchema, CountSchema, IdSchema, NameSchema, SourceSchema } from './model/primitives.js';
export { PercentValueSchema, ShareSchema, IsoDateSchema, isIsoDate, YEAR_RANGE, MAX_DECIMAL_MAGNITUDE } from './model/primitives.js';
export type { DecimalValue, Name, Source } from './model/primitives.js';

// target indicators
export {
  IndicatorDefinitionSchema,
  IndicatorTargetSchema,
  IndicatorComputationSchema,
  IndicatorUnitSchema,
  parseIndicatorDefinition,
  safeParseIndicatorDefinition,
} from './indicators/definition.js';
export type { IndicatorDefinition, IndicatorTarget, IndicatorComputation, IndicatorUnit } from './indicators/definition.js';
export { evaluateIndicator } from './indicators/evaluateIndicator.js';
export { ActualValueSchema, ActualPointSchema, IndicatorActualsSchema, ActualsSchema, ActualsFileSchema, checkActuals, parseActuals, safeParseActuals, safeParseIndicatorActuals } from './indicators/actuals.js';
export type { Actuals } from './indicators/actuals.js';
export type {
  IndicatorActual,
  ActualPoint,
  IndicatorStatus,
  ResolvedTarget,
  EvaluateIndicatorOptions,
  IndicatorEvaluation,
} from './indicators/evaluateIndicator.js';
export { shareOfSchools } from './indicators/shareOfSchools.js';
export type { ShareOfSchools, ShareOfSchoolsOptions } from './indicators/shareOfSchools.js';
export { matchShareCounts, checkTargetDenominators } from './indicators/checkDenominator.js';
export type { ShareMatch, DenominatorCheckRow } from './indicators/checkDenominator.js';
export { summarizeIndicators } from './indicators/summarizeIndicators.js';
export type { IndicatorSummary } from './indicators/summarizeIndicators.js';

// seed programs' indicators as data
export { SEED_000_INDICATORS } from './programs/indicators/seed000.js';
export { SEED_001_INDICATORS } from './programs/indicators/seed001.js';
export { SEED_003_INDICATORS } from './programs/indicators/seed003.js';
export { SEED_004_INDICATORS } from './programs/indicators/seed004.js';
export { REZH_2019_2025_INDICATORS } from './programs/indicators/seed000.js';
export { BEREZOVSKY_2021_2024_INDICATORS } from './programs/indicators/seed001.js';
export { NAZAROVSKY_2020_2023_INDICATORS } from './programs/indicators/seed003.js';
export { KEMEROVSKY_2022_2024_INDICATORS } from './programs/indicators/seed004.js';

// domain model
export { PROCEDURES, PROCEDURE_IDS, SUBJECTS, SCHOOL_TYPES, SOCIAL_FACTORS, SOCIAL_FACTOR_IDS } from './model/catalogues.js';
export type { CatalogueEntry, Procedure, SchoolType, Influence, SocialFactor } from './model/catalogues.js';
export { SchoolYearSchema, parseSchoolYear, schoolYearOf, schoolYearOfAssessment, assessmentYearOf } from './model/time.js';
export type { SchoolYear } from './model/time.js';
export { TerritorySchema, SchoolSchema } from './model/school.js';
export type { Territory, School } from './model/school.js';
export { MarkDistributionSchema, AssessmentResultSchema, TerritoryResultSchema, PupilResultSchema, MinimumThresholdSchema, ProcedureIdSchema } from './model/results.js';
export type { MarkDistribution, AssessmentResult, TerritoryResult, PupilResult, MinimumThreshold } from './model/results.js';
export {
  SocialPassportSchema,
  StaffingSchema,
  ResourcesSchema,
  SchoolFactsSchema,
  ExternalFactSchema,
  ReportedAggregateSchema,
  TerritoryFactsSchema,
  StaffBandSchema, BandSchema,
  StaffStructureSchema,
} from './model/context.js';
export type { SocialPassport, Staffing, Resources, SchoolFacts, ExternalFact, ReportedAggregate, TerritoryFacts, StaffBand, Band, StaffStructure } from './model/context.js';
export { countInBands } from './model/staff.js';
export type { YearRange } from './model/staff.js';
export { DatasetSchema, DATASET_COLLECTIONS, parseDataset, safeParseDataset, parseDatasetPartial, parseRecords } from './model/dataset.js';
export type { Dataset, DatasetCollection, PartialDataset, ParsedRecords, DeclaredIds } from './model/dataset.js';
export { checkDataset } from './model/checkConsistency.js';
export type { ConsistencyWarning, CheckDatasetOptions, ConsistencyOptions } from './model/checkConsistency.js';
export { StatedFigureSchema, checkStatedFigures } from './model/checkConsistency.js';
export type { StatedFigure } from './model/checkConsistency.js';
export { aggregatePupils } from './model/aggregatePupils.js';
export { normalizeSchoolName, matchSchool } from './model/matchSchool.js';
export { jsonSchemaOf, JSON_SCHEMA_NAMES } from './schemas/jsonSchema.js';
export type { JsonSchemaName } from './schemas/jsonSchema.js';
export { packResults, unpackResult } from './model/packResults.js';
export type { PackedResults } from './model/packResults.js';

// identification
export {
  YearWindowSchema,
  ResultMetricSchema,
  ResultSelectionSchema,
  MeasureSchema,
  BaseMeasureSchema,
  PoolSchema,
  RuleSchema,
  IndexComponentSchema,
  IndexDefinitionSchema,
  MatrixClassifierSchema,
  OrderedClassifierSchema,
  CategorySchema,
  TerritoryCategorySchema,
  MethodologySchema,
} from './criteria/schema.js';
export type { Measure, BaseMeasure, Pool, Rule, RuleMeta, RoundedBoundary, ResultSelection, IndexDefinition, Category, TerritoryCategory, Methodology } from './criteria/schema.js';
export { FactDeclarationSchema, FactValueSchema, ProcedureDeclarationSchema, SubjectDeclarationSchema } from './model/facts.js';
export type { FactDeclaration, FactValue, ProcedureDeclaration, SubjectDeclaration } from './model/facts.js';
export { identify, openIdentification, prepareColumns, prepareDataset } from './criteria/identify.js';
export { explainTrace } from './criteria/explain/explainTrace.js';
export type { IdentificationSession } from './criteria/identify.js';
export type { PreparedDataset, TraceNode, CategoryVerdict, SchoolVerdicts, TerritoryVerdicts, IdentifyOptions, Identification, IdentificationList, IdentificationResult } from './criteria/engine/types.js';
export type { MissingInput, YearSpan } from './criteria/engine/missing.js';
export type { StoredTraceNode } from './criteria/explain/explainTrace.js';
export { parseMethodology, safeParseMethodology, resolveMethodology, checkMethodologyData } from './criteria/methodology.js';
export { threshold, bottomPercent, allOf, anyOf, atLeastOf, noneOf, persistsIn, withinScope, weightedSum, changeSince, declaredFact, cumulativeShare, territoryCategory, undeterminedOnRoundedBoundary } from './criteria/builders.js';
export type { BottomPercentOptions } from './criteria/builders.js';
export { categoryHistory } from './criteria/history.js';
export type { CategoryHistory } from './criteria/history.js';
export { rankByKeys } from './indices/rankByKeys.js';
export type { KeyedRow } from './indices/rankByKeys.js';
export { expectedResults } from './indices/expectedResults.js';
export type { ExpectedResultRow } from './indices/expectedResults.js';
export { seed002Methodology } from './programs/methodologies/seed002.js';
export type { Seed002MethodologyOptions, Seed002Options } from './programs/methodologies/seed002.js';
export { SEED_000_METHODOLOGY } from './programs/methodologies/seed000.js';
export { seed001Methodology } from './programs/methodologies/seed001.js';
export type { Seed001MethodologyOptions, Seed001Options } from './programs/methodologies/seed001.js';
export { REZH_2019_2025_METHODOLOGY } from './programs/methodologies/seed000.js';
export { berezovskyMethodology } from './programs/methodologies/seed001.js';
export { BEREZOVSKY_DECLARED_FACTS } from './programs/methodologies/seed001.js';
export { sergokalinskyMethodology } from './programs/methodologies/seed002.js';
export { SERGOKALINSKY_DECLARED_FACTS } from './programs/methodologies/seed002.js';
export { KEMEROVSKY_2022_2024_METHODOLOGY } from './programs/methodologies/seed004.js';

// risk profiles and anti-risk programs
export { RISK_LEVELS, RISK_LEVEL_NAMES, RiskCatalogueSchema, FEDERAL_500_CATALOGUE, FEDERAL_500_CATALOGUE_WITH_MOTIVATION, SEED_000_RISK_CATALOGUE, subsetCatalogue } from './risk/catalogue.js';
export type { RiskLevel, RiskCatalogue } from './risk/catalogue.js';
export { RiskFactorEntrySchema, RiskProfileSchema, RiskBandsSchema, parseRiskProfile, safeParseRiskProfile, computeRiskProfile } from './risk/profile.js';
export type { RiskProfile, RiskFactorEntry, RiskBands, RiskFactorTrace } from './risk/profile.js';
export { compareRiskProfiles, summarizeRiskProfiles, resourceDeficits } from './risk/dynamics.js';
export type { RiskFactorChange, RiskFactorSummary, ResourceDeficitRow } from './risk/dynamics.js';
export { AntiRiskActionSchema, AntiRiskProgramSchema, parseAntiRiskProgram, safeParseAntiRiskProgram, checkAntiRiskCoverage, antiRiskProgress, summarizeAntiRiskProgress } from './risk/antiRiskProgram.js';
export type { AntiRiskAction, AntiRiskProgram, AntiRiskCoverage, ActionProgress, MeasureProgress } from './risk/antiRiskProgram.js';

// objectivity signals
export { listRepeats, vprAgainstSchoolMarks, distributionAgainstRegion, boundaryConcentration, failureSwings } from './objectivity/signals.js';
export type { ObjectivitySignal, ListRepeat, VprAgainstSchoolMarksOptions, DistributionAgainstRegionOptions, BoundaryConcentrationOptions, FailureSwingsOptions } from './objectivity/signals.js';

// programs
export { ActSchema, CalendarEventSchema, DefaultChoiceSchema, ProgramSchema, parseProgram, safeParseProgram } from './programs/schema.js';
export type { Program } from './programs/schema.js';
export { ReadingChangeSchema, ReadingChoiceSchema, ReadingConditionSchema, ReadingSchema } from './programs/readingSchema.js';
export type { Reading, ReadingChange } from './programs/readingSchema.js';
export { applyReadings } from './programs/applyReadings.js';
export type { ReadingChoices } from './programs/applyReadings.js';
export { programCalendar } from './programs/calendar.js';
export type { DatedEvent } from './programs/calendar.js';
export { evaluateProgram } from './programs/evaluateProgram.js';
export type { EvaluateProgramOptions, ProgramEvaluation, ProgramStep } from './programs/evaluateProgram.js';
export { SEED_000_PROGRAM } from './programs/presets/seed000.js';
export { SEED_001_PROGRAM } from './programs/presets/seed001.js';
export { SEED_002_PROGRAM } from './programs/presets/seed002.js';
export { SEED_003_PROGRAM } from './programs/presets/seed003.js';
export { SEED_004_PROGRAM } from './programs/presets/seed004.js';
export { PRESET_PROGRAMS } from './programs/presets/index.js';
export { DEPRECATED_PRESET_IDS, resolvePresetProgram } from './programs/presets/index.js';
export type { PresetLookup } from './programs/presets/index.js';
export { REZH_2019_2025_PROGRAM } from './programs/presets/seed000.js';
export { BEREZOVSKY_2021_2024_PROGRAM } from './programs/presets/seed001.js';
export { SERGOKALINSKY_2023_2025_PROGRAM } from './programs/presets/seed002.js';
export { NAZAROVSKY_2020_2023_PROGRAM } from './programs/presets/seed003.js';
export { KEMEROVSKY_2022_2024_PROGRAM } from './programs/presets/seed004.js';
export { undatedEvents } from './programs/calendar.js';
export type { UndatedEvent } from './programs/calendar.js';

// plans and money
export { BudgetLevelSchema, ExecutionRecordSchema, ExecutionStatusSchema, FinancingPlanSchema, FinancingYearSchema, PlanMeasureSchema, PlanSchema, PlanSectionSchema } from './plans/schema.js';
export type { BudgetLevel, ExecutionRecord, ExecutionStatus, FinancingPlan, FinancingYear, Plan, PlanMeasure, PlanSection } from './plans/schema.js';
export { parseTerm } from './plans/parseTerm.js';
export type { ParsedTerm } from './plans/parseTerm.js';
export { summarizePlan, summarizePlanExecution } from './plans/summarizePlanExecution.js';
export type { OverdueMeasure, PlanExecutionSummary } from './plans/summarizePlanExecution.js';
export { checkPlanCoverage } from './plans/checkPlanCoverage.js';
export type { PlanCoverage } from './plans/checkPlanCoverage.js';
export { checkFinancing, checkFinancingPlan } from './plans/checkFinancing.js';
export type { FinancingCheck, FinancingIssue } from './plans/checkFinancing.js';

// reports
export { renderMarkdown } from './report/renderMarkdown.js';
export type { RenderOptions, ReportOptions } from './report/renderMarkdown.js';
export { renderHtml, renderSchoolCard } from './report/renderHtml.js';
export type { RenderHtmlOptions, HtmlReportOptions, ScatterInput } from './report/renderHtml.js';
export { territoryVerdicts } from './criteria/territory.js';
export type { TerritoryRule, TerritoryVerdict } from './criteria/territory.js';
