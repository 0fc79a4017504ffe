import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDemo } from '../../src/cli/demo.js';
import { runCli } from '../../src/cli/run.js';
import { PRESET_PROGRAMS, evaluateProgram, parseDataset, parseDatasetPartial } from '../../src/index.js';

// Everything an official reads in Russian is scanned for tokens in Latin letters. Two lists say
// what may remain, each entry with its reason:
// - ALLOWED: what an official would write himself;
// - ELSEWHERE: wording that comes from other folders of the library (explanation texts of
//   src/criteria, rule labels of src/programs/methodologies, consistency messages of
//   src/model/checkConsistency.ts, notes inside the sample data). They are reported to their owners;
//   the reports' own words (every path that does not print those texts) must have none.

const ALLOWED: Readonly<Record<string, string>> = {
  'z-': 'the axis label «z-оценка» (a standard score, written so in Russian statistics)',
};

// Wording that comes from other folders and may keep a Latin token, each with its reason (none today:
// the criteria's explanations name procedures, subjects, fields and missing inputs in words)
const ELSEWHERE: readonly (readonly [RegExp, string])[] = [];

const tokens = (s: string): Map<string, string> => {
  const m = new Map<string, string>();
  for (const x of s.matchAll(/[A-Za-z][A-Za-z0-9_.-]*/g)) if (!m.has(x[0])) m.set(x[0], s.slice(Math.max(0, (x.index ?? 0) - 50), (x.index ?? 0) + 30).replace(/\n/g, ' '));
  return m;
};
const visible = (html: string): string =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot);/g, ' ');

/** Tokens not allowed and not known to come from elsewhere, with their context. */
function unexplained(text: string, strict: boolean): string[] {
  const out: string[] = [];
  for (const [t, ctx] of tokens(text)) {
    if (Object.prototype.hasOwnProperty.call(ALLOWED, t)) continue;
    if (!strict && ELSEWHERE.some(([re]) => re.test(t))) continue;
    out.push(`${t} | ${ctx}`);
  }
  return out;
}

const sampleText = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.dataset.json'), 'utf8');

async function evaluate(program: string, format: string, noExplain: boolean): Promise<string> {
  let out = '';
  let err = '';
  const code = await runCli(['evaluate', '--program', program, '--data', '-', '--year', '2023', '--format', format, ...(noExplain ? ['--no-explain'] : [])], { stdout: (s) => (out += s), stderr: (s) => (err += s), stdin: () => Buffer.from(sampleText) });
  expect(code, err).toBe(0);
  return format === 'html' ? visible(out) : out;
}

describe('no Latin-letter tokens in Russian output', () => {
  it('the demo’s Markdown, HTML and school card', () => {
    const d = buildDemo('ru');
    expect(unexplained(d.markdown, false)).toEqual([]);
    expect(unexplained(visible(d.html), false)).toEqual([]);
    expect(unexplained(visible(d.card), false)).toEqual([]);
  });

  it.each(Object.keys(PRESET_PROGRAMS))('shnor evaluate %s: Markdown and HTML', { timeout: 120_000 }, async (p) => {
    expect(unexplained(await evaluate(p, 'md', false), false)).toEqual([]);
    expect(unexplained(await evaluate(p, 'html', false), false)).toEqual([]);
  });

  it.each(Object.keys(PRESET_PROGRAMS))('shnor evaluate %s --no-explain: the reports’ own words, only the labels of other folders remain', { timeout: 120_000 }, async (p) => {
    const own = (text: string): string[] => unexplained(text, false).concat(unexplained(text, true).filter((t) => !ELSEWHERE.slice(0, 4).some(([re]) => re.test(t.split(' | ')[0] ?? ''))));
    expect(own(await evaluate(p, 'md', true))).toEqual([]);
    expect(own(await evaluate(p, 'html', true))).toEqual([]);
  });

  it.each(Object.keys(PRESET_PROGRAMS))('the Russian explanations in evaluate %s --format json', { timeout: 120_000 }, (p) => {
    const e = evaluateProgram(PRESET_PROGRAMS[p] as (typeof PRESET_PROGRAMS)[string], parseDataset(JSON.parse(sampleText)), 2023, { explain: true });
    const ru: string[] = [];
    for (const s of e.identification?.schools ?? []) for (const c of s.categories) if (c.explanation !== undefined) ru.push(c.explanation.ru.split('\n(методика')[0] ?? '');
    for (const i of e.indicators.evaluations) ru.push(i.explanation.ru);
    for (const w of e.warnings) ru.push(w.message.ru);
    expect(unexplained(ru.join('\n'), false)).toEqual([]);
  });

  it('error messages in Russian', () => {
    const sample = JSON.parse(sampleText) as { results: Record<string, unknown>[] };
    sample.results[0] = { ...sample.results[0], participants: -5, procedure: 'pisa', year: 1800 };
    const r = parseDatasetPartial(sample);
    expect(r.issues.length).toBeGreaterThan(0);
    const text = r.issues.map((i) => i.message.ru).join('\n');
    // the values received and the ids of the catalogue are quoted as data: strip quoted parts
    const prose = text.replace(/«[^»]*»|"[^"]*"/g, ' ');
    expect(unexplained(prose, false)).toEqual([]);
  });
});
