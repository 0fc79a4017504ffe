/**
 * A Russian message has no English word. Every message code of the catalogue is built with
 * representative details (every kind of received value, the caller's codes and labels), and real
 * errors are thrown by a sample of the public functions: the Russian text, once the quoted parts
 * «…» are taken out (the option names, codes and values the caller wrote), has no Latin letter.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { checkArray, checkObject, checkString } from '../../src/errors/guards.js';
import { type ErrorCode, type ErrorDetailsMap, messageFor } from '../../src/errors/messages.js';
import {
  FEDERAL_500_CATALOGUE,
  REZH_2019_2025_METHODOLOGY,
  REZH_2019_2025_PROGRAM,
  SERGOKALINSKY_2023_2025_PROGRAM,
  ShnorError,
  applyReadings,
  parseDatasetPartial,
  safeParseAntiRiskProgram,
  safeParseProgram,
  boundaryConcentration,
  change,
  checkFinancingPlan,
  compareProportions,
  compareRiskProfiles,
  computeRiskProfile,
  confirmedImprovement,
  countInBands,
  detectInstability,
  distributionAgainstRegion,
  expectedResults,
  failureSwings,
  identify,
  listRepeats,
  matchSchool,
  normalizeSchoolName,
  ordinalTransition,
  packResults,
  parseDataset,
  parseMethodology,
  parseRecords,
  positiveDynamics,
  rankByImprovement,
  seed001Methodology,
  shareOfSchools,
  summarizePlan,
  summarizeRiskProfiles,
  territoryVerdicts,
  undeterminedOnRoundedBoundary,
  unpackResult,
  vprAgainstSchoolMarks,
} from '../../src/index.js';
import { ROOT } from '../_tools/sourceGraph.js';
import { thrown } from '../_tools/thrown.js';

/** The text outside «…» (quotes nest: «Параметр «k»» is one quoted part). */
export function outsideQuotes(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '«') depth++;
    else if (ch === '»' && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

/** Latin tokens a Russian text may hold: names of file formats, written so in Russian («файл JSON»). */
const FORMATS = /^(JSON|CSV|XLSX)$/;

/** Latin words of a Russian text outside its quoted parts, each with a little context. */
export function latinWords(text: string): string[] {
  const prose = outsideQuotes(text);
  return [...prose.matchAll(/[A-Za-z][A-Za-z0-9_.-]*/g)].filter((m) => !FORMATS.test(m[0])).map((m) => `${m[0]} | …${prose.slice(Math.max(0, (m.index ?? 0) - 30), (m.index ?? 0) + 30)}…`);
}

/** Every kind of value a caller may pass where something else is expected. */
const VALUES: readonly unknown[] = [
  'школа № 1',
  'some text',
  0,
  0.5,
  -3,
  1e21,
  1e-7,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  10n,
  true,
  false,
  null,
  undefined,
  [],
  [1],
  [1, 2, 3],
  new Array(5),
  {},
  { scale: 'percent' },
  () => 1,
  Symbol('s'),
  new Date(Number.NaN),
];

const issue = { code: 'too_small', path: ['results', 0, 'participants'], message: { ru: 'получено -5, ожидается число не меньше 0', en: 'received -5, expected a number at least 0' } };

/** Representative details of every code: the compiler asks for an entry when a code is added. */
const CATALOGUE: { readonly [C in ErrorCode]: readonly ErrorDetailsMap[C][] } = {
  INVALID_NUMBER: VALUES.map((value) => ({ field: 'targets[2].value', value })),
  INVALID_COUNT: VALUES.map((value) => ({ field: 'participants', value })),
  COUNT_EXCEEDS_TOTAL: [{ count: 7, total: 5 }],
  INVALID_DECIMALS: VALUES.map((value) => ({ value })),
  INVALID_ROUNDING_MODE: VALUES.map((value) => ({ value })),
  INVALID_OPERATOR: VALUES.map((value) => ({ value })),
  UNIT_MISMATCH: [
    { expected: 'percent', received: 'pp' },
    { expected: 'pp | relative_percent | ratio', received: 'score_points' },
    { expected: 'percent | grade | score | place | count | index', received: 'kelvin' },
  ],
  VALIDATION_FAILED: [
    { what: 'Dataset', issues: [issue] },
    { what: 'Program', issues: [issue, issue, issue] },
    { what: 'IndicatorDefinition', issues: [{ ...issue, path: [] }] },
    { what: 'SomethingNew', issues: [] },
  ],
  INVALID_YEAR: VALUES.map((value) => ({ value })),
  INVALID_OPTION: VALUES.map((value) => ({ option: 'tolerance.absolute', value, expected: { ru: 'число не меньше 0', en: '≥ 0' } })),
  UNKNOWN_LEVEL: VALUES.map((value) => ({ value, scale: ['низкий', 'средний', 'высокий'] })).concat([{ value: 'excellent', scale: ['low', 'medium', 'high'] }]),
};

describe('the messages of the catalogue: no English word in Russian', () => {
  it.each(Object.keys(CATALOGUE) as ErrorCode[])('%s', (code) => {
    const cases = CATALOGUE[code] as readonly ErrorDetailsMap[typeof code][];
    expect(cases.length).toBeGreaterThan(0);
    for (const details of cases) {
      const m = messageFor(code, details as never);
      expect(latinWords(m.ru), m.ru).toEqual([]);
      expect(m.ru).toMatch(/[а-яё]/i);
    }
  });

  it('a received value reads in Russian: words for what is not a number or text, a decimal comma', () => {
    const ru = (value: unknown): string => messageFor('INVALID_OPTION', { option: 'k', value, expected: { ru: 'целое число от 1 до 5', en: 'an integer from 1 to 5' } }).ru;
    expect(ru(0.5)).toBe('Параметр «k»: получено 0,5, ожидается целое число от 1 до 5.');
    expect(ru(undefined)).toBe('Параметр «k»: значение не задано, ожидается целое число от 1 до 5.');
    expect(ru(null)).toContain('получено пустое значение');
    expect(ru([1, 2, 3])).toContain('получен список из 3 элементов');
    expect(ru([1])).toContain('получен список из 1 элемента');
    expect(ru([])).toContain('получен пустой список');
    expect(ru({})).toContain('получен объект');
    expect(ru(true)).toContain('получено логическое значение «истина»');
    expect(ru(Number.NaN)).toContain('получено значение «не число»');
    expect(ru(1e21)).toContain('получено 1·10^21');
    expect(ru('пять')).toContain('получено «пять»');
    // the English message is as it was
    expect(messageFor('INVALID_OPTION', { option: 'k', value: [1, 2, 3], expected: { ru: 'целое число', en: 'an integer' } }).en).toBe('Option "k": received array(3), expected an integer.');
  });

  it('an item of a list that is not an object names the list it belongs to', () => {
    const e = thrown(() => countInBands([7] as never, { from: 50 }));
    expect(e.messages.ru).toBe('Параметр «bands[0]»: получено 7, ожидается объект (элемент параметра «bands»: список интервалов «{ from, below, count }»).');
    expect(e.messages.en).toBe('Option "bands[0]": received 7, expected an object (an item of a list of bands { from, below, count }).');
  });

  it('the check itself: English outside quotes is found, quoted codes are not', () => {
    expect(latinWords('Параметр «k»: получено 0, ожидается a percent above 0')).toHaveLength(3);
    expect(latinWords('Параметр «measure»: ожидается «{ scale: «percent» }» или «higher»')).toEqual([]);
    expect(latinWords('получено null')).toHaveLength(1);
    expect(latinWords('ожидается файл JSON с соответствием столбцов')).toEqual([]);
  });
});

describe('errors thrown by the public functions: no English word in Russian', () => {
  const sample = parseDataset(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.dataset.json'), 'utf8')));
  const higher = { scale: 'percent', better: 'higher' } as const;
  const points = [{ year: 2021, value: 10 }, { year: 2022, value: 12 }, { year: 2023, value: 11 }];
  const profile = { schoolId: 'A', year: 2023, catalogueId: FEDERAL_500_CATALOGUE.id, factors: [] };
  const calls: Readonly<Record<string, () => unknown>> = {
    'change: better is neither higher nor lower': () => change(60, 65, { scale: { scale: 'percent', better: 'sideways' } } as never),
    'change: no scale': () => change(60, 65, {} as never),
    'change: options not an object': () => change(60, 65, null as never),
    'change: scale and measure differ': () => change(60, 65, { scale: higher, measure: { scale: 'percent', better: 'lower' } } as never),
    'change: negative tolerance': () => change(60, 65, { scale: higher, tolerance: { absolute: -1 } }),
    'change: unknown scale': () => change(60, 65, { scale: { scale: 'kelvin', better: 'higher' } } as never),
    'compareProportions: confidence': () => compareProportions({ count: 1, total: 10 }, { count: 2, total: 10 }, { confidence: 0.5 as never }),
    'compareProportions: method': () => compareProportions({ count: 1, total: 10 }, { count: 2, total: 10 }, { method: 'chi2' as never }),
    'compareProportions: an empty group': () => compareProportions({ count: 0, total: 0 }, { count: 2, total: 10 }),
    'detectInstability: minReversals': () => detectInstability(points, { scale: higher, minReversals: 0 }),
    'detectInstability: minRatio': () => detectInstability(points, { scale: higher, minRatio: 0.5 }),
    'positiveDynamics: points not a list': () => positiveDynamics('2021: 10' as never, { scale: higher } as never),
    'positiveDynamics: a point not an object': () => positiveDynamics([5] as never, { scale: higher } as never),
    'positiveDynamics: two values in a year': () => positiveDynamics([{ year: 2021, value: 1 }, { year: 2021, value: 2 }], { scale: higher } as never),
    'rankByImprovement: schools not a list': () => rankByImprovement(5 as never, { scale: higher, fromYear: 2021, toYear: 2023 } as never),
    'rankByImprovement: options not an object': () => rankByImprovement([], null as never),
    'rankByImprovement: toYear before fromYear': () => rankByImprovement([], { scale: higher, fromYear: 2023, toYear: 2021 } as never),
    'ordinalTransition: scale not a list': () => ordinalTransition({} as never, 'низкий', 'высокий'),
    'ordinalTransition: a label not a string': () => ordinalTransition(['низкий', 3] as never, 'низкий', 'низкий'),
    'ordinalTransition: a level not on the scale': () => ordinalTransition(['низкий', 'высокий'], 'средний', 'высокий'),
    'confirmedImprovement: not an outcome': () => confirmedImprovement(5 as never, true),
    'confirmedImprovement: unknown status': () => confirmedImprovement({ status: 'bogus' } as never, true),
    'confirmedImprovement: missing not a list': () => confirmedImprovement({ status: 'missing', missing: 'all' } as never, true),
    'expectedResults: a value that is not a number': () => expectedResults([{ id: 'a', x: Number.NaN, y: 1 }]),
    'expectedResults: too few schools': () => expectedResults([{ id: 'a', x: 1, y: 1 }]),
    'parseRecords: unknown collection': () => parseRecords('pupils' as never, []),
    'parseRecords: rows not a list': () => parseRecords('schools', 5 as never),
    'parseRecords: negative offset': () => parseRecords('schools', [], -1),
    'unpackResult: index out of range': () => unpackResult(packResults((sample.results ?? []).slice(0, 2)), 7),
    'countInBands: bands not a list': () => countInBands(5 as never, { from: 50 }),
    'countInBands: range not an object': () => countInBands([], null as never),
    'countInBands: a band not an object': () => countInBands([7] as never, { from: 50 }),
    'normalizeSchoolName: not a string': () => normalizeSchoolName(42 as never),
    'matchSchool: schools not a list': () => matchSchool({} as never, 'школа № 1'),
    'listRepeats: facts not a list': () => listRepeats(true as never, 'shnor'),
    'listRepeats: school id not a string': () => listRepeats([{ schoolId: 1, year: 2021, list: 'shnor' }] as never, 'shnor'),
    'vprAgainstSchoolMarks: counts not an object': () => vprAgainstSchoolMarks(null as never),
    'vprAgainstSchoolMarks: a negative count': () => vprAgainstSchoolMarks({ confirmed: -1, vprLower: 0, vprHigher: 0 }),
    'vprAgainstSchoolMarks: a bad threshold': () => vprAgainstSchoolMarks({ confirmed: 10, vprLower: 0, vprHigher: 0 }, { maxRaisedPercent: Number.POSITIVE_INFINITY }),
    'distributionAgainstRegion: count above total': () => distributionAgainstRegion({ count: 5, total: 3 }, 50),
    'distributionAgainstRegion: region above 100': () => distributionAgainstRegion({ count: 5, total: 30 }, 120),
    'boundaryConcentration: histogram not a list': () => boundaryConcentration('12' as never, 8),
    'boundaryConcentration: boundary outside': () => boundaryConcentration([1, 2, 3, 4], 100),
    'boundaryConcentration: a negative count': () => boundaryConcentration([1, -2, 3, 4, 5, 6, 7, 8], 4),
    'failureSwings: series not a list': () => failureSwings({} as never),
    'failureSwings: a year that is not one': () => failureSwings([{ year: 'прошлый', count: 1, total: 2 }] as never),
    'failureSwings: count above total': () => failureSwings([{ year: 2021, count: 3, total: 2 }]),
    'summarizePlan: not a date': () => summarizePlan(REZH_2019_2025_PROGRAM.plan as never, REZH_2019_2025_PROGRAM.period, '31.12.2022'),
    'computeRiskProfile: unknown school': () => computeRiskProfile(sample, 'нет такой', 2023, [], FEDERAL_500_CATALOGUE),
    'compareRiskProfiles: not a profile': () => compareRiskProfiles(null as never, profile as never, FEDERAL_500_CATALOGUE),
    'compareRiskProfiles: factors not a list': () => compareRiskProfiles({ ...profile, factors: {} } as never, profile as never, FEDERAL_500_CATALOGUE),
    'summarizeRiskProfiles: not a list': () => summarizeRiskProfiles(5 as never, FEDERAL_500_CATALOGUE),
    'identify: a school the dataset does not have': () => identify(seed001Methodology(), sample, 2023, { schools: ['нет такой'] }),
    'undeterminedOnRoundedBoundary: a rule of another kind': () => undeterminedOnRoundedBoundary({ kind: 'not', rule: { kind: 'flag', fact: 'x' } } as never),
    'applyReadings: choices not an object': () => applyReadings(SERGOKALINSKY_2023_2025_PROGRAM, 5 as never),
    'applyReadings: a value not of the reading': () => applyReadings(SERGOKALINSKY_2023_2025_PROGRAM, { riskPrevention: 'both' }),
    'applyReadings: a reading the program does not have': () => applyReadings(SERGOKALINSKY_2023_2025_PROGRAM, { nothing: 1 }),
    'applyReadings: a number out of the reading\'s bounds': () => applyReadings(SERGOKALINSKY_2023_2025_PROGRAM, { preventionCoverage: 120 }),
    'applyReadings: a program without readings': () => applyReadings(REZH_2019_2025_PROGRAM, { combine: 'all' }),
    'compareProportions: fisher on a large group': () => compareProportions({ count: 1, total: 600_000 }, { count: 2, total: 600_000 }, { method: 'fisher' }),
    'positiveDynamics: years below 2': () => positiveDynamics(points, { scale: higher, years: 1 }),
    'shareOfSchools: a school twice': () => shareOfSchools([{ id: 'a' }, { id: 'a' }], () => true),
    'territoryVerdicts: a category the identification does not have': () => territoryVerdicts(identify(seed001Methodology(), sample, 2023), sample, { id: 't', name: { ru: 'Т' }, category: 'нет такой', level: 'municipality', op: 'gt', percent: 50 } as never),
    'computeRiskProfile: a factor not in the catalogue': () => computeRiskProfile(sample, sample.schools[0]?.id ?? '', 2023, [{ factorId: 'rf42', measure: { kind: 'declared', fact: 'x' }, high: { op: 'gte', value: 1 } }] as never, FEDERAL_500_CATALOGUE),
    'checkFinancingPlan: an amount that is not a number': () => checkFinancingPlan({ currency: 'RUB', years: [{ year: 2020, byLevel: { local: 'много' } }], levelTotals: { local: '0.3' }, total: '0.3' } as never),
    'parseMethodology: an index the methodology does not define': () => parseMethodology({ ...REZH_2019_2025_METHODOLOGY, categories: [{ kind: 'flag', id: 'x', name: { ru: 'x' }, rule: { kind: 'threshold', measure: { kind: 'index', index: 'nope' }, op: 'gte', value: 1 } }] }),
    'checkArray / checkObject / checkString': () => checkArray(checkObject(checkString(5 as never, 'name') as never, 'school', { ru: 'школа', en: 'a school' }) as never, 'schools', { ru: 'список школ', en: 'a list of schools' }),
  };

  it.each(Object.keys(calls))('%s', (name) => {
    const e = thrown(calls[name] as () => unknown);
    expect(e).toBeInstanceOf(ShnorError);
    expect(latinWords(e.messages.ru), e.messages.ru).toEqual([]);
    expect(e.messages.ru).toMatch(/[а-яё]/i);
  });

  it('most of them are INVALID_OPTION, each with a Russian phrase of its own', () => {
    const errors = Object.values(calls).map((f) => thrown(f));
    const options = errors.filter((e) => e.code === 'INVALID_OPTION');
    expect(options.length).toBeGreaterThanOrEqual(50);
    for (const e of options) {
      const d = e.details as ErrorDetailsMap['INVALID_OPTION'];
      expect(d.expected.ru).not.toBe(d.expected.en);
      expect(d.expected.ru).toMatch(/[а-яё]/i);
    }
  });
});

describe('expected of INVALID_OPTION is bilingual at the type level', () => {
  it('a plain string does not compile (the checks below are for tsc; the calls are never made)', () => {
    const never = (): void => {
      // @ts-expect-error a Russian message needs its own words: expected is { ru, en }, never a string
      new ShnorError('INVALID_OPTION', { option: 'k', value: 0, expected: 'a whole number from 1 to 5' });
      // @ts-expect-error the guards take { ru, en } as well
      checkArray([], 'points', 'a list of points');
      // @ts-expect-error the guards take { ru, en } as well
      checkObject({}, 'school', 'counts');
      // @ts-expect-error both languages are required
      new ShnorError('INVALID_OPTION', { option: 'k', value: 0, expected: { en: 'a whole number' } });
    };
    expect(typeof never).toBe('function');
  });
});

/** Every `.ts` file under `src/`. */
function sourceFiles(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The literal text of a Russian phrase; what is computed (`${…}`, a call) reads as a neutral «…». */
function literalText(node: ts.Expression): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => `«…»${s.literal.text}`).join('');
  return '«…»';
}

/**
 * Every `{ ru, en }` written as the `expected` of an `INVALID_OPTION` or as the `expected` argument
 * of a guard, in the source, with its file and line.
 */
function expectedPhrases(): { where: string; ru: string }[] {
  const out: { where: string; ru: string }[] = [];
  for (const file of sourceFiles()) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (ts.isObjectLiteralExpression(node)) {
        const ru = node.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(sf) === 'ru');
        const hasEn = node.properties.some((p) => ts.isPropertyAssignment(p) && p.name.getText(sf) === 'en');
        let up: ts.Node = node.parent;
        while (ts.isConditionalExpression(up) || ts.isParenthesizedExpression(up)) up = up.parent;
        const isExpected = ts.isPropertyAssignment(up) && up.name.getText(sf) === 'expected';
        const isGuardArgument = ts.isCallExpression(up) && /^check(Array|Object|String)$/.test(up.expression.getText(sf));
        if (ru !== undefined && hasEn && (isExpected || isGuardArgument)) {
          out.push({ where: `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`, ru: literalText(ru.initializer) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

describe('every Russian phrase of expected written in the source', () => {
  const phrases = expectedPhrases();

  it('is found (the call sites converted to { ru, en })', () => {
    expect(phrases.length).toBeGreaterThanOrEqual(70);
  });

  it('has no English word outside «…» and reads in Russian', () => {
    const bad = phrases.filter((p) => latinWords(p.ru).length > 0 || !/[а-яё]/i.test(p.ru)).map((p) => `${p.where}: ${p.ru}`);
    expect(bad).toEqual([]);
  });
});

describe('validation issues of untrusted data in Russian (the words of src/model/validation.ts)', () => {
  // one record per kind of zod issue, through the public parsers a user's file goes through
  const school = { id: 's1', name: { ru: 'Школа № 1' }, municipalityId: 'm1', type: 'СОШ' };
  const cases: readonly (readonly [string, () => readonly { code: string; message: { ru: string; en: string } }[]])[] = [
    ['a wrong type, a missing field, a number out of range, an unknown key, a value off a list', () => parseDatasetPartial({ schools: [{ ...school, id: 5 }, { name: { ru: 'Б' } }, { ...school, id: 's3', extra: true, also: 1 }], territories: null, years: [1800], results: [{ schoolId: 's1', year: 2023, procedure: 'vpr', subject: 'math', grade: 5, participants: -1, stage: 'somewhere' }] }).issues],
    ['a string of the wrong format, a number given as words', () => {
      const r = safeParseProgram({ ...structuredClone(REZH_2019_2025_PROGRAM), period: { from: 'двадцатый', to: 2025 } });
      const a = safeParseAntiRiskProgram({ id: 'arp', schoolId: 's1', catalogueId: 'fioko-500-10', priorityFactors: ['rf02'], actions: [{ id: 'm1', name: { ru: 'Наставничество' }, addresses: ['rf02'], deadline: 'к лету', responsible: ['директор'], indicators: [] }], indicators: [] });
      return [...(r.success ? [] : r.issues), ...(a.success ? [] : a.issues)];
    }],
  ];
  it.each(cases)('%s: no English word outside «…»', (_, issuesOf) => {
    const issues = issuesOf();
    expect(issues.length).toBeGreaterThan(0);
    const bad = issues.filter((i) => latinWords(i.message.ru).length > 0).map((i) => `${i.code}: ${i.message.ru} — ${latinWords(i.message.ru).join('; ')}`);
    expect(bad).toEqual([]);
  });
  it('the codes a user meets are all covered, and values read in Russian', () => {
    const issues = cases.flatMap(([, f]) => f());
    const codes = new Set(issues.map((i) => i.code));
    for (const c of ['invalid_type', 'too_small', 'unrecognized_keys', 'invalid_value', 'invalid_format']) expect(codes, c).toContain(c);
    const texts = issues.map((i) => i.message.ru).join('\n');
    expect(texts).toContain('неизвестные поля: «municipalityId», «extra», «also»');
    expect(texts).toContain('обязательное поле отсутствует (ожидается одно из: «urban», «rural»)');
    expect(texts).toContain('получено «к лету»: неверный формат (ожидается дата ГГГГ-ММ-ДД)');
    expect(texts).toContain('получено «двадцатый», ожидается число');
    expect(texts).not.toMatch(/получено (null|undefined|array|object)/);
  });
});
