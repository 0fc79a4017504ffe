import { describe, expect, it } from 'vitest';
import {
  BEREZOVSKY_2021_2024_PROGRAM,
  KEMEROVSKY_2022_2024_PROGRAM,
  NAZAROVSKY_2020_2023_PROGRAM,
  PRESET_PROGRAMS,
  REZH_2019_2025_PROGRAM,
  SERGOKALINSKY_2023_2025_PROGRAM,
  ShnorError,
  checkFinancing,
  checkFinancingPlan,
  checkPlanCoverage,
  parseProgram,
  parseTerm,
  summarizePlan,
  summarizePlanExecution,
} from '../../src/index.js';

const P = { from: 2019, to: 2025 };

describe('parseTerm: the seeds\u2019 term expressions', () => {
  it('yearly with months: «июнь-август каждого учебного года» (seed 000, 1.1), «ежегодно, июнь-август»', () => {
    expect(parseTerm('июнь-август каждого учебного года', P)).toEqual({ kind: 'period', from: '2019-01-01', to: '2025-12-31', yearly: { fromMonth: 6, toMonth: 8 }, text: 'июнь-август каждого учебного года' });
    expect(parseTerm('ежегодно, июнь-август', P)).toMatchObject({ kind: 'period', yearly: { fromMonth: 6, toMonth: 8 } });
    expect(parseTerm('ежегодно', P)).toMatchObject({ kind: 'period', from: '2019-01-01', to: '2025-12-31', yearly: {} });
    expect(parseTerm('с 2020, ежегодно', P)).toMatchObject({ kind: 'period', from: '2020-01-01', yearly: {} });
  });

  it('«с 2021», «2019 - 2021», «2019/2020 учебный год», «весь период реализации программы»', () => {
    expect(parseTerm('с 2021', P)).toEqual({ kind: 'period', from: '2021-01-01', to: '2025-12-31', text: 'с 2021' });
    expect(parseTerm('с  2020', P)).toMatchObject({ from: '2020-01-01', to: '2025-12-31' });
    expect(parseTerm('2019 - 2021', P)).toEqual({ kind: 'period', from: '2019-01-01', to: '2021-12-31', text: '2019 - 2021' });
    expect(parseTerm('2019 – 2021', P)).toMatchObject({ from: '2019-01-01', to: '2021-12-31' });
    expect(parseTerm('2022-23', P)).toMatchObject({ from: '2022-01-01', to: '2023-12-31' });
    expect(parseTerm('2019/2020 учебный год', P)).toMatchObject({ kind: 'period', from: '2019-09-01', to: '2020-08-31' });
    expect(parseTerm('2020/2021 учебный год 2021/2022 учебный год', P)).toMatchObject({ from: '2020-09-01', to: '2022-08-31' });
    expect(parseTerm('весь период реализации программы', P)).toMatchObject({ kind: 'period', from: '2019-01-01', to: '2025-12-31' });
    expect(parseTerm('с 2021, весь период реализации Программы', P)).toMatchObject({ kind: 'period', from: '2021-01-01', to: '2025-12-31' });
  });

  it('seed 004\u2019s roadmap dates (T19): months, days, ranges of days', () => {
    const Q = { from: 2022, to: 2024 };
    expect(parseTerm('Январь 2022', Q)).toMatchObject({ from: '2022-01-01', to: '2022-01-31' });
    expect(parseTerm('Март 2022 г', Q)).toMatchObject({ from: '2022-03-01', to: '2022-03-31' });
    expect(parseTerm('Август сентябрь 2022 года', Q)).toMatchObject({ from: '2022-08-01', to: '2022-09-30' });
    expect(parseTerm('01.11. 2022 года', Q)).toMatchObject({ from: '2022-11-01', to: '2022-11-01' });
    expect(parseTerm('01.06. 2022- 20.06.2022 года', Q)).toMatchObject({ from: '2022-06-01', to: '2022-06-20' });
    expect(parseTerm('До 31.03. 2022 года', Q)).toMatchObject({ kind: 'period', to: '2022-03-31' });
    expect(parseTerm('31.02.2022', Q).kind).toBe('unparsed');
  });

  it('«по графику ИРО» is an external schedule; what cannot be dated is kept as text', () => {
    expect(parseTerm('по графику ГАУО ДПО СО «ИРО»', P)).toEqual({ kind: 'external', schedule: 'по графику ГАУО ДПО СО «ИРО»', text: 'по графику ГАУО ДПО СО «ИРО»' });
    expect(parseTerm('по графику ГАОУ ДПО СО «ИРО» с 2023', P)).toMatchObject({ kind: 'external', from: '2023-01-01' });
    expect(parseTerm('по отдельному плану-графику', P).kind).toBe('external');
    expect(parseTerm('при осуществелнии межведомственного взаимодействия', P)).toEqual({ kind: 'unparsed', text: 'при осуществелнии межведомственного взаимодействия' });
    expect(parseTerm('Декабрь 202', { from: 2022, to: 2024 }).kind).toBe('unparsed');
    expect(parseTerm('до 25 марта', { from: 2022, to: 2024 }).kind).toBe('unparsed');
  });

  it('every term of seed 000\u2019s roadmap (47 measures of Раздел 4) is dated, external or kept as text', () => {
    const kinds = { period: 0, external: 0, unparsed: 0 };
    for (const m of REZH_2019_2025_PROGRAM.plan?.measures.slice(0, 47) ?? []) kinds[parseTerm(m.term, P).kind]++;
    // 14 terms name an external schedule: 1.6, 1.7, 1.8, 1.9–1.13 («по графику ГАУО ДПО СО «ИРО»»), 1.15,
    // 3.4, 4.2, 5.5, 5.6, 6.2; only «при осуществелнии межведомственного взаимодействия» (3.5) cannot be read
    expect(kinds).toEqual({ period: 32, external: 14, unparsed: 1 });
  });
});

describe('the seeds\u2019 plans as data', () => {
  it('every preset validates with its plan and financing', () => {
    for (const p of Object.values(PRESET_PROGRAMS)) expect(parseProgram(p)).toEqual(p);
  });

  it('seed 000: Раздел 4 has 47 measures in 7 sections (L933–L1315), Appendix 3 nine more (L1653–L1800)', () => {
    const plan = REZH_2019_2025_PROGRAM.plan;
    expect(plan?.measures).toHaveLength(56);
    expect(plan?.sections.slice(0, 7).map((s) => s.id)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    const count = (sec: string) => plan?.measures.filter((m) => m.section === sec).length;
    expect(['1', '2', '3', '4', '5', '6', '7'].map(count)).toEqual([16, 10, 5, 4, 6, 4, 2]);
    const m19 = plan?.measures.find((m) => m.id === '1.9');
    expect(m19).toMatchObject({ term: 'по графику ГАУО ДПО СО «ИРО»', source: { line: '1008-1013' } });
    expect(m19?.responsible).toContain('заместители руководителей по УВР ОО');
  });

  it('seed 001: the 8 measures of Раздел 3 (L264–L276); seed 003: 27 in six blocks (L291–L338); seed 004: 20 of the 2022 roadmap (L2212–L2339)', () => {
    expect(BEREZOVSKY_2021_2024_PROGRAM.plan?.measures.map((m) => m.term)).toEqual([
      'Январь 2021г Ежегодно (сентябрь)',
      'февраль ежегодно',
      'ежегодно',
      'Апрель-май ежегодно',
      'Октябрь, февраль, апрель ежегодно',
      'ежегодно',
      'ежегодно',
      'ежегодно',
    ]);
    expect(NAZAROVSKY_2020_2023_PROGRAM.plan?.measures).toHaveLength(27);
    expect(NAZAROVSKY_2020_2023_PROGRAM.plan?.sections.map((s) => s.title)).toEqual([
      'Нормативно – организационное обеспечение',
      'Инфраструктурное и кадровое обеспечение',
      'Профессиональное развитие управленческих команд педагогов, специалистов',
      'Информационное обеспечение',
      'Мониторинг',
      'Ресурсное обеспечение',
    ]);
    expect(KEMEROVSKY_2022_2024_PROGRAM.plan?.measures).toHaveLength(20);
    expect(KEMEROVSKY_2022_2024_PROGRAM.plan?.measures.at(-1)).toMatchObject({ title: 'Подведение итогов проекта', term: '20.12. 2022 года' });
    expect(String(KEMEROVSKY_2022_2024_PROGRAM.plan?.measures.at(-1)?.source?.line)).toMatch(/^2336-/);
  });
});

describe('execution: seed 000, Appendix 3 (L1653–L1800)', () => {
  it('8 «выполнено» and 1 «на исполнении» among the 9 filled rows; the 47 measures of Раздел 4 have no record', () => {
    const s = summarizePlanExecution(REZH_2019_2025_PROGRAM, '2022-12-31');
    expect(s.status).toBe('value');
    if (s.status !== 'value') return;
    expect(s.value.byStatus).toEqual({ выполнено: 8, 'на исполнении': 1, 'не выполнено': 0, 'нет данных': 47 });
  });

  it('overdue on 31.12.2022: the image work (the second «4.3.», L1793–L1800), due 31.08.2022, still «на исполнении»; and «2019 - 2021» (1.5) with no record', () => {
    const s = summarizePlan(REZH_2019_2025_PROGRAM.plan!, REZH_2019_2025_PROGRAM.period, '2022-12-31');
    // «выполнено» rows past their term (П3-1.1, 2020/2021) are not overdue; rows with no record are listed as such
    expect(s.overdue.map((o) => [o.id, o.due, o.status])).toEqual([
      ['1.2', '2020-08-31', 'нет данных'],
      ['1.5', '2021-12-31', 'нет данных'],
      ['П3-4.3-2', '2022-08-31', 'на исполнении'],
    ]);
    // on 31.08.2022 that last term has not yet ended
    expect(summarizePlan(REZH_2019_2025_PROGRAM.plan!, REZH_2019_2025_PROGRAM.period, '2022-08-31').overdue.map((o) => o.id)).toEqual(['1.2', '1.5']);
  });

  it('terms that start later are not started; a program without a plan is not applicable; a bad date throws', () => {
    // on 01.06.2021 the three measures «с 2022» (3.3, 5.2, 5.3) have not started
    expect(summarizePlan(REZH_2019_2025_PROGRAM.plan!, REZH_2019_2025_PROGRAM.period, '2021-06-01').notStarted).toBe(3);
    expect(summarizePlanExecution({ period: SERGOKALINSKY_2023_2025_PROGRAM.period }, '2024-01-01')).toMatchObject({ status: 'not_applicable', reason: { code: 'NO_PLAN', ru: 'в программе нет плана мероприятий' } });
    expect(() => summarizePlanExecution(REZH_2019_2025_PROGRAM, '31.12.2022')).toThrow(ShnorError);
  });
});

describe('coverage: every priority risk factor and every indicator has a measure', () => {
  it('seed 000: every indicator is served; «Низкое качество преодоления языковых и культурных барьеров» (rf08) has no measure', () => {
    const p = REZH_2019_2025_PROGRAM;
    const c = checkPlanCoverage(p.plan!, p.indicators.map((i) => i.id));
    expect(c.uncoveredIndicators).toEqual([]);
    expect(c.uncoveredRiskFactors).toEqual(['rf08']);
    expect(c.unknownLinks).toEqual([]);
    expect(c.complete).toBe(false);
  });

  it('seed 002: the 19 measures of its three «Комплекс мер» (L215–L238) have no term, so none is dated or overdue; 9 of the 27 indicators have no measure', () => {
    const p = SERGOKALINSKY_2023_2025_PROGRAM;
    expect(p.plan?.measures).toHaveLength(19);
    expect(p.plan?.sections.map((s) => s.source?.line)).toEqual([215, 222, 232]);
    const s = summarizePlan(p.plan!, p.period, '2025-12-31');
    expect([s.undated, s.overdue.length, s.byStatus['нет данных']]).toEqual([19, 0, 19]);
    const c = checkPlanCoverage(p.plan!, p.indicators.map((i) => i.id));
    expect(c.uncoveredIndicators).toEqual(['seed002.A1.2', 'seed002.A1.3', 'seed002.A1.4', 'seed002.A1.5', 'seed002.A2.2', 'seed002.D4', 'seed002.D6', 'seed002.D8', 'seed002.D9']);
    expect(c.unknownLinks).toEqual([]);
    expect(c.uncoveredRiskFactors).toEqual([]);
  });

  it('a link to an indicator the program does not have is reported', () => {
    const plan = { title: 'т', sections: [{ id: '1', title: 'р' }], measures: [{ id: '1.1', section: '1', title: 'м', term: 'ежегодно', responsible: [], indicators: ['i9'], riskFactors: ['rf01'] }], priorityRiskFactors: ['rf01', 'rf02'] };
    expect(checkPlanCoverage(plan, ['i1'])).toEqual({ uncoveredRiskFactors: ['rf02'], uncoveredIndicators: ['i1'], unknownLinks: [{ measure: '1.1', link: 'i9' }], complete: false });
  });
});

describe('financing: seed 000 (L148–L180), year × budget level, exact in kopecks', () => {
  it('2019: 5 220 058,68 stated, 3 186 384,00 + 679 132,00 + 354 092,68 = 4 219 608,68, short by 1 000 450,00', () => {
    const f = checkFinancing(REZH_2019_2025_PROGRAM);
    expect(f.status).toBe('value');
    if (f.status !== 'value') return;
    expect(f.value.issues).toHaveLength(1);
    expect(f.value.issues[0]).toMatchObject({ code: 'YEAR_SPLIT_MISMATCH', year: 2019, stated: '5220058.68', computed: '4219608.68', difference: '1000450.00' });
    expect(f.value.issues[0]?.message.ru).toBe('2019 год: всего 5\u00a0220\u00a0058,68\u00a0руб., а по уровням бюджета 4\u00a0219\u00a0608,68\u00a0руб. — не хватает 1\u00a0000\u00a0450,00\u00a0руб.');
    expect(f.value.issues[0]?.message.en).toBe('2019: the total is RUB 5,220,058.68, the budget levels add up to RUB 4,219,608.68, short by RUB 1,000,450.00');
  });

  it('the seven years add up to «Всего: 24 169 892,62»; all sources to 23 169 442,62 (the same 1 000 450,00 gap)', () => {
    const f = checkFinancingPlan(REZH_2019_2025_PROGRAM.financing!);
    expect(f.sumOfYears).toBe('24169892.62');
    expect(f.sumOfLevels).toBe('23169442.62');
    expect(f.years.filter((y) => !y.consistent).map((y) => y.year)).toEqual([2019]);
  });

  it('a stated level total that is not the sum of its years is reported; floating point would not be exact here', () => {
    const f = checkFinancingPlan({ currency: 'RUB', years: [{ year: 2020, byLevel: { local: '0.1' } }, { year: 2021, byLevel: { local: '0.2' } }], levelTotals: { local: '0.3' }, total: '0.31' });
    expect(f.issues.map((i) => [i.code, i.stated, i.computed])).toEqual([['TOTAL_MISMATCH', '0.31', '0.30']]);
    expect(checkFinancing(KEMEROVSKY_2022_2024_PROGRAM)).toMatchObject({ status: 'not_applicable', reason: { code: 'NO_FINANCING' } });
    // «5 220 058, 68» as printed is read (spaces, decimal comma); a word is refused, naming where it is
    expect(checkFinancingPlan({ currency: 'RUB', years: [{ year: 2019, total: '5 220 058, 68', byLevel: { local: '5220058.68' } }] }).issues).toEqual([]);
    expect(() => checkFinancingPlan({ currency: 'RUB', years: [{ year: 2020, byLevel: { local: 'нет' } }] })).toThrow(/financing\.years\[2020\]\.byLevel\.local/);
  });
});
