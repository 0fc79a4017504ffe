/**
 * The root barrel (`src/index.ts`) is the library's surface. Every name it exports
 *
 * - has a `@category` in its TSDoc, the one of the folder that declares it
 *   (`tests/_tools/categories.json`), so that the API reference is grouped by concept;
 * - is not a generic word (`all`, `not`, `value`…) that says nothing once imported beside other
 *   libraries: a one-word lower-case name must be a word of the domain, listed below;
 * - does not come from a private `_lib` folder.
 *
 * `node tests/_tools/categories.mjs` writes the missing categories (`--dry-run` lists them).
 * Today's exceptions are listed and can only shrink.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSources, ROOT } from '../_tools/sourceGraph.js';

/**
 * Files whose root exports have no `@category` yet: all of them today. The lead runs
 * `node tests/_tools/categories.mjs` after the merge and empties this list.
 */
const UNCATEGORIZED_FILES: readonly string[] = [
  // empty: tests/_tools/categories.mjs has tagged every root export (run it again after adding one)
];

/**
 * One-word lower-case names that are words of the domain, not generic words: each names the one
 * concept of this library it stands for.
 */
const DOMAIN_WORDS: readonly string[] = [
  'change', // a change between two levels, in п.п. or in relative percent
  'identify', // identification of ШНОР / ШНСУ (выявление)
  'quantity', // a number with its unit
  'round', // the number core's rounding, with the mode named
  'share', // a count over a count (доля)
  'threshold', // the threshold rule builder (порог)
];

/**
 * Generic words the root exports today (issue #16), with the proposed names (docs/glossary.md).
 * The list can only shrink.
 */
const GENERIC_TODAY: readonly string[] = [
  // empty since the renames of this release: all → allOf, any → anyOf, not → noneOf, value →
  // valueOutcome, missing → missingOutcome, notApplicable → notApplicableOutcome, satisfies →
  // signSatisfies, reason → notApplicableBecause, persist → persistsIn, scoped → withinScope,
  // declared → declaredFact (CHANGELOG.md lists them)
];

const { folders } = JSON.parse(readFileSync(join(ROOT, 'tests', '_tools', 'categories.json'), 'utf8')) as { folders: Record<string, string> };
const sources = readSources();

interface RootExport {
  readonly name: string;
  readonly file: string;
  readonly kind: string;
  readonly category: string | null;
}

function rootExports(): RootExport[] {
  const out: RootExport[] = [];
  for (const e of sources.imports.filter((i) => i.from === 'src/index.ts' && i.reexport && i.to !== null)) {
    for (const [i, name] of e.names.entries()) {
      let d = sources.exports.find((x) => x.file === e.to && x.name === name);
      // a name a module passes on (`export type { X } from './_lib/model.js'`) is declared further down
      for (let hop = 0; d?.kind === 'reexport' && hop < 3; hop++) {
        const from = d.file;
        const next = sources.imports.find((i) => i.from === from && i.reexport && i.to !== null && (i.publicNames ?? i.names).includes(name));
        const declared = next === undefined ? undefined : (next.names[(next.publicNames ?? next.names).indexOf(name)] ?? name);
        d = next === undefined ? undefined : sources.exports.find((x) => x.file === next.to && x.name === declared);
      }
      const tag = d?.tags.find((t) => t.tag === 'category');
      // the public name is the one the barrel gives (`export { all as allOf }` is `allOf`)
      out.push({ name: e.publicNames?.[i] ?? name, file: e.to as string, kind: d?.kind ?? 'unknown', category: tag === undefined ? null : tag.text.trim() });
    }
  }
  return out;
}

describe('the root barrel', () => {
  const all = rootExports();

  it('exports declarations of src, each found in its file', () => {
    expect(all.length).toBeGreaterThan(300);
    expect(all.filter((x) => x.kind === 'unknown').map((x) => `${x.file} ${x.name}`)).toEqual([]);
  });

  it('gives every export a @category (files not yet categorized are listed)', () => {
    const missing = [...new Set(all.filter((x) => x.category === null).map((x) => x.file))].sort();
    expect(missing.filter((f) => !UNCATEGORIZED_FILES.includes(f)), 'root exports without @category: run node tests/_tools/categories.mjs').toEqual([]);
    expect(UNCATEGORIZED_FILES.filter((f) => !missing.includes(f)), 'now categorized: remove from UNCATEGORIZED_FILES').toEqual([]);
  });

  it('gives each export the category of its folder', () => {
    const wrong = all
      .filter((x) => x.category !== null)
      .map((x) => ({ ...x, expected: folders[x.file.split('/')[1] as string] ?? '(folder without a category)' }))
      .filter((x) => x.category !== x.expected)
      .map((x) => `${x.file} ${x.name}: @category ${x.category}, expected ${x.expected}`);
    expect(wrong).toEqual([]);
  });

  it('exports no generic word (a one-word lower-case name is a word of the domain)', () => {
    const generic = all.filter((x) => /^[a-z]+$/.test(x.name) && !DOMAIN_WORDS.includes(x.name)).map((x) => x.name).sort();
    expect(generic.filter((n) => !GENERIC_TODAY.includes(n)), 'generic names exported from the root').toEqual([]);
    expect(GENERIC_TODAY.filter((n) => !generic.includes(n)), 'renamed: remove from GENERIC_TODAY').toEqual([]);
  });

  it('re-exports nothing from a private _lib folder', () => {
    expect(all.filter((x) => x.file.includes('/_lib/')).map((x) => `${x.file} ${x.name}`)).toEqual([]);
  });
});
