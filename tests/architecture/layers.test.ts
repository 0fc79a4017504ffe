/**
 * The layers of `../shared/DESIGN.md`, checked on every import of `src/**\/*.ts`:
 *
 * (a) direction: a folder imports only folders of its own layer or of a lower one;
 * (b) privacy: a `_lib` folder is imported only from inside the folder that holds it;
 * (c) no cycle between folders (peers of one layer may import each other, but not both ways);
 * (d) no dead code: every export is imported somewhere in `src` or re-exported by `src/index.ts`,
 *     and every property of an internal (`_lib`) type is read somewhere.
 *
 * Every violation is printed with its file and line. Violations that exist today and are being
 * fixed are listed in {@link KNOWN}: the test fails on any violation not in that list, and also on
 * any listed one that no longer exists, so the list can only shrink.
 */
import { describe, expect, it } from 'vitest';
import { againstAllowlist, layerViolations as violationsWith, type Violation } from '../_tools/layers.js';
import { readSources, type SourceModel } from '../_tools/sourceGraph.js';

/**
 * The layers, lowest first. A file may import a file of its own folder, of a folder of the same
 * layer (a peer) or of a lower layer; never of a higher one. `(root)` is `src/index.ts`, the barrel.
 * A folder not listed here fails the test: place every new folder deliberately.
 */
const LAYERS: readonly (readonly string[])[] = [
  // 0. data files shipped with the package (JSON only: they import nothing)
  ['data'],
  // 1. typed errors and their bilingual messages
  ['errors'],
  // 2. the three states of a computed value (value / not applicable / missing)
  ['core'],
  // 3. exact numbers: shares, decimals, rounding, comparison with a threshold, formatting
  ['numbers'],
  // 4. the model: schemas and types of schools, years, results, context; parsing
  ['model'],
  // 5. core computations, one folder per concept (peers: may use each other, without cycles)
  ['dynamics', 'indices', 'indicators', 'criteria', 'risk', 'objectivity'],
  // 6. programs as data: methodologies, presets, calendars, evaluation; plans and money (h13, new)
  ['programs', 'plans'],
  // 7. the edge: reports, the JSON Schemas of the input formats, input-format readers, the CLI and the barrel
  ['report', 'schemas', 'io', 'cli', '(root)'],
];

/**
 * Violations that exist on `main` today, each with the change that removes it. The lead empties
 * this list after merging the branches that fix them; the test fails if one of them is gone and
 * still listed, so nothing is re-admitted silently. Keys do not contain line numbers.
 */
const KNOWN: readonly string[] = [
  // Left after the layer work of issue #16 (2026-12-02). Gone since the list was first written: the
  // upward imports and cycles of model/jsonSchema.ts (now src/schemas, at the edge), every reach into
  // another folder's _lib (the criteria's measure reader and labels through criteria/measures/school.ts
  // and criteria/explain/measureLabel.ts, the report's reasons through report/reasons.ts, the
  // indices' regression line in indices/leastSquares.ts), the criteria ⇄ indices cycle, and 27 dead
  // exports. Still to remove, each with the change that removes it:
  // — dead code in the criteria's measure reader (being rewritten for speed: removed with that change):
  'dead export: src/criteria/_lib/measures.ts poolParts',
  // — exported only for a test of an internal (the test would import it from a public module, or
  //   test through the public function instead):
  'dead export: src/criteria/_lib/measures.ts yearsIn', // tests/criteria/packed.test.ts
  'dead export: src/cli/datasetIo.ts loadDatasetForCli', // tests/io/convert.test.ts (the CLI does not call it yet)
  'dead export: src/cli/run.ts VERSION', // tests/cli/demo.test.ts
  'dead export: src/criteria/methodology.ts MAX_METHODOLOGY_DEPTH', // tests/criteria/robustness.test.ts
  'dead export: src/report/_lib/reasons.ts decisiveChildren', // tests/report/reasons.test.ts
  'dead export: src/report/_lib/reasons.ts renderNode', // tests/report/reasons.test.ts
  'dead export: src/report/_lib/words.ts plural', // tests/report/reasons.test.ts
  'dead export: src/schemas/jsonSchema.ts NON_PORTABLE_PATTERN', // tests/schemas/jsonSchema.test.ts
];

const layerViolations = (m: SourceModel): Violation[] => violationsWith(m, LAYERS);

describe('layers (DESIGN.md: model → core computations → programs → the edge)', () => {
  const found = layerViolations(readSources());
  const report = (vs: readonly Violation[]): string => vs.map((v) => `  ${v.where}\n    [${v.key}]`).join('\n');

  it('every violation is a known one being fixed (new ones are printed with file and line)', () => {
    const { added } = againstAllowlist(found, KNOWN);
    expect(added, `${added.length} new layer violation(s):\n${report(added)}`).toEqual([]);
  });

  it('the list of known violations only shrinks: each listed one still exists', () => {
    const { stale } = againstAllowlist(found, KNOWN);
    expect(stale, `fixed (or the file moved): remove or update in KNOWN, tests/architecture/layers.test.ts:\n  ${stale.join('\n  ')}`).toEqual([]);
  });

  it('places every folder of src in exactly one layer', () => {
    const all = LAYERS.flat();
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('the layer check itself', () => {
  it('finds each kind of violation in a small tree built to break every rule, with file and line', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'shnor-layers-'));
    try {
      const put = (path: string, text: string): void => {
        mkdirSync(join(dir, 'src', path, '..'), { recursive: true });
        writeFileSync(join(dir, 'src', path), text);
      };
      put('index.ts', "export { f } from './model/f.js';\nexport { g } from './criteria/g.js';\n");
      put('numbers/_lib/exact.ts', 'export const exact = 1;\n');
      put('model/f.ts', "import { g } from '../criteria/g.js';\nexport const f = g;\n");
      put('criteria/g.ts', "import { exact } from '../numbers/_lib/exact.js';\nimport type { F } from '../model/types.js';\nexport const g: F = exact;\n");
      put('model/types.ts', 'export type F = number;\nexport const unused = 2;\n');
      put('criteria/_lib/ix.ts', 'export interface Ix { readonly read: number; readonly neverRead: number }\nexport const ix = (i: Ix): number => i.read;\n');
      put('criteria/h.ts', "import { ix } from './_lib/ix.js';\nexport const h = ix;\n");
      put('report/r.ts', "import { h } from '../criteria/h.js';\nexport const r = h;\n");
      put('plans/p.ts', "import { r } from '../report/r.js';\nexport const p = r;\n");
      put('wherever/w.ts', "import { p } from '../plans/p.js';\nexport const w = p;\n");
      const keys = layerViolations(readSources(join(dir, 'src')));
      expect(keys.map((v) => v.key)).toEqual([
        'cycle: criteria ⇄ model',
        'dead export: src/model/types.ts unused',
        'dead export: src/wherever/w.ts w',
        'dead member: src/criteria/_lib/ix.ts Ix.neverRead',
        'direction: src/model/f.ts (model, layer 4) imports src/criteria/g.ts (criteria, layer 5)',
        'direction: src/plans/p.ts (plans, layer 6) imports src/report/r.ts (report, layer 7)',
        'lib: src/criteria/g.ts imports src/numbers/_lib/exact.ts',
        'unplaced folder: src/wherever',
      ]);
      const where = keys.map((v) => v.where).join('\n');
      expect(where).toContain('src/model/f.ts:1 imports');
      expect(where).toContain("src/criteria/g.ts:1 imports '../numbers/_lib/exact.js'");
      expect(where).toContain('src/criteria/_lib/ix.ts:1 declares Ix.neverRead');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a fixed violation that is still listed, and a new one that is not', () => {
    const found = [{ key: 'lib: a imports b', where: 'a:1' }];
    expect(againstAllowlist(found, ['lib: a imports b'])).toEqual({ added: [], stale: [] });
    expect(againstAllowlist(found, [])).toEqual({ added: found, stale: [] });
    expect(againstAllowlist([], ['lib: a imports b'])).toEqual({ added: [], stale: ['lib: a imports b'] });
  });
});
