/** The shape of the national-size benchmark data, shared by the benchmarks. */

/** How many schools (`SHNOR_BENCH_SCHOOLS` makes it smaller for a quick run). */
export const SCHOOLS: number = Number(process.env.SHNOR_BENCH_SCHOOLS ?? 40_000);

/** Five years of data. */
export const YEARS: readonly number[] = [2020, 2021, 2022, 2023, 2024];

/** The 25 result rows of a school year: procedure, subject, grade. */
export const COMBOS: readonly (readonly [string, string, number])[] = [
  ...[4, 5, 6, 7, 8].flatMap((g) => [['vpr', 'russian', g] as const, ['vpr', 'math', g] as const]),
  ['vpr', 'world_around', 4], ['vpr', 'biology', 5], ['vpr', 'history', 5], ['vpr', 'geography', 6], ['vpr', 'physics', 7],
  ['oge', 'russian', 9], ['oge', 'math', 9], ['ege', 'russian', 11], ['ege', 'math_profile', 11], ['ege', 'math_base', 11],
  ['kdr', 'reading_literacy', 6], ['kdr', 'science_literacy', 8], ['kdr', 'math_literacy', 7], ['essay', 'russian', 11], ['interview', 'russian', 9],
];
if (COMBOS.length !== 25) throw new Error(`expected 25 combos, got ${COMBOS.length}`);
