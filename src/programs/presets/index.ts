import type { Program } from '../schema.js';
import { REZH_2019_2025_PROGRAM } from './seed000.js';
import { BEREZOVSKY_2021_2024_PROGRAM } from './seed001.js';
import { SERGOKALINSKY_2023_2025_PROGRAM } from './seed002.js';
import { NAZAROVSKY_2020_2023_PROGRAM } from './seed003.js';
import { KEMEROVSKY_2022_2024_PROGRAM } from './seed004.js';

/**
 * The five seed programs by id (`seed000` … `seed004`): Режевской ГО 2019–2025, Березовский район
 * 2021–2024, Сергокалинский район 2023–2025, Назаровский район 2020–2023, Кемеровский МО 2022–2024.
 *
 * @example
 * ```ts
 * Object.keys(PRESET_PROGRAMS) //=> ['seed000', 'seed001', 'seed002', 'seed003', 'seed004']
 * ```
 * @category Programs
 */
export const PRESET_PROGRAMS: Readonly<Record<string, Program>> = {
  seed000: REZH_2019_2025_PROGRAM,
  seed001: BEREZOVSKY_2021_2024_PROGRAM,
  seed002: SERGOKALINSKY_2023_2025_PROGRAM,
  seed003: NAZAROVSKY_2020_2023_PROGRAM,
  seed004: KEMEROVSKY_2022_2024_PROGRAM,
};
