import { z } from 'zod';
import { IdSchema, IsoDateSchema, NameSchema, SourceSchema } from '../model/primitives.js';

/**
 * Risk levels of the 500+ profile.
 *
 * @category Risk
 */
export const RISK_LEVELS = ['high', 'medium', 'low'] as const;

/**
 * A risk level: `high` «Высокий», `medium` «Средний», `low` «Низкий».
 *
 * @category Risk
 */
export type RiskLevel = (typeof RISK_LEVELS)[number];

/**
 * The names of the levels.
 *
 * @category Risk
 */
export const RISK_LEVEL_NAMES: Readonly<Record<RiskLevel, { readonly ru: string; readonly en: string }>> = {
  high: { ru: 'Высокий', en: 'High' },
  medium: { ru: 'Средний', en: 'Medium' },
  low: { ru: 'Низкий', en: 'Low' },
};

/**
 * A risk-factor catalogue as versioned data.
 *
 * @category Risk
 */
export const RiskCatalogueSchema: z.ZodObject<{
  id: z.ZodString;
  name: typeof NameSchema;
  validFrom: z.ZodString;
  validTo: z.ZodOptional<z.ZodString>;
  factors: z.ZodArray<z.ZodObject<{
    id: z.ZodString;
    number: z.ZodNumber;
    name: typeof NameSchema;
    source: z.ZodOptional<typeof SourceSchema>;
  }, z.core.$strict>>;
  source: z.ZodOptional<typeof SourceSchema>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  id: IdSchema,
  name: NameSchema,
  /** ISO date from which the catalogue applies */
  validFrom: IsoDateSchema,
  /** ISO date until which it applies (inclusive), not before `validFrom` */
  validTo: IsoDateSchema.optional(),
  factors: z
    .array(
      z.strictObject({
        id: IdSchema,
        /** the number in the federal list */
        number: z.number().int().min(1),
        name: NameSchema,
        source: SourceSchema.optional(),
      }),
    )
    .min(1),
  source: SourceSchema.optional(),
}).superRefine((c, ctx) => {
  if (c.validTo !== undefined && c.validTo < c.validFrom) {
    ctx.addIssue({ code: 'custom', path: ['validTo'], input: c.validTo, params: { code: 'RANGE_REVERSED', ru: `срок действия ${c.validFrom} — ${c.validTo}: окончание раньше начала`, en: `validity ${c.validFrom} to ${c.validTo}: the end is before the start` } });
  }
});

/**
 * A risk-factor catalogue.
 *
 * @category Risk
 */
export type RiskCatalogue = z.output<typeof RiskCatalogueSchema>;

const FACTORS_10 = [
  { id: 'rf01', number: 1, name: { ru: 'Низкий уровень оснащения школы', en: 'Poor school equipment' } },
  { id: 'rf02', number: 2, name: { ru: 'Дефицит педагогических кадров', en: 'Shortage of teachers' } },
  { id: 'rf03', number: 3, name: { ru: 'Недостаточная предметная и методическая компетентность педагогических работников', en: 'Insufficient subject and teaching competence of teachers' } },
  { id: 'rf04', number: 4, name: { ru: 'Риски низкой адаптивности учебного процесса', en: 'Low adaptivity of teaching' } },
  { id: 'rf05', number: 5, name: { ru: 'Несформированность внутришкольной системы повышения квалификации', en: 'No in-school professional development system' } },
  { id: 'rf06', number: 6, name: { ru: 'Высокая доля обучающихся с рисками учебной неуспешности', en: 'High share of pupils at risk of academic failure' } },
  { id: 'rf07', number: 7, name: { ru: 'Высокая доля обучающихся с ОВЗ', en: 'High share of pupils with special educational needs' } },
  { id: 'rf08', number: 8, name: { ru: 'Низкое качество преодоления языковых и культурных барьеров', en: 'Language and cultural barriers poorly overcome' } },
  { id: 'rf09', number: 9, name: { ru: 'Пониженный уровень качества школьной образовательной и воспитательной среды', en: 'Low quality of the school environment' } },
  { id: 'rf10', number: 10, name: { ru: 'Низкий уровень вовлеченности родителей', en: 'Low parental involvement' } },
];

/**
 * The federal 500+ (ФИОКО) risk-factor catalogue of ten factors, as seed 004 lists them for
 * МБОУ «Металлплощадская СОШ» (L1959–L1994) and the domain brief gives them. Seed 000 (L887–L896)
 * uses the first nine. Stable ids `rf01`…`rf10` follow the federal numbering.
 *
 * @example
 * ```ts
 * FEDERAL_500_CATALOGUE.factors.length //=> 10
 * ```
 * @category Risk
 */
export const FEDERAL_500_CATALOGUE: RiskCatalogue = {
  id: 'fioko-500-10',
  name: { ru: 'Факторы риска проекта «500+» (ФИОКО), 10 факторов', en: 'The 500+ (ФИОКО) risk factors, 10 factors' },
  validFrom: '2020-01-01',
  factors: FACTORS_10.map((f) => ({ ...f, source: { seed: '004_aed2dab0861538cc.txt', line: '1959-1994' } })),
  source: { act: 'Проект адресной методической помощи «500+», ФГБУ «ФИОКО»', seed: '004_aed2dab0861538cc.txt', line: '1955-1999' },
};

/**
 * The 500+ catalogue of the cycles that add «Низкая учебная мотивация обучающихся» as an eleventh
 * factor (`rf11`). The seeds never list it as a factor (seed 000 names motivation only as a theme,
 * L1598), so its source is the domain brief.
 *
 * @example
 * ```ts
 * FEDERAL_500_CATALOGUE_WITH_MOTIVATION.factors.at(-1)?.name.ru //=> 'Низкая учебная мотивация обучающихся'
 * ```
 * @category Risk
 */
export const FEDERAL_500_CATALOGUE_WITH_MOTIVATION: RiskCatalogue = {
  id: 'fioko-500-11',
  name: { ru: 'Факторы риска проекта «500+» (ФИОКО), 11 факторов', en: 'The 500+ (ФИОКО) risk factors, 11 factors' },
  validFrom: '2022-01-01',
  factors: [
    ...FEDERAL_500_CATALOGUE.factors,
    { id: 'rf11', number: 11, name: { ru: 'Низкая учебная мотивация обучающихся', en: 'Low learning motivation of pupils' }, source: { note: 'shared/domain/README.md: «in some cycles»' } },
  ],
  source: { act: 'Проект адресной методической помощи «500+», ФГБУ «ФИОКО»' },
};

/**
 * A program's subset of a catalogue: seed 000 asks its schools to analyse factors 1–9 (L887–L896).
 *
 * @param catalogue - The full catalogue.
 * @param factorIds - The factors the program uses.
 * @param id - The subset's id.
 * @returns A catalogue with only those factors, in the catalogue's order.
 * @example
 * ```ts
 * // каталог программы: только «Низкий уровень оснащения школы» и «Дефицит педагогических кадров»
 * subsetCatalogue(FEDERAL_500_CATALOGUE, ['rf01', 'rf02'], 'mine').factors.length //=> 2
 * ```
 * @category Risk
 */
export function subsetCatalogue(catalogue: RiskCatalogue, factorIds: readonly string[], id: string): RiskCatalogue {
  return { ...catalogue, id, factors: catalogue.factors.filter((f) => factorIds.includes(f.id)) };
}

/**
 * Seed 000's subset of the 500+ catalogue: the nine factors its schools analysed in 2022 («В
 * рамках модели «Отражение пилота» ОО в 2022 году анализировали самостоятельно следующие факторы
 * риска», L887–L896).
 *
 * @example
 * ```ts
 * SEED_000_RISK_CATALOGUE.factors.length //=> 9
 * ```
 * @category Risk
 */
export const SEED_000_RISK_CATALOGUE: RiskCatalogue = {
  ...subsetCatalogue(FEDERAL_500_CATALOGUE, ['rf01', 'rf02', 'rf03', 'rf04', 'rf05', 'rf06', 'rf07', 'rf08', 'rf09'], 'seed000-500-9'),
  name: { ru: 'Факторы риска 500+, проанализированные школами Режевского ГО (9)', en: 'The 500+ factors analysed by the Rezh schools (9)' },
  validFrom: '2022-01-01',
  source: { seed: '000_b832483057b0243e.txt', line: '887-896' },
};
