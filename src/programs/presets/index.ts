import type { Program } from '../schema.js';
import { REZH_2019_2025_PROGRAM } from './seed000.js';
import { BEREZOVSKY_2021_2024_PROGRAM } from './seed001.js';
import { SERGOKALINSKY_2023_2025_PROGRAM } from './seed002.js';
import { NAZAROVSKY_2020_2023_PROGRAM } from './seed003.js';
import { KEMEROVSKY_2022_2024_PROGRAM } from './seed004.js';

/**
 * The old preset ids (`seed000` … `seed004`, by the order the seed texts were collected) and the
 * id each now stands for. They still resolve ({@link resolvePresetProgram}); they will be removed
 * in the next major release.
 *
 * @deprecated Use the ids of {@link PRESET_PROGRAMS}.
 * @example
 * ```ts
 * DEPRECATED_PRESET_IDS.seed002 //=> 'sergokalinsky-2023-2025'
 * ```
 * @category Programs
 */
export const DEPRECATED_PRESET_IDS: Readonly<Record<string, string>> = {
  seed000: 'rezh-2019-2025',
  seed001: 'berezovsky-2021-2024',
  seed002: 'sergokalinsky-2023-2025',
  seed003: 'nazarovsky-2020-2023',
  seed004: 'kemerovsky-2022-2024',
};

/**
 * The five preset programs by id, named for their territory and period the way users know them
 * (each id is the program's own `id`): Режевской ГО 2019–2025, Березовский район 2021–2024,
 * Сергокалинский район 2023–2025, Назаровский район 2020–2023, Кемеровский муниципальный округ
 * 2022–2024. The district ids keep the district's adjective (`nazarovsky`, `kemerovsky`): the
 * towns of Назарово and Кемерово are other municipalities. The old ids (`PRESET_PROGRAMS.seed000`)
 * still read, as hidden deprecated keys: they are not listed by `Object.keys`.
 *
 * @example
 * ```ts
 * Object.keys(PRESET_PROGRAMS)
 * //=> ['rezh-2019-2025', 'berezovsky-2021-2024', 'sergokalinsky-2023-2025', 'nazarovsky-2020-2023', 'kemerovsky-2022-2024']
 * PRESET_PROGRAMS['seed000'] === PRESET_PROGRAMS['rezh-2019-2025'] //=> true
 * ```
 * @category Programs
 */
export const PRESET_PROGRAMS: Readonly<Record<string, Program>> = /* #__PURE__ */ withHiddenAliases({
  [REZH_2019_2025_PROGRAM.id]: REZH_2019_2025_PROGRAM,
  [BEREZOVSKY_2021_2024_PROGRAM.id]: BEREZOVSKY_2021_2024_PROGRAM,
  [SERGOKALINSKY_2023_2025_PROGRAM.id]: SERGOKALINSKY_2023_2025_PROGRAM,
  [NAZAROVSKY_2020_2023_PROGRAM.id]: NAZAROVSKY_2020_2023_PROGRAM,
  [KEMEROVSKY_2022_2024_PROGRAM.id]: KEMEROVSKY_2022_2024_PROGRAM,
});

/** The record with each old id as a non-enumerable key for the same program. */
function withHiddenAliases(programs: Record<string, Program>): Readonly<Record<string, Program>> {
  for (const [old, id] of Object.entries(DEPRECATED_PRESET_IDS)) Object.defineProperty(programs, old, { value: programs[id], enumerable: false });
  return programs;
}

/**
 * A preset program found by its id, or by an old id (`seed002`), which also gives the id to use
 * instead.
 *
 * @category Programs
 */
export interface PresetLookup {
  /** The program. */
  readonly program: Program;
  /** The id the program goes by. */
  readonly id: string;
  /** When the id asked for is an old one: that old id (a caller may print a notice). */
  readonly deprecatedId?: string;
}

/**
 * Finds a preset program by its id (`sergokalinsky-2023-2025`) or by its old id (`seed002`).
 *
 * @param id - The id asked for.
 * @returns The program with its id, and the old id when one was used; `undefined` when no preset has that id.
 * @example
 * ```ts
 * resolvePresetProgram('seed000')?.id //=> 'rezh-2019-2025'
 * resolvePresetProgram('rezh-2019-2025')?.program.territory.name.ru //=> 'Режевской городской округ'
 * resolvePresetProgram('rezh') //=> undefined
 * ```
 * @category Programs
 */
export function resolvePresetProgram(id: string): PresetLookup | undefined {
  const own = (o: Readonly<Record<string, unknown>>, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
  if (own(DEPRECATED_PRESET_IDS, id)) {
    const to = DEPRECATED_PRESET_IDS[id] as string;
    return { program: PRESET_PROGRAMS[to] as Program, id: to, deprecatedId: id };
  }
  if (own(PRESET_PROGRAMS, id)) return { program: PRESET_PROGRAMS[id] as Program, id };
  return undefined;
}
