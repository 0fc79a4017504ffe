import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDemo } from '../../src/cli/demo.js';
import { runCli } from '../../src/cli/run.js';

const run = (args: string[]): { code: number; out: string; err: string } => {
  let out = '';
  let err = '';
  const code = runCli(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
};

const GOLDEN = join(import.meta.dirname, '..', 'golden');
const tmp = mkdtempSync(join(tmpdir(), 'shnor-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// Golden files: the demo's output is deterministic (fixed data, no clock). When a change to the
// report is intended, regenerate with SHNOR_UPDATE_GOLDEN=1 and review the diff.
function golden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.SHNOR_UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('shnor demo', () => {
  it('matches the golden Markdown and JSON (Russian and English)', () => {
    const ru = buildDemo('ru');
    golden('demo.ru.md', ru.markdown);
    golden('demo.json', ru.json);
    golden('demo.en.md', buildDemo('en').markdown);
  });

  it('prints the report and writes JSON, Markdown and HTML into the folder it names', () => {
    const out = join(tmp, 'report');
    const r = run(['demo', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('## Идентификация');
    expect(r.out).toContain('557 участников при 491 допущенных к ГИА-9');
    expect(r.out).toContain(`Отчёт записан в ${out}`);
    for (const f of ['report.json', 'report.md', 'report.html']) expect(existsSync(join(out, f))).toBe(true);
    expect(r.out).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('rejects bad options with exit code 2', () => {
    expect(run(['demo', '--lang', 'de']).code).toBe(2);
    expect(run(['demo', '--year', 'вчера']).code).toBe(2);
    expect(run(['demo', '--frob']).code).toBe(2);
    const r = run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown command');
  });
});

describe('shnor evaluate / validate / schema (for integrators)', () => {
  const sample = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.dataset.json'), 'utf8')) as { results: Record<string, unknown>[]; schools: unknown[] };
  const good = join(tmp, 'good.json');
  writeFileSync(good, JSON.stringify(sample));
  const broken = structuredClone(sample);
  (broken.results[3] as Record<string, unknown>).participants = -5;
  (broken.results[7] as Record<string, unknown>).procedure = 'pisa';
  const bad = join(tmp, 'bad.json');
  writeFileSync(bad, JSON.stringify(broken));

  it('evaluates a preset over a file, as JSON, Markdown or HTML', () => {
    const json = run(['evaluate', '--program', 'seed002', '--data', good, '--year', '2023', '--format', 'json']);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.out) as { programId: string; identification: { lists: { shnor: { yes: string[] } } } };
    expect(parsed.programId).toBe('seed002');
    expect(parsed.identification.lists.shnor.yes.length).toBeGreaterThan(0);
    expect(run(['evaluate', '--program', 'seed000', '--data', good, '--year', '2023', '--lang', 'en']).out).toContain('## Identification');
    expect(run(['evaluate', '--program', 'seed000', '--data', good, '--year', '2023', '--format', 'html']).out).toContain('<svg');
  });

  it('--no-explain: the same lists without explanation texts (for large datasets), as JSON and Markdown', () => {
    const full = JSON.parse(run(['evaluate', '--program', 'seed002', '--data', good, '--year', '2023', '--format', 'json']).out) as { identification: { lists: unknown; schools: { categories: { explanation?: unknown }[] }[] } };
    const bare = JSON.parse(run(['evaluate', '--program', 'seed002', '--data', good, '--year', '2023', '--format', 'json', '--no-explain']).out) as typeof full;
    expect(bare.identification.lists).toEqual(full.identification.lists);
    expect(bare.identification.schools.flatMap((s) => s.categories).some((c) => c.explanation !== undefined)).toBe(false);
    const md = run(['evaluate', '--program', 'seed002', '--data', good, '--year', '2023', '--no-explain']);
    expect(md.code).toBe(0);
    expect(md.out).toContain('## Идентификация');
  });

  it('evaluates a program given as a file', () => {
    const file = join(tmp, 'program.json');
    const p = JSON.parse(run(['evaluate', '--program', 'seed002', '--data', good, '--year', '2023', '--format', 'json']).out) as unknown;
    expect(p).toBeTruthy();
    writeFileSync(file, JSON.stringify({ id: 'x' }));
    const r = run(['evaluate', '--program', file, '--data', good, '--year', '2023']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('the program has');
  });

  it('bad data: a non-zero exit code and every issue listed; --partial still evaluates the good records', () => {
    const r = run(['evaluate', '--program', 'seed002', '--data', bad, '--year', '2023']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('results.3.participants');
    expect(r.err).toContain('results.7.procedure');
    expect(r.out).toBe('');
    const p = run(['evaluate', '--program', 'seed002', '--data', bad, '--year', '2023', '--partial', '--format', 'json']);
    expect(p.code).toBe(0);
    expect(p.err).toContain('--partial');
    expect((JSON.parse(p.out) as { programId: string }).programId).toBe('seed002');
  });

  it('validate lists counts and every issue', () => {
    const ok = run(['validate', '--data', good]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('schools: 16');
    const ko = run(['validate', '--data', bad, '--lang', 'en']);
    expect(ko.code).toBe(1);
    expect(ko.err).toContain('2 issue(s)');
    expect(run(['validate', '--data', join(tmp, 'missing.json')]).code).toBe(1);
    writeFileSync(join(tmp, 'notjson.json'), '{ not json');
    expect(run(['validate', '--data', join(tmp, 'notjson.json')]).code).toBe(1);
    expect(run(['validate']).code).toBe(2);
  });

  it('prints JSON Schema', () => {
    const r = run(['schema', 'assessment-result']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { $id: string }).$id).toBe('urn:shnor:schema:assessment-result');
    expect(run(['schema', 'nope']).code).toBe(2);
  });
});
