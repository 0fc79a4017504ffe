/**
 * Equal trace nodes are one object for every school that has them (issue #14: a national run kept a
 * million copies of the same «no hit» node). Whatever the sharing does, the traces, verdicts and
 * explanations must be exactly those made school by school (`TRACE_SHARING.on = false`): the same
 * JSON and deeply equal, for every preset program and methodology variant, over every bundled
 * dataset and a generated one, as objects and as packed columns, with and without explanations.
 * And the sharing must happen: on the generated data some node is the same object in two schools.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type Identification, type Methodology, PRESET_PROGRAMS, type PreparedDataset, identify, seed001Methodology, seed002Methodology } from '../../src/index.js';
import { TRACE_SHARING } from '../../src/criteria/engine/context.js';
import type { TraceNode } from '../../src/criteria/engine/types.js';
import { DATASETS, generated, packed } from './everyDataset.js';

const METHODOLOGIES: readonly (readonly [string, Methodology])[] = [
  ...Object.entries(PRESET_PROGRAMS).flatMap(([id, p]) => (p.methodology === undefined ? [] : [[id, p.methodology] as const])),
  ['seed001 atLeast, region pool, egeOnly', seed001Methodology({ combine: 'atLeast', k: 2, pool: 'region', n3: 'egeOnly' })],
  ['seed002 grades distinct, all', seed002Methodology({ vprGradesAreDistinctProcedures: true, ruleBSameSubject: true, combine: 'all' })],
  ['seed002 noFactorEliminated', seed002Methodology({ riskPrevention: 'noFactorEliminated', preventionCoverage: 50 })],
];

/** The year a methodology is evaluated for on a dataset: its last year. */
const lastYear = (p: PreparedDataset): number => Math.max(...p.dataset.years);

/** Every node object of the identification's traces, with the number of schools whose trace holds it. */
function nodeSchools(r: Identification): Map<TraceNode, number> {
  const out = new Map<TraceNode, number>();
  for (const s of r.schools) {
    const mine = new Set<TraceNode>();
    const walk = (n: TraceNode): void => {
      mine.add(n);
      for (const c of n.children ?? []) walk(c);
    };
    for (const c of s.categories) if (c.trace !== undefined) walk(c.trace);
    for (const n of mine) out.set(n, (out.get(n) ?? 0) + 1);
  }
  return out;
}

afterEach(() => {
  TRACE_SHARING.on = true;
});

describe('shared trace nodes give the traces made school by school', () => {
  for (const [name, prepare] of DATASETS) {
    for (const [mid, m] of METHODOLOGIES) {
      it(`${mid} on ${name}`, () => {
        const p = prepare();
        const year = lastYear(p);
        for (const explain of [false, true]) {
          TRACE_SHARING.on = false;
          let reference: Identification;
          try {
            reference = identify(m, p, year, { trace: true, explain });
          } catch {
            // a methodology the dataset cannot be evaluated with (a pool it lacks): the same with sharing
            TRACE_SHARING.on = true;
            expect(() => identify(m, p, year, { trace: true, explain })).toThrow();
            continue;
          }
          TRACE_SHARING.on = true;
          const sharedRun = identify(m, p, year, { trace: true, explain });
          expect(JSON.stringify(sharedRun)).toBe(JSON.stringify(reference));
          expect(sharedRun).toStrictEqual(reference);
        }
      });
    }
  }

  it('shares nodes between schools on generated data, and not without sharing', () => {
    const p = packed(generated);
    const m = seed002Methodology();
    TRACE_SHARING.on = false;
    const alone = [...nodeSchools(identify(m, p, lastYear(p), { trace: true, explain: false })).values()];
    expect(alone.every((k) => k === 1)).toBe(true);
    TRACE_SHARING.on = true;
    const run = identify(m, p, lastYear(p), { trace: true, explain: false });
    const together = [...nodeSchools(run).values()];
    // and verdicts of a shared outcome and trace are one object too
    const verdicts = run.schools.flatMap((s) => s.categories);
    expect(new Set(verdicts).size).toBeLessThan(verdicts.length);
    expect(Math.max(...together)).toBeGreaterThan(1);
    // far fewer node objects than schools × nodes
    expect(together.length).toBeLessThan(alone.length / 2);
  });

  it('freezes what it shares: a change made for one school fails instead of reaching the others', () => {
    const p = packed(generated);
    const run = identify(seed002Methodology(), p, lastYear(p), { trace: true, explain: false });
    const many = [...nodeSchools(run)].filter(([, k]) => k > 1).map(([n]) => n);
    expect(many.length).toBeGreaterThan(0);
    for (const n of many) expect(Object.isFrozen(n)).toBe(true);
    const node = many[0] as TraceNode;
    expect(() => {
      (node as { label?: unknown }).label = 'изменено';
    }).toThrow(TypeError);
    const verdicts = run.schools.flatMap((s) => s.categories);
    const seen = new Set<object>();
    const twice = verdicts.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
    expect(twice.length).toBeGreaterThan(0);
    for (const v of twice) expect(Object.isFrozen(v)).toBe(true);
  });
});
