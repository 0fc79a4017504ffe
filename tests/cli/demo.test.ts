import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDemo } from '../../src/cli/demo.js';
import { VERSION, runCli } from '../../src/cli/run.js';
import { SEED_002_PROGRAM } from '../../src/index.js';

const run = async (args: string[], stdin?: string | Buffer): Promise<{ code: number; out: string; err: string }> => {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), ...(stdin === undefined ? {} : { stdin: () => Buffer.from(stdin) }) });
  return { code, out, err };
};

const ROOT = join(import.meta.dirname, '..', '..');
const GOLDEN = join(import.meta.dirname, '..', 'golden');
const tmp = mkdtempSync(join(tmpdir(), 'shnor-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// Golden files: the demo's output is deterministic (fixed data, no clock). When a change to the
// report is intended, regenerate with SHNOR_UPDATE_GOLDEN=1 and review the diff. A missing golden
// file is written locally (and the test fails, so that it is reviewed); in CI it is an error.
function golden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.SHNOR_UPDATE_GOLDEN === '1') writeFileSync(path, actual);
  if (!existsSync(path)) {
    if (!process.env.CI) writeFileSync(path, actual);
    throw new Error(`golden file ${name} was missing${process.env.CI ? ' (CI: not written)' : '; written now — review it and run again'}`);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('the golden-file helper', () => {
  it('fails when a golden file is missing (and in CI does not write it)', () => {
    const name = `missing-${process.pid}.md`;
    const saved = process.env.CI;
    const update = process.env.SHNOR_UPDATE_GOLDEN;
    process.env.CI = '1';
    delete process.env.SHNOR_UPDATE_GOLDEN;
    try {
      expect(() => golden(name, 'x')).toThrow(/missing/);
      expect(existsSync(join(GOLDEN, name))).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.CI;
      else process.env.CI = saved;
      if (update !== undefined) process.env.SHNOR_UPDATE_GOLDEN = update;
      rmSync(join(GOLDEN, name), { force: true });
    }
  });
});

describe('shnor demo', () => {
  it('matches the golden Markdown and JSON (Russian and English)', () => {
    const ru = buildDemo('ru');
    golden('demo.ru.md', ru.markdown);
    golden('demo.json', ru.json);
    golden('demo.en.md', buildDemo('en').markdown);
  });

  it('prints the report and writes JSON, Markdown, HTML and a school card into the folder it names', async () => {
    const out = join(tmp, 'report');
    const r = await run(['demo', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('## Идентификация: перечни школ');
    expect(r.out).toContain('557 участников при 491 допущенном к ГИА-9');
    expect(r.out).toContain(`Отчёт записан в ${out}`);
    for (const f of ['report.json', 'report.md', 'report.html', 'card.html']) expect(existsSync(join(out, f))).toBe(true);
    expect(r.out).not.toMatch(/NaN|Infinity|undefined|function Object/);
  });

  it('-h and --help print the command’s help instead of running it', async () => {
    for (const h of ['-h', '--help']) {
      const r = await run(['demo', h, '--out', join(tmp, 'never')]);
      expect(r.code).toBe(0);
      expect(r.out).toContain('shnor demo');
      expect(r.out).toContain('--out');
      expect(existsSync(join(tmp, 'never'))).toBe(false);
    }
  });

  it('accepts --flag=value', async () => {
    const out = join(tmp, 'eq');
    const r = await run(['demo', `--out=${out}`, '--lang=en', '--year=2023']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('## Identification: school lists');
  });

  it('rejects bad options with exit code 2; the year has four digits', async () => {
    expect((await run(['demo', '--lang', 'de'])).code).toBe(2);
    for (const y of ['вчера', '0x7E8', '2.024e3', '2024.0', ' 2024', '20240', '1500']) {
      const r = await run(['demo', '--year', y]);
      expect(r.code, y).toBe(2);
      expect(r.err).toContain('four-digit year');
    }
    expect((await run(['demo', '--frob'])).code).toBe(2);
    const r = await run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown command');
  });

  it('a write error is one line naming the file, exit 1: --out a file, a folder under a file', async () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'x');
    const r = await run(['demo', '--out', file]);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain(file);
    const under = await run(['demo', '--out', join(file, 'sub')]);
    expect(under.code).toBe(1);
    expect(under.err).toMatch(/a-file/);
    expect(under.err).not.toMatch(/\n\s+at /);
  });
});

describe('shnor --help, --version, help per command', () => {
  it('prints the version of package.json', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(pkg.version);
  });

  it.each(['demo', 'evaluate', 'validate', 'schema', 'test'])('shnor %s --help describes the command and its options', async (cmd) => {
    const r = await run([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`shnor ${cmd}`);
    expect(r.out).toContain('--lang');
    expect(r.out).toContain('exit codes');
    expect((await run(['help', cmd])).out).toBe(r.out);
  });

  it('shnor --help lists every command and the exit codes', async () => {
    const r = await run(['--help']);
    for (const cmd of ['demo', 'evaluate', 'validate', 'schema', 'test']) expect(r.out).toContain(`shnor ${cmd}`);
    expect(r.out).toContain('0 — успех');
  });
});

describe('shnor evaluate / validate / schema (for integrators)', () => {
  const sample = JSON.parse(readFileSync(join(ROOT, 'src', 'data', 'sample-rezh.dataset.json'), 'utf8')) as { results: Record<string, unknown>[]; schools: { id: string; name: string }[] };
  const good = join(tmp, 'good.json');
  writeFileSync(good, JSON.stringify(sample));
  const broken = structuredClone(sample);
  (broken.results[3] as Record<string, unknown>).participants = -5;
  (broken.results[7] as Record<string, unknown>).procedure = 'pisa';
  const bad = join(tmp, 'bad.json');
  writeFileSync(bad, JSON.stringify(broken));

  it('evaluates a preset over a file, as JSON, Markdown or HTML', async () => {
    const json = await run(['evaluate', '--program', 'sergokalinsky-2023-2025', '--data', good, '--year', '2023', '--format', 'json']);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.out) as { programId: string; identification: { lists: { shnor: { yes: string[] } } } };
    expect(parsed.programId).toBe('sergokalinsky-2023-2025');
    expect(parsed.identification.lists.shnor.yes.length).toBeGreaterThan(0);
    expect(json.out).not.toContain('"trace"');
    expect((await run(['evaluate', '--program', 'rezh-2019-2025', '--data', good, '--year', '2023', '--lang', 'en'])).out).toContain('## Identification: school lists');
    // a chart needs an actual: without actuals the report says so instead of drawing targets alone
    const bare = (await run(['evaluate', '--program', 'rezh-2019-2025', '--data', good, '--year', '2023', '--format', 'html'])).out;
    expect(bare).toContain('Графиков нет: ни у одного показателя нет фактических значений.');
    const html = (await run(['evaluate', '--program', 'rezh-2019-2025', '--data', good, '--year', '2023', '--format', 'html', '--actuals', join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.actuals.json')])).out;
    expect(html).toContain('<svg');
    expect(html).toContain('Данные синтетические');
  });

  it('--trace keeps the traces in the JSON', async () => {
    const r = await run(['evaluate', '--program', 'sergokalinsky-2023-2025', '--data', good, '--year', '2023', '--format', 'json', '--trace']);
    const parsed = JSON.parse(r.out) as { identification: { schools: { categories: { trace?: { rule: string } }[] }[] } };
    expect(parsed.identification.schools[0]?.categories[0]?.trace?.rule).toBeTruthy();
  });

  it('reads the data from standard input with -', async () => {
    const r = await run(['evaluate', '--program', 'sergokalinsky-2023-2025', '--data', '-', '--year', '2023', '--format', 'json'], JSON.stringify(sample));
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { programId: string }).programId).toBe('sergokalinsky-2023-2025');
    const v = await run(['validate', '--data', '-'], '{ nope');
    expect(v.code).toBe(1);
    expect(v.err).toContain('stdin');
  });

  it('--no-explain: the same lists without explanation texts; the Markdown still gives reasons, by name', async () => {
    const full = JSON.parse((await run(['evaluate', '--program', 'sergokalinsky-2023-2025', '--data', good, '--year', '2023', '--format', 'json'])).out) as { identification: { lists: unknown; schools: { categories: { explanation?: unknown }[] }[] } };
    const bare = JSON.parse((await run(['evaluate', '--program', 'sergokalinsky-2023-2025', '--data', good, '--year', '2023', '--format', 'json', '--no-explain'])).out) as typeof full;
    expect(bare.identification.lists).toEqual(full.identification.lists);
    expect(bare.identification.schools.flatMap((s) => s.categories).some((c) => c.explanation !== undefined)).toBe(false);
    const md = await run(['evaluate', '--program', 'sergokalinsky-2023-2025', '--data', good, '--year', '2023', '--no-explain']);
    expect(md.code).toBe(0);
    expect(md.out).toContain('## Идентификация: перечни школ');
    expect(md.out).toContain('### Зона риска снижения образовательных результатов');
    expect(md.out).toMatch(/дефицит ресурсов[^\n]*— выполнено/);
    expect(md.out).not.toMatch(/rezh-\d|seed002\./);
  });

  it('evaluates a program given as a file, with the same result as the preset', async () => {
    const file = join(tmp, 'program.json');
    writeFileSync(file, JSON.stringify(SEED_002_PROGRAM));
    const fromFile = await run(['evaluate', '--program', file, '--data', good, '--year', '2023', '--format', 'json']);
    expect(fromFile.code).toBe(0);
    const preset = await run(['evaluate', '--program', 'sergokalinsky-2023-2025', '--data', good, '--year', '2023', '--format', 'json']);
    const lists = (s: string): unknown => (JSON.parse(s) as { identification: { lists: unknown } }).identification.lists;
    expect(lists(fromFile.out)).toEqual(lists(preset.out));
    expect(JSON.stringify(lists(fromFile.out))).toContain('rezh-');
    writeFileSync(file, JSON.stringify({ id: 'x' }));
    const r = await run(['evaluate', '--program', file, '--data', good, '--year', '2023']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('issues in the program');
  });

  it('--program constructor (or any prototype name) is an unknown program, not a crash', async () => {
    for (const p of ['constructor', '__proto__', 'toString']) {
      const r = await run(['evaluate', '--program', p, '--data', good, '--year', '2023']);
      expect(r.code, p).toBe(2);
      expect(r.err).toContain('neither a preset nor a file');
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });

  it('a school named constructor gets its own name, not a function’s', async () => {
    const odd = structuredClone(sample);
    (odd.schools[0] as { name: string }).name = 'constructor';
    const file = join(tmp, 'odd.json');
    writeFileSync(file, JSON.stringify(odd));
    const r = await run(['evaluate', '--program', 'rezh-2019-2025', '--data', file, '--year', '2023']);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('function Object');
  });

  it('bad data: exit 1 and every issue listed; --partial still evaluates the good records', async () => {
    const r = await run(['evaluate', '--program', 'sergokalinsky-2023-2025', '--data', bad, '--year', '2023']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('results.3.participants');
    expect(r.err).toContain('results.7.procedure');
    expect(r.out).toBe('');
    const p = await run(['evaluate', '--program', 'sergokalinsky-2023-2025', '--data', bad, '--year', '2023', '--partial', '--format', 'json']);
    expect(p.code).toBe(0);
    expect(p.err).toContain('--partial');
    expect((JSON.parse(p.out) as { programId: string }).programId).toBe('sergokalinsky-2023-2025');
  });

  it('--out a directory or into a missing folder: one line naming the file, exit 1', async () => {
    const dir = join(tmp, 'outdir');
    mkdirSync(dir, { recursive: true });
    const r = await run(['evaluate', '--program', 'sergokalinsky-2023-2025', '--data', good, '--year', '2023', '--out', dir]);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('is a directory');
    const missing = await run(['evaluate', '--program', 'sergokalinsky-2023-2025', '--data', good, '--year', '2023', '--out', join(tmp, 'no', 'such', 'dir', 'x.md')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('the folder does not exist');
  });

  it('validate lists errors apart from consistency warnings; warnings alone exit 0', async () => {
    const ok = await run(['validate', '--data', good]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('школы: 16');
    expect(ok.out).toContain('Предупреждения');
    expect(ok.out).toContain('557 участников при 491 допущенном к ГИА-9');
    expect(ok.out).not.toContain('Ошибок и предупреждений нет');
    const ko = await run(['validate', '--data', bad, '--lang', 'en']);
    expect(ko.code).toBe(1);
    expect(ko.out).toContain('Errors (records rejected): 2');
    expect((await run(['validate', '--data', join(tmp, 'missing.json')])).code).toBe(1);
    writeFileSync(join(tmp, 'notjson.json'), '{ not json');
    expect((await run(['validate', '--data', join(tmp, 'notjson.json')])).code).toBe(1);
    expect((await run(['validate'])).code).toBe(2);
  });

  it('validate --format json: errors and warnings as data', async () => {
    const r = await run(['validate', '--data', good, '--format', 'json']);
    expect(r.code).toBe(0);
    const v = JSON.parse(r.out) as { ok: boolean; errors: unknown[]; warnings: { code: string; message: { ru: string } }[] };
    expect(v.ok).toBe(true);
    expect(v.errors).toEqual([]);
    expect(v.warnings.map((w) => w.code)).toContain('PARTICIPANTS_EXCEED_ADMITTED');
    const b = await run(['validate', '--data', bad, '--format', 'json']);
    expect(b.code).toBe(1);
    expect((JSON.parse(b.out) as { errors: { path: unknown[] }[] }).errors.map((e) => e.path.join('.'))).toEqual(['results.3.participants', 'results.7.procedure']);
  });

  it('a UTF-8 byte-order mark is accepted; UTF-16 is named; a duplicate key is reported', async () => {
    const bom = join(tmp, 'bom.json');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(sample))]));
    expect((await run(['validate', '--data', bom])).code).toBe(0);
    const u16 = join(tmp, 'u16.json');
    writeFileSync(u16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(sample), 'utf16le')]));
    const r16 = await run(['validate', '--data', u16]);
    expect(r16.code).toBe(1);
    expect(r16.err).toContain('UTF-16');
    const dup = join(tmp, 'dup.json');
    const text = JSON.stringify(sample);
    writeFileSync(dup, `${text.slice(0, -1)},"schools":[]}`);
    const rd = await run(['validate', '--data', dup]);
    expect(rd.code).toBe(1);
    expect(rd.err).toContain('duplicate keys: «schools»');
  });

  it('prints JSON Schema', async () => {
    const r = await run(['schema', 'assessment-result']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { $id: string }).$id).toBe('urn:shnor:schema:assessment-result');
    expect((await run(['schema', 'nope'])).code).toBe(2);
  });
});

describe('shnor test: a methodology’s own test cases', () => {
  const school = (id: string, name: string): Record<string, unknown> => ({ id, name, territoryId: 'sergokala', type: 'СОШ', settlement: 'rural' });
  const vpr = (schoolId: string, year: number, subject: string, participants: number, belowMinimum: number): Record<string, unknown> => ({ schoolId, year, procedure: 'vpr', subject, grade: 5, participants, belowMinimum });
  const cases = (expectShnor: boolean): string => `# seed 002, rule A (L125): ≥ 30 % below the minimum in two procedures in one year
methodology: sergokalinsky-2023-2025
year: 2023
cases:
  - name: две процедуры ниже порога в одном году — ШНОР
    data:
      territoryId: sergokala
      territories: [{ id: sergokala, kind: municipality, name: { ru: Сергокалинский район } }]
      schools: [${JSON.stringify(school('s1', 'Школа № 1'))}]
      results:
        - ${JSON.stringify(vpr('s1', 2023, 'russian', 20, 8))}
        - ${JSON.stringify({ ...vpr('s1', 2023, 'math', 20, 7), procedure: 'oge', grade: 9 })}
    expect:
      s1: { shnor: ${expectShnor} }
  - name: одна процедура — не ШНОР
    data:
      territoryId: sergokala
      territories: [{ id: sergokala, kind: municipality, name: { ru: Сергокалинский район } }]
      schools: [${JSON.stringify(school('s2', 'Школа № 2'))}]
      results:
        - ${JSON.stringify(vpr('s2', 2023, 'russian', 20, 8))}
        - ${JSON.stringify(vpr('s2', 2022, 'russian', 20, 1))}
        - ${JSON.stringify({ ...vpr('s2', 2023, 'math', 20, 1), procedure: 'oge', grade: 9 })}
        - ${JSON.stringify({ ...vpr('s2', 2022, 'math', 20, 1), procedure: 'oge', grade: 9 })}
    expect:
      s2: { shnor: false }
`;

  it('passes when every verdict is as expected (YAML), exit 0', async () => {
    const file = join(tmp, 'cases.yaml');
    writeFileSync(file, cases(true));
    const r = await run(['test', file]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('✓ две процедуры ниже порога в одном году — ШНОР');
    expect(r.out).toContain('Пройдено: 2 из 2');
  });

  it('prints which case fails and why, exit 1; JSON on request', async () => {
    const file = join(tmp, 'failing.yaml');
    writeFileSync(file, cases(false));
    const r = await run(['test', file]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('✗ две процедуры ниже порога в одном году — ШНОР');
    expect(r.out).toContain('Школа № 1, «ШНОР»: ожидалось нет, получено да');
    expect(r.out).toContain('Пройдено: 1 из 2');
    const j = await run(['test', file, '--format', 'json']);
    expect(j.code).toBe(1);
    expect((JSON.parse(j.out) as { failed: number }).failed).toBe(1);
  });

  it('a school without data is expected as "missing" (the old "unknown" still reads as either state); "not_applicable" is another state', async () => {
    const file = join(tmp, 'missing.yaml');
    const one = (want: string): string => `methodology: sergokalinsky-2023-2025
year: 2023
cases:
  - name: нет результатов — нет данных
    data:
      territoryId: sergokala
      territories: [{ id: sergokala, kind: municipality, name: { ru: Сергокалинский район } }]
      schools: [${JSON.stringify(school('s3', 'Школа № 3'))}]
    expect:
      s3: { shnor: ${want} }
`;
    for (const want of ['missing', 'unknown']) {
      writeFileSync(file, one(want));
      const r = await run(['test', file]);
      expect(r.out).toContain('Пройдено: 1 из 1');
      expect(r.code).toBe(0);
    }
    writeFileSync(file, one('not_applicable'));
    const r = await run(['test', file]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Школа № 3, «ШНОР»: ожидалось не применимо, получено нет данных');
  });

  it('reads JSON test files too, and reports a malformed one with exit 1', async () => {
    const file = join(tmp, 'cases.json');
    const { parse } = await import('yaml');
    writeFileSync(file, JSON.stringify(parse(cases(true))));
    expect((await run(['test', file])).code).toBe(0);
    writeFileSync(file, JSON.stringify({ methodology: 'constructor', cases: [{ name: 'x', data: {}, expect: {} }] }));
    const r = await run(['test', file]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('constructor');
    expect((await run(['test'])).code).toBe(2);
  });
});

describe('the built command in a pipe', () => {
  it('shnor demo | head -c 100: no stack trace', () => {
    const r = spawnSync('sh', ['-c', `node --import tsx ${join(ROOT, 'src', 'cli', 'main.ts')} demo --out ${join(tmp, 'pipe')} | head -c 100 >/dev/null; echo "exit:\${PIPESTATUS:-}"`], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).not.toMatch(/\n\s+at |Error: write EPIPE/);
  }, 120_000);

  it('--version from the real entry point', () => {
    const out = execFileSync('node', ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), '--version'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(out.trim()).toBe(VERSION);
  }, 120_000);
});
