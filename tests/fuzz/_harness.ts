// Shared oracle of the fuzz suite (issue #15): an entry point given hostile input either returns
// an output with no NaN, no Infinity and no prototype pollution, or throws a ShnorError (a typed
// error with a code), never a TypeError, a RangeError (stack overflow) or a DecimalError.
import fc from 'fast-check';
import { expect } from 'vitest';
import { isShnorError } from '../../src/index.js';

/**
 * Runs per entry point. CI default: 10 000 for the light functions (the number core, signals,
 * dates), a tenth of it for the parsers of whole files and for the CLI (about 100 s in all on a
 * busy 2-core machine; 3 000 runs did not reach the counts that overflow a sum, 10 000 did). A
 * quick local run is `SHNOR_FUZZ_RUNS=1000 npx vitest run tests/fuzz`; a deep run
 * `SHNOR_FUZZ_RUNS=100000 npx vitest run tests/fuzz`.
 */
export const RUNS: number = Math.max(1, Number(process.env.SHNOR_FUZZ_RUNS ?? 10_000));
/** Runs for the heavy entry points (a whole dataset per case). */
export const HEAVY_RUNS: number = Math.max(1, Math.round(RUNS / 10));
/** The fixed seed of CI; `SHNOR_FUZZ_SEED` replays another. */
export const SEED: number = Number(process.env.SHNOR_FUZZ_SEED ?? 15_015);

/** What went wrong in one case, or `null`. */
export type Finding = { kind: 'crash' | 'non_finite' | 'pollution'; detail: string } | null;

/**
 * Every number (and every number-like string) in an output is finite. Inside `issues` (which
 * echo the bad input back: «получено NaN, ожидается конечное число») only numbers are checked.
 */
export function nonFinite(x: unknown, path: string = '$', seen: Set<unknown> = new Set<unknown>(), echo: boolean = false): string | null {
  if (typeof x === 'number') return Number.isFinite(x) ? null : `${path} = ${x}`;
  if (typeof x === 'string') return !echo && /(^|[^\p{L}])(NaN|-?Infinity)([^\p{L}]|$)/u.test(x) ? `${path} = ${JSON.stringify(x.slice(0, 120))}` : null;
  if (typeof x !== 'object' || x === null || seen.has(x)) return null;
  seen.add(x);
  if (x instanceof Map) {
    for (const [k, v] of x) {
      const r = nonFinite(v, `${path}.get(${String(k)})`, seen, echo);
      if (r) return r;
    }
    return null;
  }
  if (ArrayBuffer.isView(x)) {
    for (let i = 0; i < (x as unknown as ArrayLike<number>).length; i++) {
      const v = (x as unknown as ArrayLike<number>)[i] as number;
      if (typeof v === 'number' && !Number.isFinite(v)) return `${path}[${i}] = ${v}`;
    }
    return null;
  }
  for (const k of Object.keys(x)) {
    const r = nonFinite((x as Record<string, unknown>)[k], `${path}.${k}`, seen, echo || k === 'issues');
    if (r) return r;
  }
  return null;
}

const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join(',');
/** `Object.prototype` is untouched: no key added, none of the probes set. */
export function polluted(): string | null {
  const now = Object.getOwnPropertyNames(Object.prototype).sort().join(',');
  if (now !== PROTO_KEYS) return `Object.prototype keys changed: ${now}`;
  const probe = {} as Record<string, unknown>;
  for (const k of ['polluted', 'isAdmin', 'x']) if (probe[k] !== undefined) return `({}).${k} is set`;
  if (Object.getPrototypeOf(probe) !== Object.prototype) return 'the prototype of {} changed';
  return null;
}

/** Calls `fn` and judges the case: a ShnorError or a clean output passes. */
export function judge(fn: () => unknown): Finding {
  let out: unknown;
  try {
    out = fn();
  } catch (e) {
    const p = polluted();
    if (p) return { kind: 'pollution', detail: p };
    if (isShnorError(e)) return null;
    return { kind: 'crash', detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
  const p = polluted();
  if (p) return { kind: 'pollution', detail: p };
  const n = nonFinite(out);
  return n ? { kind: 'non_finite', detail: n } : null;
}

/** Tallies of one entry point's run: every one must stay zero. */
export interface Tally {
  runs: number;
  crash: number;
  non_finite: number;
  pollution: number;
  silent_drop: number;
}

/**
 * Fuzzes one entry point: every case is judged, the findings are counted, and the property fails
 * on the first finding (fast-check shrinks it to a minimal input).
 */
export function fuzz<T>(arb: fc.Arbitrary<T>, call: (input: T) => unknown, runs: number = RUNS, dropped?: (input: T, out: unknown) => string | null): Tally {
  const tally: Tally = { runs: 0, crash: 0, non_finite: 0, pollution: 0, silent_drop: 0 };
  fc.assert(
    fc.property(arb, (input) => {
      tally.runs++;
      let out: unknown;
      const f = judge(() => (out = call(input)));
      if (f) tally[f.kind]++;
      expect(f, f ? `${f.kind}: ${f.detail}` : '').toBeNull();
      if (dropped && out !== undefined) {
        const d = dropped(input, out);
        if (d) tally.silent_drop++;
        expect(d).toBeNull();
      }
    }),
    // no shrinking: hostile JSON shrinks slowly, and the regression tests hold the minimal inputs
    { seed: SEED, numRuns: runs, endOnFailure: true },
  );
  return tally;
}

/** Hostile scalars an attacker or a careless integrator sends. */
export const hostileScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, -1, 2.5, 0, 100, 101,
    '9'.repeat(400), '1e3', '0x7E8', '2.024e3', ' 6,3 ', '6,3', '', '-', ',', 'NaN', 'Infinity',
    '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf',
    '2024-02-31', '2030-13-45', '0000/0001', '2021/2022', null, undefined, true, false, [], {},
  ),
  fc.integer({ min: -5, max: 3000 }),
  fc.double(),
  fc.string({ maxLength: 8 }),
);

/** A JSON object whose own key is `__proto__` (as `JSON.parse` builds it), carrying a pollution probe. */
export const protoObject = (): unknown => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');

/** Any JSON-like value, hostile scalars and `__proto__` keys included. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    hostileScalar,
    fc.constant(null).map(() => protoObject()),
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'year', 'value', 'count', 'total', 'actuals', 'schoolId', 'id'), fc.string({ maxLength: 5 })), tie('v'), { maxKeys: 4 }),
  ),
})).v;

/** Every path (of keys and indices) into a JSON value. */
export function pathsOf(x: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(x)) x.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (typeof x === 'object' && x !== null) for (const k of Object.keys(x)) pathsOf((x as Record<string, unknown>)[k], [...prefix, k], out);
  return out;
}

/** A deep copy of a JSON value with the value at `path` replaced (or deleted when `value` is the DELETE marker). */
export const DELETE: unique symbol = Symbol('delete');
export function mutate(x: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(x)) {
    const copy = [...x];
    if (rest.length === 0 && value === DELETE) copy.splice(head as number, 1);
    else copy[head as number] = mutate(copy[head as number], rest, value);
    return copy;
  }
  if (typeof x === 'object' && x !== null) {
    const copy: Record<string, unknown> = { ...(x as Record<string, unknown>) };
    if (rest.length === 0 && value === DELETE) delete copy[head];
    else Object.defineProperty(copy, head, { value: mutate(copy[head], rest, value), enumerable: true, writable: true, configurable: true });
    return copy;
  }
  return x;
}

/** Mutations of a shipped sample: one to three paths replaced by hostile values or deleted. */
export function mutationsOf(sample: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(sample);
  return fc
    .array(fc.tuple(fc.nat(paths.length - 1), fc.oneof({ weight: 4, arbitrary: hostileJson }, { weight: 1, arbitrary: fc.constant(DELETE) })), { minLength: 1, maxLength: 3 })
    .map((ms) => ms.reduce<unknown>((acc, [i, v]) => mutate(acc, paths[i] as (string | number)[], v), sample));
}
