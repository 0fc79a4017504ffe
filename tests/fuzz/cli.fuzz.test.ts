// Fuzz suite (issue #15), the command line: `shnor validate`, `shnor evaluate` and `shnor test` fed
// broken files — the shipped sample mutated (fields dropped, values replaced by hostile ones,
// records duplicated, the text cut, bytes flipped, a BOM or UTF-16 put in front). Whatever the file,
// the command must answer with an exit code of 0, 1 or 2 and a message: never a thrown error, never
// a stack trace, never NaN or Infinity in what it prints, never a prototype polluted.
// CI runs 1 000 files with a fixed seed; `SHNOR_FUZZ_RUNS=100000 npx vitest run tests/fuzz/cli`
// runs ten thousand.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { RUNS, SEED, hostileScalar, polluted } from './_harness.js';

const ROOT = join(import.meta.dirname, '..', '..');
const sample = JSON.parse(readFileSync(join(ROOT, 'src', 'data', 'sample-rezh.dataset.json'), 'utf8')) as Record<string, unknown>;
const dir = mkdtempSync(join(tmpdir(), 'shnor-cli-fuzz-'));
const FILES = Math.max(20, Math.round(RUNS / 10));

/** A smaller sample (four schools, their records), so that each run evaluates in milliseconds. */
function small(): Record<string, unknown> {
  const keep = new Set(['rezh-4', 'rezh-5', 'rezh-8', 'rezh-23']);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(sample)) {
    out[k] = Array.isArray(v) ? v.filter((r) => typeof r !== 'object' || r === null || !('schoolId' in r) || keep.has((r as { schoolId: string }).schoolId)).filter((r) => k !== 'schools' || keep.has((r as { id: string }).id)) : v;
  }
  return out;
}
const base = small();
const collections = Object.keys(base).filter((k) => Array.isArray(base[k]));

type Mutation =
  | { kind: 'set'; collection: string; index: number; field: string; value: unknown }
  | { kind: 'drop'; collection: string; index: number; field: string }
  | { kind: 'duplicate'; collection: string; index: number }
  | { kind: 'top'; field: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), collection: fc.constantFrom(...collections), index: fc.nat(40), field: fc.constantFrom('schoolId', 'year', 'procedure', 'subject', 'grade', 'participants', 'marks', 'belowMinimum', 'mean', 'id', 'territoryId', 'name', '__proto__', 'constructor'), value: hostileScalar }),
  fc.record({ kind: fc.constant('drop' as const), collection: fc.constantFrom(...collections), index: fc.nat(40), field: fc.constantFrom('schoolId', 'year', 'participants', 'id', 'territoryId') }),
  fc.record({ kind: fc.constant('duplicate' as const), collection: fc.constantFrom(...collections), index: fc.nat(40) }),
  fc.record({ kind: fc.constant('top' as const), field: fc.constantFrom('format', 'id', 'territoryId', 'years', 'schools', 'results', '__proto__'), value: hostileScalar }),
);

function apply(d: Record<string, unknown>, ms: readonly Mutation[]): Record<string, unknown> {
  const out = structuredClone(d);
  for (const m of ms) {
    if (m.kind === 'top') {
      Object.defineProperty(out, m.field, { value: m.value, enumerable: true, writable: true, configurable: true });
      continue;
    }
    const list = out[m.collection];
    if (!Array.isArray(list) || list.length === 0) continue;
    const i = m.index % list.length;
    if (m.kind === 'duplicate') list.push(structuredClone(list[i]));
    else if (typeof list[i] === 'object' && list[i] !== null) {
      if (m.kind === 'drop') delete (list[i] as Record<string, unknown>)[m.field];
      else Object.defineProperty(list[i], m.field, { value: m.value, enumerable: true, writable: true, configurable: true });
    }
  }
  return out;
}

/** The file's bytes: JSON of the mutated dataset, then maybe cut, a byte flipped, a BOM or UTF-16. */
const encoding = fc.constantFrom('plain', 'bom', 'utf16', 'cut', 'flip', 'empty');
function bytes(d: Record<string, unknown>, how: string, at: number): Buffer {
  let text: string;
  try {
    text = JSON.stringify(d, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  } catch {
    text = '{';
  }
  const b = Buffer.from(text, 'utf8');
  switch (how) {
    case 'bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]);
    case 'utf16':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'cut':
      return b.subarray(0, at % Math.max(1, b.length));
    case 'flip': {
      const c = Buffer.from(b);
      if (c.length > 0) c[at % c.length] = (c[at % c.length] as number) ^ 0x5a;
      return c;
    }
    case 'empty':
      return Buffer.alloc(0);
    default:
      return b;
  }
}

async function run(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

/** What no answer of the CLI may contain: a stack trace, an internal error, a non-finite number. */
function badAnswer(r: { code: number; out: string; err: string }): string | null {
  if (![0, 1, 2].includes(r.code)) return `exit code ${r.code}`;
  if (/\n\s+at .+:\d+:\d+/.test(r.err) || /\n\s+at .+:\d+:\d+/.test(r.out)) return `stack trace: ${r.err.slice(0, 200)}`;
  if (/внутренняя ошибка|internal error|TypeError|ReferenceError|RangeError/.test(r.err)) return `internal error: ${r.err.slice(0, 200)}`;
  // a computed NaN or Infinity, not the user's own value quoted back («получено "Infinity"»)
  let text = r.out;
  try {
    // JSON output: look inside its strings (a JSON number cannot be NaN or Infinity)
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (typeof v === 'object' && v !== null) Object.values(v).forEach(walk);
    };
    walk(JSON.parse(r.out));
    text = strings.join('\n');
  } catch {
    // not JSON: the text itself
  }
  const unquoted = text.replace(/\\?"[^"\n]*"|«[^»\n]*»/g, '""');
  if (/\bNaN\b|\bInfinity\b/.test(unquoted)) return `non-finite number printed: ${unquoted.match(/.{0,60}(NaN|Infinity).{0,20}/)?.[0] ?? ''}`;
  if (r.code !== 0 && r.err.trim() === '' && r.out.trim() === '') return 'failed without a word';
  return null;
}

describe('the CLI over broken files', () => {
  it(`validate and evaluate answer every broken file with 0, 1 or 2 and a message (${FILES} files)`, async () => {
    const findings: string[] = [];
    let n = 0;
    const counts = { 0: 0, 1: 0, 2: 0 } as Record<number, number>;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 0, maxLength: 4 }), encoding, fc.nat(), async (ms, how, at) => {
        const file = join(dir, `f${n++}.json`);
        writeFileSync(file, bytes(apply(base, ms), how, at));
        for (const args of [
          ['validate', '--data', file],
          ['validate', '--data', file, '--format', 'json'],
          ['evaluate', '--program', 'seed002', '--data', file, '--year', '2023', '--partial', '--no-explain'],
        ]) {
          let r: { code: number; out: string; err: string };
          try {
            r = await run(args);
          } catch (e) {
            findings.push(`${args[0]} threw ${(e as Error).message} for ${JSON.stringify(ms).slice(0, 200)} (${how})`);
            continue;
          }
          counts[r.code] = (counts[r.code] ?? 0) + 1;
          const bad = badAnswer(r);
          if (bad !== null) findings.push(`${args.join(' ')}: ${bad} — mutations ${JSON.stringify(ms).slice(0, 300)} (${how})`);
          const p = polluted();
          if (p !== null) findings.push(`prototype polluted: ${p}`);
        }
      }),
      { numRuns: FILES, seed: SEED },
    );
    expect(findings).toEqual([]);
    // the generator reaches both answers: files the CLI accepts and files it rejects
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBeGreaterThan(0);
  }, 300_000);

  it('a methodologist’s test file that is broken is reported, never thrown', async () => {
    const findings: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json(), fc.constantFrom('cases: [', 'methodology: 5\ncases: []', '{"cases": [{"name": 1}]}', '\ufeff{}', '')), async (text) => {
        const file = join(dir, `t${Math.random().toString(36).slice(2)}.json`);
        writeFileSync(file, text);
        try {
          const r = await run(['test', file]);
          const bad = badAnswer(r);
          if (bad !== null) findings.push(`${JSON.stringify(text).slice(0, 120)}: ${bad}`);
        } catch (e) {
          findings.push(`${JSON.stringify(text).slice(0, 120)}: threw ${(e as Error).message}`);
        }
      }),
      { numRuns: FILES, seed: SEED },
    );
    expect(findings).toEqual([]);
  }, 300_000);
});
