import type { Methodology } from '../../criteria/schema.js';
import type { FactDeclaration } from '../../model/facts.js';
import { applyReadings } from '../applyReadings.js';
import { BEREZOVSKY_2021_2024_PROGRAM } from '../presets/seed001.js';

/**
 * The readings of seed 001 that the text leaves open (seed-001-notes §2.2–2.3): the `readings` of `src/data/berezovsky-2021-2024.program.json`, by id.
 *
 * @category Programs
 */
export type Seed001MethodologyOptions = {
  /** How the five ШНОР criteria combine; the seed does not say. `any` by default; `atLeast` needs `k`. */
  readonly combine?: 'any' | 'all' | 'atLeast';
  /** For `combine: 'atLeast'`: how many criteria. */
  readonly k?: number;
  /** Rounding of 25 % of N schools (25 % of 11 is 2,75): `ceil` by default (3 schools). */
  readonly rounding?: 'floor' | 'ceil' | 'nearest';
  /** The pool of the bottom-25 % rules: the municipality (the default; the program is municipal) or the region. */
  readonly pool?: 'municipality' | 'region';
  /**
   * ЕГЭ base mathematics in N1: `exclude` by default (the index takes profile mathematics, a test
   * score 0–100); `separate` adds it as its own component, a mean mark on the 2–5 scale z-scored
   * on its own. It is never pooled with profile scores in one mean.
   */
  readonly baseMaths?: 'exclude' | 'separate';
  /**
   * N3 «Расхождение между средним баллом ЕГЭ, ОГЭ и ВПР по региону и средним баллом школы
   * составляет более 20 баллов»: `asWritten` (the default) compares the school's mean with the
   * region's in each procedure the seed names — ЕГЭ (test score), ОГЭ and ВПР (primary score) — in
   * Russian and mathematics, any gap above 20 counts; `egeOnly` keeps ЕГЭ alone, the one 100-point
   * scale on which 20 points is a comparable gap (an ОГЭ or ВПР primary score rarely spans 20).
   */
  readonly n3?: 'asWritten' | 'egeOnly';
};

/**
 * The facts a dataset declares (`declaredFacts`) for seed 001's indices where the seed names a
 * share that no built-in field holds: pupils without learning motivation (the social index,
 * L222) and, in the staff index (L223), teachers who confirmed or raised their qualification
 * category within the last 3 years and teachers who took part in regional or all-Russian
 * professional contests within the last 3 years. Each is a percent of the school's pupils or
 * teachers, given for the year evaluated (the 3 years are counted back from it by whoever
 * reports the share).
 *
 * @example
 * ```ts
 * BEREZOVSKY_DECLARED_FACTS.map((f) => f.id) //=> ['pupilsWithoutMotivation', 'teachersCategoryIn3Years', 'teachersInContestsIn3Years']
 * ```
 * @category Programs
 */
export const BEREZOVSKY_DECLARED_FACTS: readonly FactDeclaration[] = [
  { id: 'pupilsWithoutMotivation', kind: 'number', unit: 'percent', name: { ru: 'доля учащихся с отсутствием учебной мотивации', en: 'share of pupils without learning motivation' }, source: 'seed 001, L222' },
  { id: 'teachersCategoryIn3Years', kind: 'number', unit: 'percent', name: { ru: 'доля учителей, подтвердивших или повысивших квалификационную категорию за последние 3 года', en: 'share of teachers who confirmed or raised their qualification category within 3 years' }, source: 'seed 001, L223' },
  { id: 'teachersInContestsIn3Years', kind: 'number', unit: 'percent', name: { ru: 'доля учителей, участвовавших в профессиональных конкурсах регионального и всероссийского уровня за последние 3 года', en: 'share of teachers in regional or all-Russian professional contests within 3 years' }, source: 'seed 001, L223' },
];

/**
 * The old name of an options type, kept for one release.
 *
 * @deprecated Renamed {@link Seed001MethodologyOptions} (one options type per function, named after it); the old name goes in the next minor release.
 * @category Programs
 */
export type Seed001Options = Seed001MethodologyOptions;

/**
 * Березовский район, 2021–2024 (seed 001) as a methodology (a factory of its documented options): the identification table of L218–L224.
 * ШНОР has five criteria (N1–N5); ШНСУ three sub-types, each the bottom 25 % of an index. Every
 * parameter carries its seed line. The default reading is data: the `methodology` of
 * `src/data/berezovsky-2021-2024.program.json`; each option is one of its `readings`, a change to a
 * copy of it written as data, which this function applies with {@link applyReadings} (the same as
 * `applyReadings(BEREZOVSKY_2021_2024_PROGRAM, options)`).
 * What the seed leaves open, and the defaults taken:
 * - how N1–N5 combine: `any` (an option);
 * - N1 «25 % школ с самыми низкими результатами ЕГЭ, ОГЭ по русскому языку, математике … за последние
 *   3 года»: an index of the school's 3-year ОГЭ mean marks and ЕГЭ mean scores in Russian and
 *   mathematics, each z-scored against the pool (the scales differ), equal weights, schools
 *   without ЕГЭ (ООШ) on their ОГЭ components alone; ВПР is «по согласованию» and left out; ЕГЭ
 *   mathematics is profile mathematics only (a test score): base mathematics is a mark 2–5 and is
 *   never averaged with scores (option `baseMaths: 'separate'` adds it as a component of its own);
 * - 25 % of N is rounded up (`ceil`), ties at the boundary are included, the pool is the municipality;
 * - N3 «расхождение между средним баллом ЕГЭ, ОГЭ и ВПР по региону и средним баллом школы … более
 *   20 баллов»: as written, the school's mean score in ЕГЭ (Russian, profile mathematics), ОГЭ and
 *   ВПР (Russian, mathematics) more than 20 points below the region's in any of them; option
 *   `n3: 'egeOnly'` keeps ЕГЭ alone, the 100-point scale (the scale argument);
 * - N4 participation in olympiads pooled over 3 years, every year needed;
 * - ШНСУ indices: components as the seed lists them, directions as seed-001-notes §2.3 infers,
 *   min–max normalised in the pool, equal weights. The social index (L222): low income and
 *   parents' education («низким социально-экономическим и культурно-образовательным уровнем»), КДН
 *   («девиантным поведением»), the share of pupils without learning motivation («отсутствием
 *   учебной мотивации», a declared fact), non-native speakers («слабым знанием русского языка»),
 *   the school's distance and small classes. The staff index (L223), its four shares as worded:
 *   teachers who confirmed or raised their category within 3 years and teachers in professional
 *   contests within 3 years (declared facts, {@link BEREZOVSKY_DECLARED_FACTS}), teachers on 1,5
 *   rates or more, teachers outside their diploma's subject.
 *
 * @param options - The open readings.
 * @returns The methodology as data.
 * @throws {@link ShnorError} `INVALID_OPTION` when an option is not one of its values (`k`: a whole number 1–5).
 * @example
 * ```ts
 * berezovskyMethodology().categories.map((c) => c.name.ru) //=> ['ШНОР', 'ШНСУ: социальные условия', 'ШНСУ: кадровый потенциал', 'ШНСУ: ресурсная обеспеченность', 'ШНСУ']
 * berezovskyMethodology({ n3: 'egeOnly' }).id //=> 'seed001.n3ege'
 * ```
 * @category Programs
 */
export function berezovskyMethodology(options: Seed001MethodologyOptions = {}): Methodology {
  // the readings are data: `readings` of src/data/berezovsky-2021-2024.program.json, applied as any integrator applies them
  return applyReadings(BEREZOVSKY_2021_2024_PROGRAM, options);
}


/**
 * @deprecated Use {@link berezovskyMethodology}; this alias will be removed in the next major release.
 * @param options - The open readings.
 * @returns The methodology as data.
 * @example
 * ```ts
 * seed001Methodology().id //=> 'seed001'
 * ```
 * @category Programs
 */
export const seed001Methodology: (options?: Seed001MethodologyOptions) => Methodology = berezovskyMethodology;
