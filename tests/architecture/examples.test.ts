/**
 * Every TSDoc `@example` of `src/**\/*.ts` is run, and every `//=>` in it must hold (the notation is
 * described in `tests/_tools/examples.ts`). An example runs as a user would run it: with the
 * library's root exports and those of `shnor/io` in scope, and these sample data (from `src/data/`):
 *
 * - `text`: the sample dataset as JSON text (`sample-rezh.dataset.json`), `dataset`: it parsed;
 * - `actuals`: the sample's indicator actuals (`sample-rezh.actuals.json`);
 * - `riskProfiles`: the sample's risk profiles (`sample-rezh.risk-profiles.json`);
 * - `seed000Dataset`, `seed004Dataset`: the seed datasets (`seed000-rezh-2021`, `seed004-kemerovsky-2021`).
 *
 * Any other name an example uses must be defined in the example itself. Examples that fail today are
 * listed in {@link FAILING} with the reason; the list can only shrink (an example listed there that
 * now passes fails the test, so that it is removed from the list). Two more lists guard the rest of
 * the promise "every function has an example in Russian domain terms whose results are true".
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeDatasetFile } from '../../src/io/read.js';
import * as shnor from '../../src/index.js';
import * as shnorIo from '../../src/io/index.js';
import { type DocExample, docExamples, runExample } from '../_tools/examples.js';
import { readSources, ROOT } from '../_tools/sourceGraph.js';

// A scratch folder for examples that read or write files: it holds the sample dataset as the files
// the shnor/io examples name (реж-2024.xlsx, реж-2024.jsonl.gz), so reading examples read real data.
const scratch = mkdtempSync(join(tmpdir(), 'shnor-examples-'));

/**
 * Examples that fail (`file name #n`: the n-th example of that declaration), by reason. Empty: an
 * example that does not hold is fixed with the change that breaks it, not listed here.
 */
const FAILING: readonly string[] = [
  // empty: every example holds (keep it so)
];

/** Examples that run but claim nothing (no `//=>`, no `// throws`): they show a call, not a result. */
const CLAIMING_NOTHING: readonly string[] = [
  // empty: every example claims a result (keep it so)
];

/** Root-exported functions and classes without an `@example` (none today: keep it so). */
const WITHOUT_EXAMPLE: readonly string[] = [];

/**
 * Root-exported functions whose examples have not one Russian word (the issue counts 22 of 96 with
 * one): an example in Russian domain terms names a school, a subject, a program, a verdict.
 */
const NOT_IN_RUSSIAN: readonly string[] = [
  // empty: every root function has an example in Russian domain terms (keep it so)
];

const data = (name: string): string => readFileSync(join(ROOT, 'src', 'data', name), 'utf8');
const text = data('sample-rezh.dataset.json');
const scope: Record<string, unknown> = {
  ...shnorIo,
  ...shnor,
  text,
  dataset: shnor.parseDataset(JSON.parse(text)),
  actuals: (JSON.parse(data('sample-rezh.actuals.json')) as { actuals: unknown }).actuals,
  riskProfiles: (JSON.parse(data('sample-rezh.risk-profiles.json')) as { profiles: unknown }).profiles,
  seed000Dataset: shnor.parseDataset(JSON.parse(data('seed000-rezh-2021.dataset.json'))),
  seed004Dataset: shnor.parseDataset(JSON.parse(data('seed004-kemerovsky-2021.dataset.json'))),
};

const sources = readSources();
const examples: DocExample[] = sources.files.flatMap((f) => docExamples(f, readFileSync(join(ROOT, f), 'utf8')));
const keyOf = (e: DocExample): string => `${e.file} ${e.name} #${e.index}`;

/** Names the root exports, with their declaration (from `src/index.ts`'s re-exports). */
function rootDeclarations(): { name: string; kind: string; examples: string[] }[] {
  const out: { name: string; kind: string; examples: string[] }[] = [];
  for (const e of sources.imports.filter((i) => i.from === 'src/index.ts' && i.to !== null)) {
    for (const n of e.names) {
      const d = sources.exports.find((x) => x.file === e.to && x.name === n);
      if (d !== undefined) out.push({ name: n, kind: d.kind, examples: d.tags.filter((t) => t.tag === 'example').map((t) => t.text) });
    }
  }
  return out;
}

describe('TSDoc examples', () => {
  beforeAll(async () => {
    const sample = shnor.parseDataset(JSON.parse(readFileSync(join(ROOT, 'src', 'data', 'sample-rezh.dataset.json'), 'utf8')));
    for (const name of ['реж-2024.xlsx', 'реж-2024.jsonl.gz']) await writeDatasetFile(sample, join(scratch, name));
  }, 120_000);

  it('finds the examples of every documented export', () => {
    expect(examples.length).toBeGreaterThanOrEqual(100);
    expect(new Set(examples.map(keyOf)).size).toBe(examples.length);
  });

  it('runs every example: each //=> holds, except the listed failures (printed with file and line)', async () => {
    const failing: string[] = [];
    const report: string[] = [];
    let claims = 0;
    for (const ex of examples) {
      // the names of the example's own module are in scope too (an internal helper's example, shnor/io's)
      const own = (await import(pathToFileURL(join(ROOT, ex.file)).href)) as Record<string, unknown>;
      // examples that write files (shnor/io) write them into a scratch folder, never into the repository
      const here = process.cwd();
      process.chdir(scratch);
      let r: Awaited<ReturnType<typeof runExample>>;
      try {
        r = await runExample(ex.code, { ...own, ...scope });
      } finally {
        process.chdir(here);
      }
      claims += r.claims.length;
      if (r.failures.length === 0) continue;
      failing.push(keyOf(ex));
      if (!FAILING.includes(keyOf(ex))) {
        for (const f of r.failures) report.push(`  ${ex.file}:${f.line === 0 ? ex.line : ex.line + f.line - 1} (${ex.name}): ${f.message}`);
      }
    }
    const added = failing.filter((k) => !FAILING.includes(k));
    const fixed = FAILING.filter((k) => !failing.includes(k));
    expect(added, `example(s) that do not hold:\n${report.join('\n')}`).toEqual([]);
    expect(fixed, 'example(s) listed in FAILING that now hold (or whose file or declaration moved): remove or update them in tests/architecture/examples.test.ts').toEqual([]);
    expect(claims).toBeGreaterThanOrEqual(100);
  }, 120_000);

  it('every example claims a result (a //=> or a // throws), except the listed ones', () => {
    const silent = examples.filter((ex) => !/\/\/=>|\/\/\s*throws\s/.test(ex.code)).map(keyOf).sort();
    expect(silent.filter((k) => !CLAIMING_NOTHING.includes(k)), 'examples without a //=>').toEqual([]);
    expect(CLAIMING_NOTHING.filter((k) => !silent.includes(k)), 'now claim a result: remove from CLAIMING_NOTHING').toEqual([]);
  });

  it('every function and class the root exports has an @example', () => {
    const missing = rootDeclarations().filter((d) => (d.kind === 'function' || d.kind === 'class') && d.examples.length === 0).map((d) => d.name).sort();
    expect(missing.filter((n) => !WITHOUT_EXAMPLE.includes(n)), 'exported without an @example').toEqual([]);
    expect(WITHOUT_EXAMPLE.filter((n) => !missing.includes(n)), 'now have an example: remove from WITHOUT_EXAMPLE').toEqual([]);
  });

  it('every function the root exports has an example in Russian domain terms, except the listed ones', () => {
    const fns = rootDeclarations().filter((d) => d.kind === 'function');
    const notRussian = fns.filter((d) => !d.examples.some((x) => /[А-Яа-яЁё]/.test(x))).map((d) => d.name).sort();
    expect(notRussian.filter((n) => !NOT_IN_RUSSIAN.includes(n)), 'examples without a Russian word').toEqual([]);
    expect(NOT_IN_RUSSIAN.filter((n) => !notRussian.includes(n)), 'now in Russian: remove from NOT_IN_RUSSIAN').toEqual([]);
  });
});

describe('the example runner itself', () => {
  it('checks values, partial values, patterns, throws and console.log, and reports what does not hold', async () => {
    const good = await runExample(
      [
        "import { share } from 'shnor';",
        'share(6, 20) //=> { count: 6, total: 20 }',
        "sharePercent(share(1, 3)) //=> { status: 'value', value: '33.33…' }",
        "const d = dataset; d.schools.map((s) => s.id) //=> ['rezh-1', ...]",
        'share(7, 5) // throws ShnorError COUNT_EXCEEDS_TOTAL',
        "formatNumber(40000) //=> '40 000' (a no-break space)",
        'const x: number = 2;',
        'console.log(x * 3); //=> 6',
        "sharePercent(share(1, 16))",
        "//=> { status: 'value', ... }",
      ].join('\n'),
      scope,
    );
    expect(good.failures).toEqual([]);
    expect(good.claims).toHaveLength(7);

    const bad = await runExample(
      [
        'share(6, 20) //=> { count: 6 }',
        'share(6, 20) //=> { count: 6, total: 21 }',
        "sharePercent(share(1, 3)) //=> { status: 'value', value: '33.4…' }",
        'share(6, 5) // throws ShnorError INVALID_COUNT',
        'share(1, 2); // throws ShnorError COUNT_EXCEEDS_TOTAL',
        "[1, 2] //=> [1, 2, 3]",
        'undefinedName //=> 1',
      ].join('\n'),
      scope,
    );
    expect(bad.failures.map((f) => f.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(bad.failures[0]?.message).toContain('unexpected property');
    expect(bad.failures[1]?.message).toContain('at .total');
    expect(bad.failures[3]?.message).toContain('threw ShnorError COUNT_EXCEEDS_TOTAL');
    expect(bad.failures[6]?.message).toContain('ReferenceError');

    // a claim on an awaited value is checked once it settles (the shnor/io readers and writers)
    const awaited = await runExample('await Promise.resolve(share(1, 2)) //=> { count: 1, total: 2 }\nawait Promise.resolve(1) //=> 2', scope);
    expect(awaited.failures.map((f) => f.line)).toEqual([2]);

    const stops = await runExample("share(1, 2)\nthrow new Error('boom')\nshare(1, 2) //=> { count: 1, total: 2 }", scope);
    expect(stops.failures).toEqual([{ line: 0, message: 'the example stops: Error: boom' }]);
  });

  it("runs the README's blocks too (one scope, partial objects), so readme.test.ts can share it", async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string).join('\n');
    const r = await runExample(block, scope, { objects: 'partial' });
    expect(r.failures).toEqual([]);
    expect(r.claims.length).toBeGreaterThanOrEqual(5);
  }, 120_000);
});
