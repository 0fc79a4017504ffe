// Keeps private re-implementations of the number core out (issue #16): decimal values are read by
// `toDec` (src/numbers/decimal.ts), never by `Number(String(x).replace(',', '.'))`, and no folder
// reaches into `src/numbers/_lib`. The files listed in PENDING belong to other work in progress;
// each is to be switched to the core and removed from the list.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });

/** not yet switched (owned elsewhere): the rule engine and the consistency check */
const PENDING = new Set<string>([]);

describe('the number core has no private copies', () => {
  const all = files(SRC).map((f) => ({ rel: relative(SRC, f).split('\\').join('/'), text: readFileSync(f, 'utf8') }));

  it('no decimal is read by replacing a comma by hand outside the core', () => {
    const offenders = all.filter((f) => !f.rel.startsWith('numbers/') && !PENDING.has(f.rel) && /Number\(\s*String\([^)]*\)\s*\.replace\(\s*','/.test(f.text)).map((f) => f.rel);
    expect(offenders).toEqual([]);
  });

  it('no folder reaches into numbers/_lib', () => {
    const offenders = all.filter((f) => !f.rel.startsWith('numbers/') && !PENDING.has(f.rel) && /numbers\/_lib\//.test(f.text)).map((f) => f.rel);
    expect(offenders).toEqual([]);
  });

  it('no threshold comparison by toFixed or plain float in risk bands, signals and indicators', () => {
    const mine = all.filter((f) => /^(risk|objectivity|indicators)\//.test(f.rel));
    const offenders = mine.filter((f) => /toDec\([^)]*toFixed\(|\bsatisfies\(/.test(f.text)).map((f) => f.rel);
    expect(offenders).toEqual([]);
  });
});
