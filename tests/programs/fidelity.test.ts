import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BEREZOVSKY_2021_2024_PROGRAM,
  KEMEROVSKY_2022_2024_PROGRAM,
  NAZAROVSKY_2020_2023_PROGRAM,
  PRESET_PROGRAMS,
  type Program,
  REZH_2019_2025_PROGRAM,
  SERGOKALINSKY_2023_2025_PROGRAM,
} from '../../src/index.js';

// Fidelity: every rule, category, indicator, plan item and calendar event the presets carry is
// checked against the seed text at the line its provenance names.
const seeds = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
const files = new Map<string, string[]>();
const lines = (seed: string): string[] => {
  if (!files.has(seed)) files.set(seed, readFileSync(join(seeds, seed), 'utf8').split('\n'));
  return files.get(seed) as string[];
};
/** the text of a line reference (`125`, `'79-139'`, `'154, 162'`), whitespace collapsed, lower case */
const textAt = (seed: string, line: number | string, pad = 0): string => {
  const L = lines(seed);
  const parts = String(line).replace(/L/g, '').split(',').map((p) => p.trim());
  const out: string[] = [];
  for (const p of parts) {
    const [a, b] = p.split(/[-–]/).map((x) => Number(x.trim()));
    for (let n = Math.max(1, (a as number) - pad); n <= (b ?? (a as number)) + pad; n++) out.push(L[n - 1] ?? '');
  }
  return norm(out.join(' '));
};
const norm = (s: string): string => s.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').replace(/ё/g, 'е').toLowerCase().trim();
/** every `{ seed, line }` in a value, with its path */
function sources(v: unknown, path: string, out: { path: string; seed: string; line: number | string }[]): typeof out {
  if (Array.isArray(v)) v.forEach((x, i) => sources(x, `${path}[${i}]`, out));
  else if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o['seed'] === 'string' && (typeof o['line'] === 'number' || typeof o['line'] === 'string')) out.push({ path, seed: o['seed'], line: o['line'] as number | string });
    for (const [k, x] of Object.entries(o)) sources(x, `${path}.${k}`, out);
  }
  return out;
}

describe.each(Object.entries(PRESET_PROGRAMS))('%s: every provenance points at a real line of its seed', (_id, program: Program) => {
  it('each seed line cited exists and is not empty', () => {
    const all = sources(program, 'program', []);
    expect(all.length).toBeGreaterThan(5);
    for (const s of all) {
      const L = lines(s.seed);
      for (const p of String(s.line).replace(/L/g, '').split(',')) {
        const [a, b] = p.split(/[-–]/).map((x) => Number(x.trim()));
        expect(a, s.path).toBeGreaterThanOrEqual(1);
        expect(b ?? a, s.path).toBeLessThanOrEqual(L.length);
        expect(textAt(s.seed, p).length, `${s.path}: L${p} is empty`).toBeGreaterThan(0);
      }
    }
  });

  it('each plan measure\u2019s term and the start of its title are printed at its lines', () => {
    for (const m of program.plan?.measures ?? []) {
      const src = m.source as { seed: string; line: number | string };
      const text = textAt(src.seed, src.line);
      const words = norm(m.title).split(' ').slice(0, 3).join(' ');
      expect(text, `${m.id}: «${words}»`).toContain(words);
      // the term may be split over the cells of a wrapped row: every word of it is there
      if (m.term !== 'не указан') for (const w of norm(m.term).split(/[\s,()]+/).filter((x) => x.length > 1)) expect(text, `${m.id}: «${m.term}»`).toContain(w);
    }
  });
});

/** A table row: what the seed states, its line, a verbatim snippet there, and the preset's value. */
type Row = readonly [what: string, seed: string, line: number | string, snippet: string, actual: unknown, expected: unknown];
const check = (rows: readonly Row[]): void => {
  for (const [what, seed, line, snippet, actual, expected] of rows) {
    expect(textAt(seed, line), `${what}: the seed at L${line}`).toContain(norm(snippet));
    expect(actual, what).toEqual(expected);
  }
};

describe('Режевской ГО 2019–2025 (seed 000)', () => {
  const S = '000_b832483057b0243e.txt';
  const p = REZH_2019_2025_PROGRAM;
  const band = p.methodology?.categories.find((c) => c.id === 'band');
  const typology = p.methodology?.categories.find((c) => c.id === 'typology');
  it('rules, categories, indicators, plan, calendar and money as the seed states them', () => {
    check([
      ['period «на 2019-2025 годы»', S, 146, '2019-2025', p.period, { from: 2019, to: 2025 }],
      ['band: «с индексом качества от 3 до 5 и индексом социального благополучия от 3 до 4»', S, 803, 'с индексом качества от 3 до 5', band?.kind === 'flag' && band.rule.kind === 'all' ? band.rule.rules.map((r) => (r.kind === 'between' ? [r.min, r.max] : null)) : null, [[3, 5], [3, 4]]],
      ['the low-results list and its classes «Сильно низкие» → «умеренно низкие»', S, 883, 'переместилась из категории «сильно низкие» в «умеренно низкие»', (() => {
        const c = p.methodology?.categories.find((x) => x.id === 'lowResults');
        return c?.kind === 'classifier' ? [c.scale, c.source] : null;
      })(), [['сильно низкие', 'умеренно низкие'], { seed: S, line: 883 }]],
      ['typology classes (Appendix 4)', S, '1833-1945', 'резильентная', typology?.kind === 'classifier' ? typology.scale : null, ['неблагополучная', 'резильентная', 'условно благополучная']],
      ['ИСБШ 5 × quality ≤ 5: no cell', S, '1833-1945', 'условно благополучная', typology?.kind === 'classifier' && typology.classifier.kind === 'matrix' ? typology.classifier.cells.map((c) => [c.rows, c.columns]) : null, [[[1, 4], [1, 5]], [[1, 4], [6, 10]], [[5, 5], [6, 10]]]],
      ['risk catalogue: the nine 500+ factors analysed', S, 887, 'факторы риска', p.riskCatalogueId, 'seed000-500-9'],
      ['ten target indicators (L1323–L1505)', S, 1323, 'ЦЕЛЕВЫЕ ПОКАЗАТЕЛИ', p.indicators.map((i) => i.id), ['seed000.i1', 'seed000.i2', 'seed000.i3', 'seed000.i4', 'seed000.i5', 'seed000.i6', 'seed000.i7', 'seed000.i8', 'seed000.i9', 'seed000.i10']],
      ['monitoring «ежегодно в июле-августе»', S, 905, 'в июле-августе', p.calendar.find((e) => e.id === 'monitoring') && [p.calendar.find((e) => e.id === 'monitoring')?.month, p.calendar.find((e) => e.id === 'monitoring')?.untilMonth], [7, 8]],
      ['identification «по графику ГАУО ДПО СО «ИРО»»: no month', S, '1009-1010', 'по графику ГАУО ДПО', p.calendar.find((e) => e.id === 'identification')?.month, undefined],
      ['roadmap Раздел 4: 47 measures', S, 933, 'Дорожная карта', p.plan?.measures.filter((m) => !m.id.startsWith('П3')).length, 47],
      ['Appendix 3: 8 «выполнено», 1 «на исполнении»', S, 1800, 'на исполнении', p.plan?.measures.filter((m) => m.execution).map((m) => m.execution?.status).join(','), 'выполнено,выполнено,выполнено,выполнено,выполнено,выполнено,выполнено,выполнено,на исполнении'],
      ['«Всего: 24 169 892,62»', S, 153, '24 169 892,62', p.financing?.total, '24169892.62'],
      ['«2019 год – 5 220 058, 68»', S, 154, '5 220 058, 68', p.financing?.years[0]?.total, '5220058.68'],
      ['федеральный бюджет 2019 «3 186 384,00»', S, 162, '3 186 384,00', p.financing?.years[0]?.byLevel.federal, '3186384.00'],
      ['областной бюджет 2019 «679 132,00»', S, 165, '679 132,00', p.financing?.years[0]?.byLevel.regional, '679132.00'],
      ['местный бюджет 2019 «354 092,68»', S, 174, '354 092,68', p.financing?.years[0]?.byLevel.local, '354092.68'],
      ['местный бюджет 2022 «6 713 773,96»', S, 177, '6 713 773,96', p.financing?.years[3]?.byLevel.local, '6713773.96'],
    ]);
  });
});

describe('Березовский район 2021–2024 (seed 001)', () => {
  const S = '001_c89cd0ea27c20a17.txt';
  const p = BEREZOVSKY_2021_2024_PROGRAM;
  const cat = (id: string) => p.methodology?.categories.find((c) => c.id === id);
  const rule = (id: string) => {
    const c = cat('shnor');
    return c?.kind === 'flag' && 'rules' in c.rule ? (c.rule.rules as readonly { id?: string }[]).find((r) => r.id === id) : undefined;
  };
  it('the identification table (L218–L224), the indicators, the roadmap', () => {
    check([
      ['period «2021-2024 годы»', S, 16, '2021-2024', p.period, { from: 2021, to: 2024 }],
      ['N1: 25 % of schools, bottom, ЕГЭ and ОГЭ', S, 221, '25% школ с самыми низкими результатами', (rule('seed001.N1') as { percent?: number })?.percent, 25],
      ['N2: fewer than 60 % continued', S, 221, '60', (rule('seed001.N2') as { op?: string; value?: number }) && [(rule('seed001.N2') as { op: string }).op, (rule('seed001.N2') as { value: number }).value], ['lt', 60]],
      ['N3: «Расхождение между средним баллом ЕГЭ, ОГЭ и ВПР по региону и средним баллом школы составляет более 20 баллов»', S, 221, 'ЕГЭ, ОГЭ и ВПР по региону', (rule('seed001.N3') as { rules?: { id: string; value: number }[] })?.rules?.map((r) => [r.id, r.value]), [['seed001.N3.ege.russian', 20], ['seed001.N3.ege.math_profile', 20], ['seed001.N3.oge.russian', 20], ['seed001.N3.oge.math', 20], ['seed001.N3.vpr.russian', 20], ['seed001.N3.vpr.math', 20]]],
      ['N4: 0,5 % olympiad participants', S, 221, '0,5', (rule('seed001.N4') as { value?: string })?.value, '0.5'],
      ['N5: satisfaction 40 % and lower', S, 221, '40', (rule('seed001.N5') as { value?: number })?.value, 40],
      ['ШНСУ: social, staff, resources (25 % each)', S, '222-224', '25%', ['shnsu_social', 'shnsu_staff', 'shnsu_resources'].map((c) => (cat(c) as { rule?: { percent?: number } })?.rule?.percent), [25, 25, 25]],
      ['ИСБ: «отсутствием учебной мотивации»', S, 222, 'отсутствием учебной мотивации', p.methodology?.indices?.find((i) => i.id === 'social')?.components.find((c) => c.id === 'without_motivation')?.measure, { kind: 'declared', fact: 'pupilsWithoutMotivation' }],
      ['кадровый потенциал: «подтвердивших или повысивших за последние 3 года квалификационную категорию»', S, 223, 'подтвердивших или повысивших за последние 3 года квалификационную категорию', p.methodology?.indices?.find((i) => i.id === 'staff')?.components[0]?.measure, { kind: 'declared', fact: 'teachersCategoryIn3Years' }],
      ['кадровый потенциал: «на 1,5 ставки и более»', S, 223, 'на 1,5 ставки и более', p.methodology?.indices?.find((i) => i.id === 'staff')?.components[1]?.measure, { kind: 'staffing', field: 'onOneAndHalfRates' }],
      ['кадровый потенциал: «принявших участие за последние 3 года в профессиональных конкурсах»', S, 223, 'принявших участие за последние 3 года в профессиональных конкурсах', p.methodology?.indices?.find((i) => i.id === 'staff')?.components[2]?.measure, { kind: 'declared', fact: 'teachersInContestsIn3Years' }],
      ['кадровый потенциал: «не соответствующие профильному образованию по диплому»', S, 223, 'не соответствующие профильному образованию по диплому', p.methodology?.indices?.find((i) => i.id === 'staff')?.components[3]?.measure, { kind: 'staffing', field: 'outsideDiploma' }],
      ['ten expected results (L197–L208, L274)', S, '197-208', 'Да/Нет', p.indicators.length, 10],
      ['roadmap Раздел 3: 8 measures', S, 264, 'Дорожная карта', p.plan?.measures.length, 8],
      ['identification «Ежегодно (сентябрь)»', S, 267, 'Ежегодно (сентябрь)', p.calendar.find((e) => e.id === 'identification')?.month, 9],
      ['school programs «Апрель-май ежегодно»', S, 270, 'Апрель-май', [p.calendar.find((e) => e.id === 'school-programs')?.month, p.calendar.find((e) => e.id === 'school-programs')?.untilMonth], [4, 5]],
      ['methodological visits «Октябрь, февраль, апрель»', S, 271, 'Октябрь, февраль, апрель', p.calendar.filter((e) => e.id.startsWith('visit-')).map((e) => e.month), [10, 2, 4]],
    ]);
  });
});

describe('Сергокалинский район 2023–2025 (seed 002)', () => {
  const S = '002_2244a13e5dbe77ea.txt';
  const p = SERGOKALINSKY_2023_2025_PROGRAM;
  const cats = p.methodology?.categories.map((c) => c.id);
  it('ШНОР and ШНСУ rules, risk zone, list, clusters; 27 indicators in five groups, none with a target', () => {
    check([
      ['ШНОР «не менее 30%»', S, 79, 'не менее 30%', (() => {
        const c = p.methodology?.categories.find((x) => x.id === 'shnor');
        return c?.kind === 'flag' && c.rule.kind === 'any' ? (c.rule.rules as readonly { value?: number }[]).map((r) => r.value) : null;
      })(), [30, 30]],
      ['ШНСУ: «дефицит ресурсов … и … наименьшие показатели ИСБ»', S, 80, 'дефицит ресурсов', cats?.includes('shnsu'), true],
      ['ИСБ «нижний квартиль школ республики»', S, 133, 'нижний квартиль', true, true],
      ['Rosobrnadzor list as an input', S, 129, 'список Рособрнадзора', cats?.includes('rosobrnadzorList'), true],
      ['risk zone: three flags (L132–L134)', S, '131-134', 'в зоне риска снижения', (() => {
        const c = p.methodology?.categories.find((x) => x.id === 'riskZone');
        return c?.kind === 'flag' && c.rule.kind === 'any' ? c.rule.rules.map((r) => r.source?.line) : null;
      })(), [80, 133, 134]],
      ['third flag: «не организована профилактика рисков»', S, 134, 'не организована профилактика рисков', cats?.includes('riskZone'), true],
      ['«нуждающихся в профилактике учебной неуспешности»: L137–L139', S, 136, 'нуждающихся в', (() => {
        const c = p.methodology?.categories.find((x) => x.id === 'needsPrevention');
        return c?.kind === 'flag' && c.rule.kind === 'any' ? c.rule.rules.map((r) => r.source?.line) : null;
      })(), [137, 138, 139]],
      ['L137 «отсутствует внутришкольная система»', S, 137, 'отсутствует внутришкольная система профилактики', true, true],
      ['L138 «индивидуальный образовательный маршрут»', S, 138, 'индивидуальный образовательный маршрут', true, true],
      ['L139 «посещающих дополнительные занятия»', S, 139, 'посещающих дополнительные занятия', true, true],
      ['three clusters of the identified schools', S, 81, 'три кластера', (() => {
        const c = p.methodology?.categories.find((x) => x.id === 'cluster');
        return c?.kind === 'classifier' && c.classifier.kind === 'ordered' ? c.classifier.options.map((o) => o.value) : null;
      })(), ['кластер № 2', 'кластер № 1', 'кластер № 3']],
      ['group A (L123): 11 lines', S, 123, 'Группа показателей для выявления', p.indicators.filter((i) => i.id.startsWith('seed002.A')).length, 11],
      ['group B (L141): 2', S, 141, 'динамики образовательных результатов', p.indicators.filter((i) => i.id.startsWith('seed002.B')).length, 2],
      ['group C (L145): 2', S, 145, 'ресурсных дефицитов', p.indicators.filter((i) => i.id.startsWith('seed002.C')).length, 2],
      ['group D (L149): 9', S, 149, 'мониторингу образовательных результатов', p.indicators.filter((i) => i.id.startsWith('seed002.D')).length, 9],
      ['group E (L160): 3 distinct (E2, E3 repeat A3.2, A3.3)', S, 160, 'профилактике', p.indicators.filter((i) => i.id.startsWith('seed002.E')).length, 3],
      ['no target anywhere', S, 116, 'Показатели реализации Программы', p.indicators.filter((i) => i.target.kind !== 'series' || i.target.values.some((v) => v.value !== null)).length, 0],
    ]);
  });
  it('each indicator\u2019s name is the text of its line', () => {
    for (const i of p.indicators) expect(textAt(S, i.source?.line as number), i.id).toContain(norm(i.name.ru).slice(0, 60));
  });
});

describe('Назаровский район 2020–2023 (seed 003)', () => {
  const S = '003_d0b3cf5e72812614.txt';
  const p = NAZAROVSKY_2020_2023_PROGRAM;
  it('15 end-state indicators, the plan, the reporting cycle', () => {
    check([
      ['period «2020 – 2023 гг.»', S, 29, '2020 – 2023', p.period, { from: 2020, to: 2023 }],
      ['no numeric identification (SWOT)', S, '192-198', 'SWOT', p.methodology, undefined],
      ['15 indicators', S, 26, 'Доля', p.indicators.length, 15],
      ['reports «ноябрь, январь, март, июнь»', S, 135, 'ноябрь, январь, март, июнь', p.calendar.map((e) => e.month), [11, 1, 3, 6]],
      ['plan: 27 measures', S, '291-338', 'Мероприятие', p.plan?.measures.length, 27],
    ]);
  });
});

describe('Кемеровский МО 2022–2024 (seed 004)', () => {
  const S = '004_aed2dab0861538cc.txt';
  const p = KEMEROVSKY_2022_2024_PROGRAM;
  it('the Rosobrnadzor list, the ЕГЭ rating, seven indicators, the 500+ roadmap', () => {
    check([
      ['period «2022 – 2024 годы»', S, 48, '2022 – 2024', p.period, { from: 2022, to: 2024 }],
      ['the federal list of biased ВПР results', S, 1822, 'необъективные результаты', p.methodology?.categories.map((c) => c.id), ['biased']],
      ['ЕГЭ rating: Russian and profile maths, equal weights', S, 117, 'русский язык и математика', p.methodology?.indices?.[0]?.components.map((c) => [c.id, c.weight]), [['ege_russian', 1], ['ege_math_profile', 1]]],
      ['seven «Целевые индикаторы»', S, '50-57', 'Целевые индикаторы', p.indicators.length, 7],
      ['roadmap «на 2022 год»: 20 measures', S, 2212, 'на 2022 год', p.plan?.measures.length, 20],
      ['questionnaire «Январь 2022»', S, '2233-2234', 'Январь 2022', [p.calendar[0]?.month, p.calendar[0]?.since], [1, '2022-01']],
      ['monitoring «01.11. 2022 года»', S, '2323-2324', '01.11. 2022', [p.calendar[2]?.month, p.calendar[2]?.day], [11, 1]],
    ]);
  });
});
