import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BEREZOVSKY_2021_2024_PROGRAM, type Program, REZH_2019_2025_PROGRAM, type ReadingChoices, SERGOKALINSKY_2023_2025_PROGRAM, applyReadings, berezovskyMethodology, parseProgram, safeParseProgram, sergokalinskyMethodology } from '../../src/index.js';
import { canonical, seed001Combinations, seed002Combinations } from '../fixtures/readings/combinations.js';
import { thrown } from '../_tools/thrown.js';

// the sha-256 of every combination's methodology as the TypeScript factories made it before the readings became data
const before = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'readings', 'factories.json'), 'utf8')) as Record<'seed001' | 'seed002', Record<string, string>>;
// seed 001's criteria were relabelled on purpose after the capture («N1: …» → «критерий 1: …», "criterion 1: …":
// the act numbers no criteria N1–N5): the labels are mapped back before hashing, everything else must be identical
const relabel = (v: unknown): unknown => JSON.parse(JSON.stringify(v).replace(/"(?:критерий|criterion) ([1-5]): /g, '"N$1: '));
const hash = (v: unknown): string => createHash('sha256').update(canonical(relabel(v))).digest('hex');

describe('readings as data give the methodologies the factories gave', () => {
  it('seed 001: every combination of the options (1 296)', () => {
    const combos = seed001Combinations();
    expect(combos).toHaveLength(Object.keys(before.seed001).length);
    const differ = combos.filter((o) => hash(applyReadings(BEREZOVSKY_2021_2024_PROGRAM, o)) !== before.seed001[JSON.stringify(o)]).map((o) => JSON.stringify(o));
    expect(differ).toEqual([]);
  }, 120_000);
  it('seed 002: every combination of the options (324)', () => {
    const combos = seed002Combinations();
    expect(combos).toHaveLength(Object.keys(before.seed002).length);
    const differ = combos.filter((o) => hash(applyReadings(SERGOKALINSKY_2023_2025_PROGRAM, o)) !== before.seed002[JSON.stringify(o)]).map((o) => JSON.stringify(o));
    expect(differ).toEqual([]);
  }, 120_000);
  it('the factories are the same calls', () => {
    for (const o of seed001Combinations().slice(0, 200)) expect(hash(berezovskyMethodology(o))).toBe(before.seed001[JSON.stringify(o)]);
    for (const o of seed002Combinations()) expect(hash(sergokalinskyMethodology(o))).toBe(before.seed002[JSON.stringify(o)]);
  }, 120_000);
});


describe('applyReadings: choices checked, with bilingual errors', () => {
  it('a value that is not one of the reading\'s names the reading, the value and the values expected', () => {
    const e = thrown(() => applyReadings(SERGOKALINSKY_2023_2025_PROGRAM, { riskPrevention: 'both' }));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.messages.ru).toContain('«riskPrevention»');
    expect(e.messages.ru).toContain('«notOrganised» (профилактика рисков не организована), «noFactorEliminated»');
    expect(e.messages.en).toContain('reading "risk zone: the third flag (L134)"');
    expect(e.messages.en).toContain('both');
  });
  it('a reading the program does not have lists those it has', () => {
    const e = thrown(() => applyReadings(BEREZOVSKY_2021_2024_PROGRAM, { riskPrevention: 'notOrganised' }));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.messages.en).toContain('combine, k, rounding, pool, baseMaths, n3');
    expect(thrown(() => applyReadings(REZH_2019_2025_PROGRAM, { combine: 'all' })).messages.en).toContain('no open readings');
  });
  it('a number out of bounds, or not a number, says the bounds', () => {
    for (const v of [0, 120, Number.NaN, '80'] as const) {
      const e = thrown(() => applyReadings(SERGOKALINSKY_2023_2025_PROGRAM, { preventionCoverage: v }));
      expect(e.code).toBe('INVALID_OPTION');
      expect(e.messages.ru).toContain('ожидается число больше 0 и не больше 100 в процентах — прочтение «порог охвата профилактикой учебной неуспешности»');
      expect(e.messages.en).toContain('expected a number above 0 and at most 100 in percent — reading');
    }
    const k = thrown(() => berezovskyMethodology({ combine: 'atLeast', k: 2.5 }));
    expect(k.messages.en).toContain('a whole number at least 1 and at most 5 — reading');
    expect(k.messages.ru).toContain('ожидается целое число не меньше 1 и не больше 5 — прочтение «сколько критериев ШНОР нужно при сочетании «не менее k»»');
  });
  it('a boolean reading takes booleans, never their spelling', () => {
    expect(applyReadings(SERGOKALINSKY_2023_2025_PROGRAM, { vprGradesAreDistinctProcedures: true }).id).toBe('seed002.vprGrades');
    expect(thrown(() => applyReadings(SERGOKALINSKY_2023_2025_PROGRAM, { vprGradesAreDistinctProcedures: 'true' })).code).toBe('INVALID_OPTION');
  });
  it('undefined is the default; the program is not changed', () => {
    const copy = structuredClone(SERGOKALINSKY_2023_2025_PROGRAM);
    expect(applyReadings(SERGOKALINSKY_2023_2025_PROGRAM, { combine: undefined })).toEqual(SERGOKALINSKY_2023_2025_PROGRAM.methodology);
    applyReadings(SERGOKALINSKY_2023_2025_PROGRAM, { riskPrevention: 'noFactorEliminated', preventionCoverage: 50 });
    expect(SERGOKALINSKY_2023_2025_PROGRAM).toEqual(copy);
  });
});

// a region not among the seeds, with its own ambiguous line: the format is not seed-shaped
const region: Program = parseProgram({
  id: 'demo-region',
  name: { ru: 'Демо-регион' },
  territory: { id: 'demo', name: { ru: 'Демо-регион' } },
  period: { from: 2024, to: 2026 },
  legalBasis: [],
  methodology: {
    id: 'demo',
    name: { ru: 'Методика демо-региона' },
    territories: ['demo'],
    validFrom: '2024-01-01',
    categories: [
      {
        kind: 'flag',
        id: 'shnor',
        name: { ru: 'ШНОР' },
        rule: {
          kind: 'any',
          rules: [
            { kind: 'results', id: 'demo.vpr', label: { ru: 'не менее 30 % ниже порога по ВПР', en: 'at least 30 % below the minimum in ВПР' }, select: { procedures: ['vpr'], subjects: ['russian', 'math'], unit: 'procedure' }, metric: 'belowMinimumShare', op: 'gte', value: 30, require: { mode: 'distinct', atLeast: 1, years: 1 } },
            { kind: 'results', id: 'demo.oge', select: { procedures: ['oge'], subjects: ['russian', 'math'], unit: 'procedure' }, metric: 'belowMinimumShare', op: 'gte', value: 30, require: { mode: 'distinct', atLeast: 1, years: 1 } },
          ],
        },
      },
    ],
  },
  readings: [
    {
      kind: 'number',
      id: 'share',
      name: { ru: 'доля участников ниже порога', en: 'the share of participants below the minimum' },
      source: { act: 'Приказ № 1', line: 12 },
      default: 30,
      minimum: 1,
      maximum: 100,
      unit: 'percent',
      changes: [
        { op: 'set', target: 'demo.vpr', path: 'value', value: { $reading: 'share' } },
        { op: 'set', target: 'demo.oge', path: 'value', value: { $reading: 'share' } },
        { op: 'set', target: 'demo.vpr', path: 'label', value: { $template: { ru: 'не менее {share} % ниже порога по ВПР', en: 'at least {share} % below the minimum in ВПР' } } },
        { op: 'idSuffix', suffix: '.share{share}' },
      ],
    },
    {
      kind: 'choice',
      id: 'oge',
      name: { ru: 'ОГЭ в критерии', en: 'ОГЭ in the criterion' },
      source: { act: 'Приказ № 1', line: 13 },
      choices: [
        { value: 'with', label: { ru: 'с ОГЭ', en: 'with ОГЭ' }, default: true },
        { value: 'without', label: { ru: 'без ОГЭ', en: 'without ОГЭ' }, changes: [{ op: 'remove', target: 'demo.oge' }, { op: 'idSuffix', suffix: '.noOge' }] },
        { value: 'grades', label: { ru: 'ОГЭ по классам', en: 'ОГЭ by grade' }, changes: [{ op: 'set', target: 'demo.oge', path: 'select.unit', value: 'procedure+grade', when: { share: [30] } }] },
      ],
    },
  ],
  indicators: [],
  calendar: [],
  defaults: [],
  source: { act: 'Приказ № 1' },
});

describe('the change operations on a program not among the seeds', () => {
  it('set with a number and a template, remove, idSuffix, when', () => {
    const m = applyReadings(region, { share: 12.5, oge: 'without' });
    expect(m.id).toBe('demo.share12.5.noOge');
    const rule = m.categories[0]?.kind === 'flag' ? m.categories[0].rule : undefined;
    expect(rule?.kind === 'any' ? rule.rules.map((r) => [r.id, 'value' in r ? r.value : null, r.label?.ru]) : null).toEqual([['demo.vpr', 12.5, 'не менее 12,5 % ниже порога по ВПР']]);
    // `when`: the change applies only with the share at 30
    const json = (c: ReadingChoices): string => JSON.stringify(applyReadings(region, c));
    expect(json({ oge: 'grades' })).toContain('procedure+grade');
    expect(json({ oge: 'grades', share: 40 })).not.toContain('procedure+grade');
  });
  it('readings that name what does not exist are a program error with its path', () => {
    const broken = structuredClone(region) as { readings: { changes?: { target?: string }[] }[] };
    (broken.readings[0]?.changes?.[0] as { target: string }).target = 'demo.egee';
    const e = thrown(() => applyReadings(broken as unknown as Program, {}));
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.messages.en).toContain('readings.0.changes.0.target');
    expect(e.messages.ru).toContain('в методике нет объекта с id «demo.egee»');
  });
  it('a program built by hand (not parsed) cannot set __proto__, and a choice named like a prototype key is no choice', () => {
    const byHand = structuredClone(region) as unknown as { readings: { changes?: { path?: string }[] }[] };
    (byHand.readings[0]?.changes?.[0] as { path: string }).path = '__proto__';
    expect(thrown(() => applyReadings(byHand as unknown as Program, { share: 40 })).code).toBe('VALIDATION_FAILED');
    expect(thrown(() => applyReadings(region, { constructor: 'x' } as ReadingChoices)).code).toBe('INVALID_OPTION');
  });
  it('a default out of its bounds: the issue says the bounds in words, the unit in Russian or quoted when unknown', () => {
    const issuesOf = (unit: string): string[] => {
      const bad = structuredClone(region) as unknown as { readings: { default?: number; unit?: string }[] };
      Object.assign(bad.readings[0] as object, { default: 0.5, unit });
      const e = thrown(() => applyReadings(bad as unknown as Program, {}));
      expect(e.code).toBe('VALIDATION_FAILED');
      return [e.messages.ru, e.messages.en];
    };
    expect(issuesOf('percent').join('\n')).toContain('значение по умолчанию 0,5 вне границ: ожидается число не меньше 1 и не больше 100 в процентах');
    expect(issuesOf('percent').join('\n')).toContain('the default 0.5 is out of bounds: expected a number at least 1 and at most 100 in percent');
    expect(issuesOf('pupils').join('\n')).toContain('ожидается число не меньше 1 и не больше 100 (единица «pupils»)');
    // the program file is refused when read, with the path and the value
    const bad = structuredClone(region) as unknown as { readings: { default?: number }[] };
    (bad.readings[0] as { default?: number }).default = 0.5;
    const parsed = safeParseProgram(bad);
    expect(parsed.success ? [] : parsed.issues.map((i) => [i.code, i.path.join('.'), i.received])).toEqual([['DEFAULT_OUT_OF_BOUNDS', 'readings.0.default', 0.5]]);
    expect(thrown(() => parseProgram(bad)).code).toBe('VALIDATION_FAILED');
  });
  it('the program schema checks the format', () => {
    const bad = structuredClone(region) as unknown as { readings: { changes?: { op: string; path?: string }[] }[] };
    (bad.readings[0]?.changes?.[0] as { path: string }).path = 'rules[0].value';
    expect(safeParseProgram(bad).success).toBe(false);
    (bad.readings[0]?.changes?.[0] as { op: string }).op = 'move';
    expect(safeParseProgram(bad).success).toBe(false);
  });
});

describe('shnor evaluate --reading id=value', () => {
  const run = async (args: string[]): Promise<{ code: number; out: string; err: string }> => {
    const { runCli } = await import('../../src/cli/run.js');
    let out = '';
    let err = '';
    const code = await runCli(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
    return { code, out, err };
  };
  const data = join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.dataset.json');
  const base = ['evaluate', '--program', 'sergokalinsky-2023-2025', '--data', data, '--year', '2024', '--format', 'json'];

  it('applies the readings given, a number with a decimal comma, a yes/no as true', async () => {
    const r = await run([...base, '--reading', 'preventionCoverage=80,5', '--reading', 'vprGradesAreDistinctProcedures=true']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { identification: { methodologyId: string } }).identification.methodologyId).toBe('seed002.vprGrades.coverage80.5');
  }, 120_000);
  it('a wrong value is one line naming the reading and the values expected, exit code 2', async () => {
    const r = await run([...base, '--reading', 'riskPrevention=both', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('shnor evaluate: --reading: Option "riskPrevention": received "both"');
    expect(r.err).toContain("'noFactorEliminated'");
    expect((await run([...base, '--reading', 'riskPrevention'])).err).toContain('прочтение=значение');
  }, 120_000);
});

describe('the guide\'s readings (docs/guides/your-methodology.md §6)', () => {
  it('apply to the guide\'s methodology as the guide says', () => {
    const guides = join(import.meta.dirname, '..', '..', 'docs', 'guides');
    const text = readFileSync(join(guides, 'your-methodology.md'), 'utf8');
    const block = /```json\n("readings": \[[\s\S]*?\])\n```/.exec(text)?.[1] ?? '';
    const { readings } = JSON.parse(`{${block}}`) as { readings: unknown };
    const methodology = JSON.parse(readFileSync(join(guides, 'examples', 'ensk-methodology.json'), 'utf8')) as unknown;
    const ensk = parseProgram({ id: 'ensk', name: { ru: 'Энск' }, territory: { id: 'ensk', name: { ru: 'Энск' } }, period: { from: 2025, to: 2027 }, legalBasis: [], methodology, readings, indicators: [], calendar: [], defaults: [], source: { act: 'Приказ № 1' } });
    const m = applyReadings(ensk, { criterion2: 'skip', share: 25 });
    expect(m.id).toBe('ensk-2025.noK2.share25');
    expect(JSON.stringify(m)).toContain('Критерий 1: не менее 25 % ниже минимального порога');
    expect(JSON.stringify(m)).not.toContain('ensk.k2');
  });
});
