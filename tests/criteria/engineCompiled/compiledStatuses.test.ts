/**
 * An evaluator of statuses only (a program year's earlier years) runs its rules compiled once into
 * functions of the school (engine/compiled.ts) instead of walking the rule tree for every school
 * (issue #14). Whatever the compiler does, every category's result for every school and year must be
 * the interpreter's (`COMPILED_STATUSES.on = false`): the same value, class, reason and missing
 * inputs — for every preset program and methodology variant, the bench's persistence program and
 * the rule families, over every bundled dataset and a generated one, as objects and as packed
 * columns, every year of the data; and so the program year's statuses and history.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PERSISTENCE_PROGRAM } from '../../../bench/persistenceProgram.js';
import { type Methodology, PRESET_PROGRAMS, type PreparedDataset, type Program, SEED_002_PROGRAM, evaluateProgram, openIdentification, parseMethodology, prepareDataset, seed001Methodology, seed002Methodology } from '../../../src/index.js';
import { COMPILED_STATUSES } from '../../../src/criteria/engine/compiled.js';
import { createEvaluator } from '../../../src/criteria/engine/evaluator.js';
import type { CategoryResult } from '../../../src/criteria/engine/types.js';
import { isMissingResult } from '../../../src/criteria/engine/verdict.js';
import { datasetIndexOf, statusesOfYear } from '../../../src/criteria/identify.js';
import { ruleFileDataset } from '../helpers.js';
import { DATASETS, generated, packed } from '../everyDataset.js';

const METHODOLOGIES: readonly (readonly [string, Methodology])[] = [
  ...Object.entries(PRESET_PROGRAMS).flatMap(([id, p]) => (p.methodology === undefined ? [] : [[id, p.methodology] as const])),
  ['persistence (bench)', PERSISTENCE_PROGRAM.methodology as Methodology],
  ['seed001 atLeast, region pool, egeOnly', seed001Methodology({ combine: 'atLeast', k: 2, pool: 'region', n3: 'egeOnly' })],
  ['seed001 all, ceil, separate', seed001Methodology({ combine: 'all', rounding: 'ceil', baseMaths: 'separate' })],
  ['seed002 grades distinct, all', seed002Methodology({ vprGradesAreDistinctProcedures: true, ruleBSameSubject: true, combine: 'all' })],
  ['seed002 same subject', seed002Methodology({ ruleBSameSubject: true })],
  ['seed002 noFactorEliminated', seed002Methodology({ riskPrevention: 'noFactorEliminated', preventionCoverage: 50 })],
];

afterEach(() => {
  COMPILED_STATUSES.on = true;
});

/** Every category's result for every school of every year, by an evaluator of statuses only, compiled or not; or what it throws. */
function results(m: Methodology, p: PreparedDataset, compiled: boolean): { readonly got: CategoryResult[][] } | { readonly error: string } {
  COMPILED_STATUSES.on = compiled;
  try {
    const ix = datasetIndexOf(p);
    const got: CategoryResult[][] = [];
    // latest first, as a program year reads them; each year's evaluator its own memos
    for (const y of [...new Set(p.dataset.years)].sort((a, b) => b - a)) {
      const ev = createEvaluator(m, ix, y, { statusOnly: true });
      for (const c of m.categories) got.push(ix.schools.map((_s, si) => ev.category(c.id, si)));
    }
    return { got };
  } catch (e) {
    return { error: String(e) };
  } finally {
    COMPILED_STATUSES.on = true;
  }
}

/** How many results of each state the comparison covered. */
type States = Record<'true' | 'false' | 'class' | 'missing' | 'not_applicable', number>;

function compare(m: Methodology, p: PreparedDataset, states: States): void {
  const reference = results(m, p, false);
  const compiled = results(m, p, true);
  if ('error' in reference) {
    expect(compiled).toEqual(reference);
    return;
  }
  if ('error' in compiled) throw new Error(compiled.error);
  expect(compiled.got.length).toBe(reference.got.length);
  for (let k = 0; k < reference.got.length; k++) {
    const want = reference.got[k] as CategoryResult[];
    const got = compiled.got[k] as CategoryResult[];
    for (let si = 0; si < want.length; si++) {
      const a = got[si] as CategoryResult;
      const b = want[si] as CategoryResult;
      // the whole result: value, class, reason (its code and words), missing inputs
      expect(a, `${m.id} / list ${k} / school ${si}`).toStrictEqual(b);
      expect(isMissingResult(a)).toBe(isMissingResult(b));
      if (b.value === null) states[isMissingResult(b) ? 'missing' : 'not_applicable']++;
      else if ('cls' in b && b.cls !== undefined) states.class++;
      else states[b.value ? 'true' : 'false']++;
    }
  }
}

describe('compiled statuses give the interpreter’s results', () => {
  const states: States = { true: 0, false: 0, class: 0, missing: 0, not_applicable: 0 };
  for (const [name, prepare] of DATASETS) {
    it.each(METHODOLOGIES)(`%s on ${name}, every year`, (_id, m) => {
      compare(m, prepare(), states);
    }, 120_000);
  }
  it('the comparison covered every state: yes, no, a class, missing, not applicable', () => {
    for (const v of Object.values(states)) expect(v).toBeGreaterThan(0);
  });
});

/** The rule families' own methodologies and datasets (persist, residual, territory, gap, cumulative, …). */
const FAMILIES = join(import.meta.dirname, '..', '..', 'fixtures', 'rules');
const families = readdirSync(FAMILIES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, JSON.parse(readFileSync(join(FAMILIES, f), 'utf8')) as { methodology: unknown; dataset?: Parameters<typeof ruleFileDataset>[0] }] as const)
  .filter(([, raw]) => raw.dataset !== undefined);

describe.each(families)('rule family %s: compiled statuses', (_file, raw) => {
  it('give the interpreter’s results', () => {
    const data = ruleFileDataset(raw.dataset as Parameters<typeof ruleFileDataset>[0], 'family', 'семейство правил');
    const states: States = { true: 0, false: 0, class: 0, missing: 0, not_applicable: 0 };
    compare(parseMethodology(raw.methodology), prepareDataset(data), states);
    compare(parseMethodology(raw.methodology), packed(data), states);
  });
});

describe('the program year with compiled statuses', () => {
  it('has the same earlier years’ statuses and history as with the interpreter, for every preset', () => {
    const p = packed(generated);
    for (const [id, m] of METHODOLOGIES) {
      const run = (compiled: boolean): string => {
        COMPILED_STATUSES.on = compiled;
        const session = openIdentification(m, p, 2024);
        const years = [2023, 2022, 2021, 2020].map((y) => statusesOfYear(session, y));
        const program: Program = { ...(Object.values(PRESET_PROGRAMS)[0] as Program), methodology: m };
        const history = evaluateProgram(program, p, 2024, { explain: false }).history;
        COMPILED_STATUSES.on = true;
        return JSON.stringify({ years: years.map((s) => ({ ...s, categories: s.categories.map((c) => ({ ...c, codes: [...c.codes] })) })), history });
      };
      expect(run(true), id).toBe(run(false));
    }
  }, 120_000);

  it('are compiled: one result object for every school of the same class (the interpreter makes one per school)', () => {
    const m = SEED_002_PROGRAM.methodology as Methodology;
    const ix = datasetIndexOf(packed(generated));
    const cluster = m.categories.find((c) => c.kind === 'classifier');
    expect(cluster).toBeDefined();
    const byClass = (compiled: boolean): Map<string, Set<CategoryResult>> => {
      COMPILED_STATUSES.on = compiled;
      const ev = createEvaluator(m, ix, 2024, { statusOnly: true });
      COMPILED_STATUSES.on = true;
      const out = new Map<string, Set<CategoryResult>>();
      for (let si = 0; si < ix.schools.length; si++) {
        const r = ev.category((cluster as { id: string }).id, si);
        if (r.value !== true) continue;
        const k = String(r.cls);
        if (!out.has(k)) out.set(k, new Set());
        out.get(k)?.add(r);
      }
      return out;
    };
    const compiled = byClass(true);
    expect(compiled.size).toBeGreaterThan(0);
    for (const s of compiled.values()) expect(s.size).toBe(1);
    expect([...byClass(false).values()].some((s) => s.size > 1)).toBe(true);
  });
});
