import type { Program } from '../schema.js';
import { SEED_000_PROGRAM } from './seed000.js';
import { SEED_001_PROGRAM } from './seed001.js';
import { SEED_002_PROGRAM } from './seed002.js';
import { SEED_003_PROGRAM } from './seed003.js';
import { SEED_004_PROGRAM } from './seed004.js';

/**
 * The five seed programs by id (`seed000` … `seed004`).
 *
 * @example
 * ```ts
 * Object.keys(PRESET_PROGRAMS) //=> ['seed000', 'seed001', 'seed002', 'seed003', 'seed004']
 * ```
 */
export const PRESET_PROGRAMS: Readonly<Record<string, Program>> = {
  seed000: SEED_000_PROGRAM,
  seed001: SEED_001_PROGRAM,
  seed002: SEED_002_PROGRAM,
  seed003: SEED_003_PROGRAM,
  seed004: SEED_004_PROGRAM,
};
