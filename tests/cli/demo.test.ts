import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';

const run = (args: string[]): { code: number; out: string; err: string } => {
  let out = '';
  let err = '';
  const code = runCli(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
};

describe('shnor demo', () => {
  it('prints the report in Russian over the embedded seed data', () => {
    const r = run(['demo']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('неблагополучная (7): МБОУ СОШ № 4, МБОУ СОШ № 5, МБОУ ООШ № 8, МБОУ СОШ № 23, МБОУ ООШ № 27, МБОУ ООШ № 28, МБОУ СОШ № 46');
    expect(r.out).toContain('нет данных (2): МБОУ СОШ № 13, МБОУ СОШ № 30');
    expect(r.out).toContain('557 участников при 491 допущенных к ГИА-9');
    expect(r.out).toContain('2025: 80 — не равно k/16');
    expect(r.out).toContain('-2,0\u00a0п.п.');
    expect(r.out).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('prints it in English with --lang en', () => {
    const r = run(['demo', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Rezh urban okrug, 2021: the typology of schools');
    expect(r.out).toContain('557 participants but only 491 admitted');
  });

  it('rejects a bad option and an unknown command with a non-zero exit code', () => {
    expect(run(['demo', '--lang', 'de']).code).toBe(2);
    const r = run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown command');
  });

  it('prints JSON Schema', () => {
    const r = run(['schema', 'assessment-result']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).$id).toBe('urn:shnor:schema:assessment-result');
    expect(run(['schema', 'nope']).code).toBe(2);
  });
});
