import { z } from 'zod';
import { SOCIAL_FACTOR_IDS } from './catalogues.js';
// no runtime cycle: checkConsistency imports context only as types
import { StatedFigureSchema } from './checkConsistency.js';
import { CountSchema, IdSchema, PercentValueSchema, ShareSchema, SourceSchema, YearSchema } from './primitives.js';

const factorCounts = Object.fromEntries(SOCIAL_FACTOR_IDS.map((id) => [id, CountSchema.optional()])) as Record<string, z.ZodOptional<z.ZodNumber>>;
const factorPercents = Object.fromEntries(SOCIAL_FACTOR_IDS.map((id) => [id, PercentValueSchema.optional()])) as Record<string, z.ZodOptional<typeof PercentValueSchema>>;

/**
 * A school's social passport for a year: how many pupils have each characteristic (counts, out of
 * `pupils`), or the shares in percent where the source gives only those. Factor ids are those of
 * `SOCIAL_FACTORS`.
 *
 * @category Model
 */
export const SocialPassportSchema: z.ZodObject<{
  schoolId: z.ZodString;
  year: z.ZodNumber;
  pupils: z.ZodNumber;
  counts: z.ZodOptional<z.ZodObject<{ [x: string]: z.ZodOptional<z.ZodNumber> }, z.core.$strict>>;
  percents: z.ZodOptional<z.ZodObject<{ [x: string]: z.ZodOptional<typeof PercentValueSchema> }, z.core.$strict>>;
  provenance: z.ZodOptional<z.ZodEnum<{ seed: 'seed'; synthetic: 'synthetic'; official: 'official' }>>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  schoolId: IdSchema,
  year: YearSchema,
  pupils: CountSchema,
  counts: z.strictObject(factorCounts).optional(),
  percents: z.strictObject(factorPercents).optional(),
  provenance: z.enum(['seed', 'synthetic', 'official']).optional(),
});

/**
 * A school's social passport.
 *
 * @category Model
 */
export type SocialPassport = z.output<typeof SocialPassportSchema>;

/**
 * One band of an age or length-of-service distribution, in whole years: from `from` (inclusive) to
 * below `below` (exclusive); an open end is left out. Seed 004 (T20, L2912–L2916): «моложе 25» is
 * `{ below: 25, count: 15 }`, «25-29» `{ from: 25, below: 30, count: 22 }`, «65 и более»
 * `{ from: 65, count: 28 }`.
 *
 * @category Model
 */
export const StaffBandSchema: z.ZodObject<{
  from: z.ZodOptional<z.ZodNumber>;
  below: z.ZodOptional<z.ZodNumber>;
  count: z.ZodNumber;
}, z.core.$strict> = /* #__PURE__ */ z
  .strictObject({
    from: z.number().int().min(0).optional(),
    below: z.number().int().min(1).optional(),
    count: CountSchema,
  })
  .superRefine((b, ctx) => {
    if (b.from !== undefined && b.below !== undefined && b.below <= b.from) {
      ctx.addIssue({ code: 'custom', path: ['below'], input: b.below, params: { code: 'RANGE_REVERSED', ru: `полоса от ${b.from} до ${b.below}: верхняя граница не выше нижней`, en: `band from ${b.from} below ${b.below}: the upper bound is not above the lower one` } });
    }
  });

/**
 * A band of a staff distribution (ages or years of service).
 *
 * @category Model
 */
export type StaffBand = z.output<typeof StaffBandSchema>;

/**
 * The old name of a type, kept for one release.
 *
 * @deprecated Renamed {@link StaffBand} (a band of a staff distribution; `RiskBands` are the bands of a risk level); the old name goes in the next minor release.
 * @category Model
 */
export type Band = StaffBand;

/**
 * The old name of {@link StaffBandSchema}, kept for one release.
 *
 * @deprecated Renamed {@link StaffBandSchema} (a band of a staff distribution; `RiskBands` are the bands of a risk level); the old name goes in the next minor release.
 * @category Model
 */
export const BandSchema: typeof StaffBandSchema = StaffBandSchema;

/**
 * The structure of a teaching staff (a school's or a territory's): how many teachers, and how they
 * divide by age, length of service, education and qualification category — the charts of seed 004's
 * staff analysis (T20: Рисунки 1–4, L2903–L2918).
 *
 * @category Model
 */
export const StaffStructureSchema: z.ZodObject<{
  teachers: z.ZodNumber;
  ageBands: z.ZodOptional<z.ZodArray<typeof StaffBandSchema>>;
  serviceBands: z.ZodOptional<z.ZodArray<typeof StaffBandSchema>>;
  education: z.ZodOptional<z.ZodObject<{ higher: z.ZodOptional<z.ZodNumber>; secondaryVocational: z.ZodOptional<z.ZodNumber> }, z.core.$strict>>;
  qualification: z.ZodOptional<z.ZodObject<{
    highest: z.ZodOptional<z.ZodNumber>;
    first: z.ZodOptional<z.ZodNumber>;
    matchesPosition: z.ZodOptional<z.ZodNumber>;
  }, z.core.$strict>>;
  source: z.ZodOptional<typeof SourceSchema>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  teachers: CountSchema,
  /** by age in years */
  ageBands: z.array(StaffBandSchema).min(1).optional(),
  /** by length of teaching service in years (стаж) */
  serviceBands: z.array(StaffBandSchema).min(1).optional(),
  /** by education: higher, or secondary vocational */
  education: z.strictObject({ higher: CountSchema.optional(), secondaryVocational: CountSchema.optional() }).optional(),
  /** by qualification: высшая категория, первая категория, соответствие занимаемой должности */
  qualification: z.strictObject({ highest: CountSchema.optional(), first: CountSchema.optional(), matchesPosition: CountSchema.optional() }).optional(),
  source: SourceSchema.optional(),
});

/**
 * A staff structure.
 *
 * @category Model
 */
export type StaffStructure = z.output<typeof StaffStructureSchema>;

/**
 * A school's teaching staff for a year.
 *
 * @category Model
 */
export const StaffingSchema: z.ZodObject<{
  schoolId: z.ZodString;
  year: z.ZodNumber;
  teachers: z.ZodNumber;
  vacancies: z.ZodOptional<z.ZodNumber>;
  partTimers: z.ZodOptional<z.ZodNumber>;
  onOneAndHalfRates: z.ZodOptional<z.ZodNumber>;
  under35: z.ZodOptional<z.ZodNumber>;
  over55: z.ZodOptional<z.ZodNumber>;
  ageBands: z.ZodOptional<z.ZodArray<typeof StaffBandSchema>>;
  serviceBands: z.ZodOptional<z.ZodArray<typeof StaffBandSchema>>;
  youngSpecialists: z.ZodOptional<z.ZodNumber>;
  highestCategory: z.ZodOptional<z.ZodNumber>;
  firstCategory: z.ZodOptional<z.ZodNumber>;
  outsideDiploma: z.ZodOptional<z.ZodNumber>;
  specialistPositions: z.ZodOptional<z.ZodObject<{ filled: z.ZodNumber; total: z.ZodNumber }, z.core.$strict>>;
  provenance: z.ZodOptional<z.ZodEnum<{ seed: 'seed'; synthetic: 'synthetic'; official: 'official' }>>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  schoolId: IdSchema,
  year: YearSchema,
  teachers: CountSchema,
  vacancies: CountSchema.optional(),
  /** совместители */
  partTimers: CountSchema.optional(),
  /** teachers working 1.5 rates or more */
  onOneAndHalfRates: CountSchema.optional(),
  under35: CountSchema.optional(),
  over55: CountSchema.optional(),
  /** the whole age distribution, where the source gives it */
  ageBands: z.array(StaffBandSchema).min(1).optional(),
  /** the distribution by length of teaching service (стаж) */
  serviceBands: z.array(StaffBandSchema).min(1).optional(),
  /** молодые специалисты (first three years) */
  youngSpecialists: CountSchema.optional(),
  highestCategory: CountSchema.optional(),
  firstCategory: CountSchema.optional(),
  /** teaching a subject outside their diploma */
  outsideDiploma: CountSchema.optional(),
  /** positions of psychologists, speech therapists, special-needs teachers: filled of total */
  specialistPositions: z.strictObject({ filled: CountSchema, total: CountSchema }).optional(),
  provenance: z.enum(['seed', 'synthetic', 'official']).optional(),
});

/**
 * A school's staffing.
 *
 * @category Model
 */
export type Staffing = z.output<typeof StaffingSchema>;

/**
 * A school's resources for a year, and its resource deficits by kind.
 *
 * @category Model
 */
export const ResourcesSchema: z.ZodObject<{
  schoolId: z.ZodString;
  year: z.ZodNumber;
  tochkaRosta: z.ZodOptional<z.ZodBoolean>;
  equipmentPercent: z.ZodOptional<typeof PercentValueSchema>;
  oldTextbooksPercent: z.ZodOptional<typeof PercentValueSchema>;
  recentTextbooksPercent: z.ZodOptional<typeof PercentValueSchema>;
  internet: z.ZodOptional<z.ZodBoolean>;
  deficits: z.ZodOptional<z.ZodArray<z.ZodObject<{
    kind: z.ZodEnum<{ staff: 'staff'; material: 'material'; financial: 'financial' }>;
    description: z.ZodString;
    eliminated: z.ZodOptional<z.ZodBoolean>;
  }, z.core.$strict>>>;
  provenance: z.ZodOptional<z.ZodEnum<{ seed: 'seed'; synthetic: 'synthetic'; official: 'official' }>>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  schoolId: IdSchema,
  year: YearSchema,
  /** a centre «Точка роста» works at the school */
  tochkaRosta: z.boolean().optional(),
  /** equipment against the standard, 0–100 % */
  equipmentPercent: PercentValueSchema.optional(),
  /** textbooks older than five years, share of the fund in percent */
  oldTextbooksPercent: PercentValueSchema.optional(),
  /** textbooks not older than three years, share of the fund in percent (seed 001, L224) */
  recentTextbooksPercent: PercentValueSchema.optional(),
  internet: z.boolean().optional(),
  deficits: z
    .array(
      z.strictObject({
        kind: z.enum(['staff', 'material', 'financial']),
        description: z.string().min(1),
        eliminated: z.boolean().optional(),
      }),
    )
    .optional(),
  provenance: z.enum(['seed', 'synthetic', 'official']).optional(),
});

/**
 * A school's resources.
 *
 * @category Model
 */
export type Resources = z.output<typeof ResourcesSchema>;

/** A count out of a count, as input data. */
const CountOf = ShareSchema;

/**
 * Other facts about a school for a year, each a count out of a count.
 *
 * @category Model
 */
export const SchoolFactsSchema: z.ZodObject<{
  schoolId: z.ZodString;
  year: z.ZodNumber;
  continuedToGrade10: z.ZodOptional<typeof ShareSchema>;
  continuedToFurtherEducation: z.ZodOptional<typeof ShareSchema>;
  olympiadParticipants: z.ZodOptional<typeof ShareSchema>;
  parentsSatisfied: z.ZodOptional<typeof ShareSchema>;
  admittedToGia9: z.ZodOptional<typeof ShareSchema>;
  admittedToGia11: z.ZodOptional<typeof ShareSchema>;
  provenance: z.ZodOptional<z.ZodEnum<{ seed: 'seed'; synthetic: 'synthetic'; official: 'official' }>>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  schoolId: IdSchema,
  year: YearSchema,
  /** grade 9 graduates who continued to grade 10 */
  continuedToGrade10: CountOf.optional(),
  /** graduates who continued to further education */
  continuedToFurtherEducation: CountOf.optional(),
  /** pupils who took part in the olympiad (ВсОШ), out of all pupils */
  olympiadParticipants: CountOf.optional(),
  /** parents satisfied, out of parents surveyed */
  parentsSatisfied: CountOf.optional(),
  /** admitted to ГИА-9, out of grade 9 pupils */
  admittedToGia9: CountOf.optional(),
  /** admitted to ГИА-11, out of grade 11 pupils */
  admittedToGia11: CountOf.optional(),
  provenance: z.enum(['seed', 'synthetic', 'official']).optional(),
});

/**
 * Other school facts.
 *
 * @category Model
 */
export type SchoolFacts = z.output<typeof SchoolFactsSchema>;

/**
 * An identification fact from outside the municipality, per year and per source: the place in a
 * regional anti-rating, ИСБШ and quality groups (seed 000, Appendix 4), membership in lists.
 *
 * @category Model
 */
export const ExternalFactSchema: z.ZodObject<{
  schoolId: z.ZodString;
  year: z.ZodNumber;
  source: typeof SourceSchema;
  antiRatingPlace: z.ZodOptional<z.ZodNumber>;
  isbshGroup: z.ZodOptional<z.ZodNumber>;
  qualityGroup: z.ZodOptional<z.ZodNumber>;
  typologyGroup: z.ZodOptional<z.ZodString>;
  severity: z.ZodOptional<z.ZodString>;
  lists: z.ZodOptional<z.ZodObject<{
    shnor: z.ZodOptional<z.ZodBoolean>;
    shnsu: z.ZodOptional<z.ZodBoolean>;
    riskZone: z.ZodOptional<z.ZodBoolean>;
    project500: z.ZodOptional<z.ZodBoolean>;
    rosobrnadzorBiased: z.ZodOptional<z.ZodBoolean>;
  }, z.core.$strict>>;
  absentFromAnalytics: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  schoolId: IdSchema,
  year: YearSchema,
  source: SourceSchema,
  antiRatingPlace: z.number().int().min(1).optional(),
  isbshGroup: z.number().int().min(1).max(20).optional(),
  qualityGroup: z.number().int().min(1).max(20).optional(),
  typologyGroup: z.string().min(1).optional(),
  /** severity as a list gives it («сильно низкие», «умеренно низкие») */
  severity: z.string().min(1).optional(),
  lists: z
    .strictObject({
      shnor: z.boolean().optional(),
      shnsu: z.boolean().optional(),
      riskZone: z.boolean().optional(),
      project500: z.boolean().optional(),
      rosobrnadzorBiased: z.boolean().optional(),
    })
    .optional(),
  /** «отсутствуют в аналитических материалах» */
  absentFromAnalytics: z.boolean().optional(),
});

/**
 * An external identification fact.
 *
 * @category Model
 */
export type ExternalFact = z.output<typeof ExternalFactSchema>;

/**
 * A figure a report states about other figures, kept in the dataset to check it (never trusted):
 * a stated sum or mean with its parts, a printed percent, a share against its count and total, one
 * share printed several ways — every kind of {@link StatedFigureSchema}.
 *
 * @category Model
 */
export const ReportedAggregateSchema: typeof StatedFigureSchema = StatedFigureSchema;

/**
 * A reported aggregate: a stated figure.
 *
 * @category Model
 */
export type ReportedAggregate = z.output<typeof StatedFigureSchema>;

/**
 * Facts about a territory for a year (admission to ГИА, enrolment, the teaching staff).
 *
 * @category Model
 */
export const TerritoryFactsSchema: z.ZodObject<{
  territoryId: z.ZodString;
  year: z.ZodNumber;
  grade9Pupils: z.ZodOptional<z.ZodNumber>;
  admittedToGia9: z.ZodOptional<z.ZodNumber>;
  grade11Pupils: z.ZodOptional<z.ZodNumber>;
  admittedToGia11: z.ZodOptional<z.ZodNumber>;
  staff: z.ZodOptional<typeof StaffStructureSchema>;
  source: z.ZodOptional<typeof SourceSchema>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  territoryId: IdSchema,
  year: YearSchema,
  grade9Pupils: CountSchema.optional(),
  admittedToGia9: CountSchema.optional(),
  grade11Pupils: CountSchema.optional(),
  admittedToGia11: CountSchema.optional(),
  /** the territory's teaching staff as a whole */
  staff: StaffStructureSchema.optional(),
  source: SourceSchema.optional(),
});

/**
 * Territory facts.
 *
 * @category Model
 */
export type TerritoryFacts = z.output<typeof TerritoryFactsSchema>;
