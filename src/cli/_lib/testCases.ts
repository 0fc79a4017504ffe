/**
 * `shnor test`: a methodologist's test cases as data, beside a methodology or program — schools
 * with their data, the expected verdict per category, an optional tolerance for index values —
 * run against the rules, in the manner of OpenFisca's YAML tests. Internal.
 * @internal
 */
import { z } from 'zod';
import { identify } from '../../criteria/identify.js';
import { safeParseMethodology } from '../../criteria/methodology.js';
import type { Methodology } from '../../criteria/schema.js';
import { parseDatasetPartial } from '../../model/dataset.js';
import type { ValidationIssue } from '../../model/validation.js';
import type { Lang } from '../../numbers/format.js';
import { PRESET_PROGRAMS, resolvePresetProgram } from '../../programs/presets/index.js';
import { safeParseProgram } from '../../programs/schema.js';
import { type ReasonContext, T, own, reasonsOf } from '../../report/reasons.js';

const Expected = z.union([z.boolean(), z.string().min(1), z.null()]);

/** One test case. */
const CaseSchema = z.strictObject({
  name: z.string().min(1),
  year: z.number().int().min(1990).max(2100).optional(),
  /** a whole dataset, or only its collections (schools, results, …): the header is filled in */
  data: z.record(z.string(), z.unknown()),
  /**
   * by school id, by category id: true / false, a class, null (no class), "missing" (no verdict
   * for lack of data) or "not_applicable" (the category does not apply); the old "unknown" (either
   * of the two) is still read, for one release
   */
  expect: z.record(z.string(), z.record(z.string(), Expected)),
  /** expected index values by index id and school id */
  indices: z.record(z.string(), z.record(z.string(), z.number())).optional(),
  /** how far an index value may be from the expected one (0.001 by default) */
  tolerance: z.number().min(0).max(1e6).optional(),
});

/** A file of test cases. */
const TestFileSchema: z.ZodObject<{
  methodology: z.ZodUnion<readonly [z.ZodString, z.ZodRecord<z.ZodString, z.ZodUnknown>]>;
  year: z.ZodOptional<z.ZodNumber>;
  cases: z.ZodArray<z.ZodObject<{
    name: z.ZodString;
    year: z.ZodOptional<z.ZodNumber>;
    data: z.ZodRecord<z.ZodString, z.ZodUnknown>;
    expect: z.ZodRecord<z.ZodString, z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodBoolean, z.ZodString, z.ZodNull]>>>;
    indices: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodRecord<z.ZodString, z.ZodNumber>>>;
    tolerance: z.ZodOptional<z.ZodNumber>;
  }, z.core.$strict>>;
}, z.core.$strict> = z.strictObject({
  /** a preset program id («sergokalinsky-2023-2025»; the old «seed002» still works), or a methodology or program written out */
  methodology: z.union([z.string().min(1), z.record(z.string(), z.unknown())]),
  year: z.number().int().min(1990).max(2100).optional(),
  cases: z.array(CaseSchema).min(1),
});

/** The outcome of one case. */
export interface CaseResult {
  readonly name: string;
  readonly passed: boolean;
  /** Why it failed, one line each (in the chosen language). */
  readonly failures: readonly string[];
}

const verdictWord = (v: unknown, lang: Lang): string => (v === true ? T(lang, 'да', 'yes') : v === false ? T(lang, 'нет', 'no') : v === null ? T(lang, 'вне групп', 'no class') : v === 'missing' || v === 'unknown' ? T(lang, 'нет данных', 'no data') : v === 'not_applicable' ? T(lang, 'не применимо', 'not applicable') : `«${String(v)}»`);

/** Reads a file the test file names (a methodology or program beside it). */
export type FileLoader = (path: string) => Promise<{ ok: true; value: unknown } | { ok: false; message: string }>;

async function methodologyOf(input: z.output<typeof TestFileSchema>['methodology'], lang: Lang, load: FileLoader | undefined): Promise<{ ok: true; m: Methodology } | { ok: false; message: string }> {
  if (typeof input === 'string' && /[/\\]|\.(json|ya?ml)$/i.test(input)) {
    if (load === undefined) return { ok: false, message: T(lang, `methodology: файл «${input}» не может быть прочитан здесь`, `methodology: the file "${input}" cannot be read here`) };
    const r = await load(input);
    if (!r.ok) return r;
    if (typeof r.value !== 'object' || r.value === null || Array.isArray(r.value)) return { ok: false, message: T(lang, `methodology: «${input}» — не объект JSON`, `methodology: "${input}" is not a JSON object`) };
    input = r.value as Record<string, unknown>;
  }
  if (typeof input === 'string') {
    const p = resolvePresetProgram(input)?.program;
    if (p?.methodology === undefined) return { ok: false, message: T(lang, `methodology: «${input}» — нет такой предустановленной программы с методикой (${Object.keys(PRESET_PROGRAMS).join(', ')})`, `methodology: "${input}" is not a preset program with a methodology (${Object.keys(PRESET_PROGRAMS).join(', ')})`) };
    return { ok: true, m: p.methodology };
  }
  if (Object.prototype.hasOwnProperty.call(input, 'categories')) {
    const r = safeParseMethodology(input);
    return r.success ? { ok: true, m: r.data } : { ok: false, message: issuesText('methodology', r.issues, lang) };
  }
  const p = safeParseProgram(input);
  if (!p.success) return { ok: false, message: issuesText('methodology', p.issues, lang) };
  if (p.data.methodology === undefined) return { ok: false, message: T(lang, 'methodology: в программе нет методики идентификации', 'methodology: the program has no identification methodology') };
  return { ok: true, m: p.data.methodology };
}

function issuesText(where: string, issues: readonly ValidationIssue[], lang: Lang): string {
  return issues
    .slice(0, 10)
    .map((i) => `${where}.${i.path.join('.')}: ${i.message[lang]}`)
    .join('\n');
}

/**
 * Runs a file of test cases.
 *
 * @param input - The parsed file.
 * @param lang - The language of the messages.
 * @param load - Reads a methodology or program file the test file names (relative to it).
 * @returns Every case's outcome, or the file's problems.
 */
export async function runTestFile(input: unknown, lang: Lang, load?: FileLoader): Promise<{ ok: true; results: CaseResult[] } | { ok: false; message: string }> {
  const f = TestFileSchema.safeParse(input);
  if (!f.success) return { ok: false, message: f.error.issues.map((i) => `${i.path.join('.') || T(lang, '(файл)', '(file)')}: ${i.message}`).join('\n') };
  const m = await methodologyOf(f.data.methodology, lang, load);
  if (!m.ok) return m;
  const methodology = m.m;
  const categoryNames = new Map(methodology.categories.map((c) => [c.id, lang === 'ru' ? c.name.ru : (c.name.en ?? c.name.ru)]));
  const results: CaseResult[] = [];
  for (const c of f.data.cases) {
    const year = c.year ?? f.data.year;
    const failures: string[] = [];
    if (year === undefined) {
      results.push({ name: c.name, passed: false, failures: [T(lang, 'не указан год (year) ни в случае, ни в файле', 'no year, neither in the case nor in the file')] });
      continue;
    }
    const territoryId = typeof c.data.territoryId === 'string' ? c.data.territoryId : (methodology.territories[0] ?? 'test');
    const header = { format: 'shnor.dataset/1', id: 'test-case', name: { ru: c.name }, territoryId, years: [year], territories: [{ id: territoryId, kind: 'municipality', name: { ru: 'Территория теста' } }] };
    const parsed = parseDatasetPartial({ ...header, ...c.data });
    if (parsed.issues.length > 0 || parsed.dataset === null) {
      results.push({ name: c.name, passed: false, failures: [T(lang, 'данные случая с ошибками:', 'the case data has issues:'), ...parsed.issues.slice(0, 10).map((i) => `  data.${i.path.join('.')}: ${i.message[lang]}`)] });
      continue;
    }
    const dataset = parsed.dataset;
    const r = identify(methodology, dataset, year, { trace: true, explain: false });
    const names = new Map(dataset.schools.map((s) => [s.id, s.name]));
    const ctx: ReasonContext = { lang, categoryNames, placeNames: new Map([...names, ...dataset.territories.map((t) => [t.id, t.name.ru] as const)]), indexNames: new Map((methodology.indices ?? []).map((i) => [i.id, i.name])), year };
    for (const [schoolId, expected] of Object.entries(c.expect)) {
      const s = r.schools.find((x) => x.schoolId === schoolId);
      if (s === undefined) {
        failures.push(T(lang, `школы «${schoolId}» нет в данных случая`, `school "${schoolId}" is not in the case data`));
        continue;
      }
      for (const [categoryId, want] of Object.entries(expected)) {
        const v = s.categories.find((x) => x.categoryId === categoryId);
        const cname = categoryNames.get(categoryId);
        if (v === undefined || cname === undefined) {
          failures.push(T(lang, `в методике нет категории «${categoryId}» (есть: ${methodology.categories.map((x) => x.id).join(', ')})`, `the methodology has no category "${categoryId}" (it has ${methodology.categories.map((x) => x.id).join(', ')})`));
          continue;
        }
        const got = v.outcome.status === 'value' ? v.outcome.value : v.outcome.status;
        // "unknown", the spelling before "missing" / "not_applicable", stands for either (deprecated)
        if (got === want || (want === 'unknown' && v.outcome.status !== 'value')) continue;
        const why = v.trace === undefined ? [] : reasonsOf(v.trace, methodology.categories.find((x) => x.id === categoryId), ctx).map((l) => `      ${'  '.repeat(l.depth)}${l.text}`);
        failures.push(T(lang, `${names.get(schoolId) ?? schoolId}, «${cname}»: ожидалось ${verdictWord(want, lang)}, получено ${verdictWord(got, lang)}`, `${names.get(schoolId) ?? schoolId}, "${cname}": expected ${verdictWord(want, lang)}, got ${verdictWord(got, lang)}`), ...why);
      }
    }
    const tol = c.tolerance ?? 0.001;
    for (const [indexId, bySchool] of Object.entries(c.indices ?? {})) {
      for (const [schoolId, want] of Object.entries(bySchool)) {
        const got = own(own(r.indices, indexId), schoolId);
        if (got === undefined || got === null) failures.push(T(lang, `индекс «${indexId}» школы «${schoolId}»: нет значения, ожидалось ${want}`, `index "${indexId}" of "${schoolId}": no value, expected ${want}`));
        else if (Math.abs(got - want) > tol) failures.push(T(lang, `индекс «${indexId}» школы «${schoolId}»: ${got}, ожидалось ${want} ± ${tol}`, `index "${indexId}" of "${schoolId}": ${got}, expected ${want} ± ${tol}`));
      }
    }
    results.push({ name: c.name, passed: failures.length === 0, failures });
  }
  return { ok: true, results };
}
