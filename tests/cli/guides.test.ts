import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { BEREZOVSKY_DECLARED_FACTS, PROCEDURES, SERGOKALINSKY_DECLARED_FACTS, SUBJECTS, SOCIAL_FACTORS, safeParseMethodology } from '../../src/index.js';

// The guides teach with real files and real output: the examples run, the tables list every id.
const ROOT = join(import.meta.dirname, '..', '..');
const guide = (name: string): string => readFileSync(join(ROOT, 'docs', 'guides', name), 'utf8');

const run = async (args: string[]): Promise<{ code: number; out: string; err: string }> => {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
};

describe('the guides', () => {
  it('the example methodology is valid and its tests pass, as the guide shows', async () => {
    const m = JSON.parse(guide('examples/ensk-methodology.json')) as unknown;
    expect(safeParseMethodology(m).success).toBe(true);
    const r = await run(['test', join(ROOT, 'docs', 'guides', 'examples', 'ensk.tests.yaml')]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const shown = /```text\n([\s\S]*?)```/.exec(guide('your-methodology.md'))?.[1] ?? '';
    expect(r.out.trim()).toBe(shown.trim());
  });

  it('the failure the guide shows is what shnor test prints', async () => {
    const { mkdtempSync, writeFileSync, copyFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'shnor-guide-'));
    copyFileSync(join(ROOT, 'docs', 'guides', 'examples', 'ensk-methodology.json'), join(dir, 'ensk-methodology.json'));
    writeFileSync(join(dir, 't.yaml'), guide('examples/ensk.tests.yaml').replace('s2: { shnor: true }', 's2: { shnor: false }'));
    const r = await run(['test', join(dir, 't.yaml')]);
    expect(r.code).toBe(1);
    const blocks = [...guide('your-methodology.md').matchAll(/```text\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    expect(r.out).toContain((blocks[1] ?? '').trim());
  });

  it('the data format lists every procedure, subject and social factor id', () => {
    const text = guide('data-format.md');
    for (const x of [...PROCEDURES, ...SUBJECTS, ...SOCIAL_FACTORS]) expect(text, x.id).toContain(`\`${x.id}\``);
  });

  it('the data format lists every fact the preset programs read', () => {
    const text = guide('data-format.md');
    for (const f of [...SERGOKALINSKY_DECLARED_FACTS, ...BEREZOVSKY_DECLARED_FACTS, { id: 'lowResultsCategory' }]) expect(text, f.id).toContain(`\`${f.id}\``);
  });

  it('the README links every guide', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const g of ['getting-started.md', 'data-format.md', 'your-methodology.md', 'other-languages.md']) expect(readme).toContain(`docs/guides/${g}`);
  });
});
