import { checkArray, checkString } from '../errors/guards.js';
import type { School } from './school.js';

/**
 * Normalises a school name for matching: lower case, «ё» → «е», quotes and the legal form
 * (МБОУ, МАОУ, МКОУ, …) removed, «№» and spaces tidied.
 *
 * @param name - A school name as a source writes it.
 * @returns The normalised key.
 * @example
 * ```ts
 * normalizeSchoolName('МБОУ «Звёзденская СОШ»') //=> 'звезденская сош'
 * normalizeSchoolName('МБОУ  "Береговская СОШ"') //=> 'береговская сош'
 * ```
 * @category Model
 */
export function normalizeSchoolName(name: string): string {
  return checkString(name, 'name')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"'“”„]/g, ' ')
    .replace(/^\s*(м[бак]оу|г[бак]оу|ча?оу|ноу)\s+/u, ' ')
    .replace(/\s*№\s*/g, ' № ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Finds the school a name refers to, by its name or any of its name variants, after
 * {@link normalizeSchoolName}. The seeds spell one school several ways (seed 004:
 * «Звездненская» and «Звёзденская», «Береговская» and «Береговкая»).
 *
 * @param schools - The schools to search.
 * @param name - The name as written in a table.
 * @returns The school, or `undefined` when none or more than one matches.
 * @example
 * ```ts
 * // школы Кемеровского округа (seed 004): таблица пишет «Звёзденская», список — «Звездненская»
 * matchSchool(seed004Dataset.schools, 'МБОУ «Звёзденская СОШ»')?.id //=> 'kem-zvezdnenskaya'
 * ```
 * @category Model
 */
export function matchSchool<S extends Pick<School, 'id' | 'name' | 'nameVariants'>>(schools: readonly S[], name: string): S | undefined {
  checkArray(schools, 'schools', { ru: 'список школ «{ id, name }»', en: 'a list of schools { id, name }' }, true);
  const key = normalizeSchoolName(name);
  const found = schools.filter((s) => normalizeSchoolName(s.name) === key || (s.nameVariants ?? []).some((v) => normalizeSchoolName(v) === key));
  return found.length === 1 ? found[0] : undefined;
}
