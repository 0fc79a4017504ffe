/**
 * A program year whose categories read earlier years: seed 002's methodology with four more
 * categories — ШНОР in at least 2 of the last 3 years (`persist`), ШНОР the year before (a category
 * measure one year back), «stays on the list» (ШНОР this year and on this same list the year before:
 * a category that reads itself back to the data's first year), and a `persist` over a rule that
 * reads the year before — so that every earlier year is asked from several later ones. Run by
 * bench/programParts.ts (`SHNOR_BENCH_PROGRAM=persistence`) and by the program-year tests over the
 * generator's data (tests/programs/programYearOnePass.test.ts).
 */
import type { Category, Methodology, Program, Rule } from '../src/index.js';
import { SEED_002_PROGRAM } from '../src/index.js';

const base = SEED_002_PROGRAM.methodology as Methodology;
const shnorRule = (base.categories.find((c) => c.id === 'shnor') as Extract<Category, { kind: 'flag' }>).rule;
const isShnor = (yearOffset?: number): Rule => ({ kind: 'threshold', measure: { kind: 'category', category: 'shnor', ...(yearOffset !== undefined ? { yearOffset } : {}) }, op: 'eq', value: 1 });

const extra: Category[] = [
  { kind: 'flag', id: 'shnorPersistent', name: { ru: 'ШНОР не менее 2 из последних 3 лет', en: 'ШНОР in at least 2 of the last 3 years' }, rule: { kind: 'persist', id: 'p.2of3', label: { ru: 'ШНОР', en: 'ШНОР' }, atLeast: 2, years: 3, rule: shnorRule } },
  { kind: 'flag', id: 'shnorBefore', name: { ru: 'ШНОР годом ранее', en: 'ШНОР the year before' }, rule: isShnor(-1) },
  {
    kind: 'flag',
    id: 'staysShnor',
    name: { ru: 'Остаётся ШНОР', en: 'Stays ШНОР' },
    // before the data's first year the list is unknown: counted as met (`ifMissing: 'holds'`), so the chain ends there
    rule: { kind: 'all', rules: [isShnor(), { kind: 'threshold', measure: { kind: 'category', category: 'staysShnor', yearOffset: -1 }, op: 'eq', value: 1, ifMissing: 'holds' }] },
  },
  {
    kind: 'flag',
    id: 'runningTwice',
    name: { ru: 'ШНОР два года подряд — в 2 из последних 3 лет', en: 'ШНОР two years running, in 2 of the last 3 years' },
    rule: { kind: 'persist', atLeast: 2, years: 3, rule: { kind: 'all', label: { ru: 'ШНОР и в этом году, и годом ранее', en: 'ШНОР this year and the year before' }, rules: [isShnor(), isShnor(-1)] } },
  },
];

/** Seed 002's program with the four categories above. */
export const PERSISTENCE_PROGRAM: Program = { ...SEED_002_PROGRAM, methodology: { ...base, id: 'seed002.persistence', categories: [...base.categories, ...extra] } };
