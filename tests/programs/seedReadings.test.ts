import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BEREZOVSKY_2021_2024_PROGRAM,
  KEMEROVSKY_2022_2024_PROGRAM,
  NAZAROVSKY_2020_2023_PROGRAM,
  REZH_2019_2025_METHODOLOGY,
  REZH_2019_2025_PROGRAM,
  SERGOKALINSKY_2023_2025_PROGRAM,
  berezovskyMethodology,
  identify,
  parseDataset,
  programCalendar,
  undatedEvents,
} from '../../src/index.js';
import { dataset, verdict } from '../criteria/helpers.js';

// The readings issue #13 lists as wrong, each checked against the seed's own words and line.
const seeds = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
const seedLine = (file: string, line: number): string => readFileSync(join(seeds, file), 'utf8').split('\n')[line - 1] ?? '';

describe('seed 001, N1 (L221): ЕГЭ mathematics is profile mathematics, never pooled with base-maths marks', () => {
  // four schools with the same ОГЭ and ЕГЭ Russian; profile maths 70, 60, 50, 40. School A's pupils also
  // sat base maths (mark 4,0): pooled with the profile scores in one participant-weighted mean it would
  // become (70·10 + 4·20) / 30 = 26 and drop to the bottom. It must stay on top.
  const ege = (schoolId: string, subject: string, mean: number, n: number, scoreKind: 'test' | 'mark') => ({ schoolId, year: 2024, procedure: 'ege', subject, grade: 11, participants: n, mean, scoreKind });
  const oge = (schoolId: string, subject: string) => ({ schoolId, year: 2024, procedure: 'oge', subject, grade: 9, participants: 20, marks: { '2': 2, '3': 8, '4': 6, '5': 4 } });
  const ds = dataset({
    schools: ['A', 'B', 'C', 'D'],
    results: ['A', 'B', 'C', 'D'].flatMap((s, i) => [
      oge(s, 'russian'),
      oge(s, 'math'),
      ege(s, 'russian', 65, 10, 'test'),
      ege(s, 'math_profile', 70 - 10 * i, 10, 'test'),
      ...(s === 'A' ? [ege('A', 'math_base', 4, 20, 'mark')] : []),
    ]),
  });

  it('the index component takes profile mathematics only', () => {
    const ege = berezovskyMethodology().indices?.find((x) => x.id === 'results')?.components.find((c) => c.id === 'ege_math');
    expect(ege?.measure).toMatchObject({ kind: 'result', procedures: ['ege'], subjects: ['math_profile'], metric: 'meanScore' });
    expect(seedLine('001_c89cd0ea27c20a17.txt', 221)).toContain('25% школ с самыми низкими результатами ЕГЭ, ОГЭ');
  });

  it('A (profile 70, also base maths «4») ranks first, D (profile 40) is the bottom 25 % of 4 schools', () => {
    const r = identify(berezovskyMethodology(), ds, 2024);
    const idx = r.indices['results'] ?? {};
    const order = Object.entries(idx).sort((a, b) => Number(b[1]) - Number(a[1])).map(([s]) => s);
    expect(order).toEqual(['A', 'B', 'C', 'D']);
    // N1 alone decides D (any of N1–N5): the other criteria lack data, so the others stay unknown, never «yes»
    expect(verdict(r, 'D', 'shnor')).toBe(true);
    expect(verdict(r, 'A', 'shnor')).toBe('missing');
  });

  it('option baseMaths: separate keeps base maths as a mark component of its own', () => {
    const m = berezovskyMethodology({ baseMaths: 'separate' });
    const c = m.indices?.find((x) => x.id === 'results')?.components.find((x) => x.id === 'ege_math_base');
    expect(c?.measure).toMatchObject({ subjects: ['math_base'], metric: 'meanMark' });
    expect(m.id).toBe('seed001.baseMaths');
  });
});

describe('seed 000, typology (Appendix 4, L1833–L1945): ИСБШ 5 with quality ≤ 5 gets no type', () => {
  const ext = (schoolId: string, isbshGroup: number, qualityGroup: number) => ({ schoolId, year: 2021, isbshGroup, qualityGroup, source: { note: 'test' } });
  const ds = dataset({ schools: ['N27', 'N3', 'X'], years: [2021], external: [ext('N27', 1, 2), ext('N3', 5, 6), ext('X', 5, 4)] });

  it('№ 27 (ИСБШ 1, quality 2) is «неблагополучная», № 3 (5, 6) «условно благополучная», ИСБШ 5 × quality 4 none', () => {
    const r = identify(REZH_2019_2025_METHODOLOGY, ds, 2021);
    expect(verdict(r, 'N27', 'typology')).toBe('неблагополучная');
    expect(verdict(r, 'N3', 'typology')).toBe('условно благополучная');
    expect(verdict(r, 'X', 'typology')).toBeNull();
    expect(REZH_2019_2025_PROGRAM.defaults.find((d) => d.what.includes('ИСБШ 5'))?.choice).toBe('без типа');
  });
});

describe('seed 002: clusters of the identified schools only; no target invented', () => {
  const sample = parseDataset(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.dataset.json'), 'utf8')));

  it('L81: «идентификация ШНОР и ШНСУ с последующим объединением их в три кластера» — a school that is neither has no cluster', () => {
    expect(seedLine('002_2244a13e5dbe77ea.txt', 81)).toContain('с последующим объединением их в три кластера');
    const r = identify(SERGOKALINSKY_2023_2025_PROGRAM.methodology!, sample, 2023);
    for (const s of r.schools) {
      const v = (c: string) => verdict(r, s.schoolId, c);
      const cluster = v('cluster');
      if (v('shnor') === false && v('shnsu') === false) expect(cluster).toBeNull();
      if (typeof cluster === 'string') expect(v('shnor') === true || v('shnsu') === true).toBe(true);
    }
  });

  it('cluster 3 is reachable: a ШНСУ (deficit and ИСБ in the bottom quartile) that is not ШНОР', () => {
    const ds = dataset({
      schools: ['S', 'T', 'U', 'V'],
      results: ['S', 'T', 'U', 'V'].flatMap((s) => [2023, 2024].map((year) => ({ schoolId: s, year, procedure: 'vpr', subject: 'math', grade: 5, participants: 20, belowMinimum: 1 }))),
      social: ['S', 'T', 'U', 'V'].map((s, i) => ({ schoolId: s, year: 2024, pupils: 100, counts: { parent_higher_education_one: 10 + 20 * i, large_family: 40 - 10 * i, non_native_russian: 30 - 5 * i, foster_care: 3, kdn_registered: 4 - i } })),
      resources: ['S', 'T', 'U', 'V'].map((s, i) => ({ schoolId: s, year: 2024, deficits: i === 0 ? [{ kind: 'staff', description: 'нет учителя физики' }] : [] })),
    });
    const r = identify(SERGOKALINSKY_2023_2025_PROGRAM.methodology!, ds, 2024);
    expect(verdict(r, 'S', 'shnor')).toBe(false);
    expect(verdict(r, 'S', 'shnsu')).toBe(true);
    expect(verdict(r, 'S', 'cluster')).toBe('кластер № 3');
    expect(verdict(r, 'T', 'cluster')).toBeNull();
  });

  it('the 27 indicators carry no target: every year «—» (L116–L165)', () => {
    expect(SERGOKALINSKY_2023_2025_PROGRAM.indicators).toHaveLength(27);
    for (const i of SERGOKALINSKY_2023_2025_PROGRAM.indicators) {
      expect(i.target.kind).toBe('series');
      if (i.target.kind === 'series') expect(i.target.values.every((v) => v.value === null)).toBe(true);
    }
  });
});

describe('calendars: a month only where the seed gives one', () => {
  it('seed 000: monitoring «ежегодно в июле-августе» (L905); identification «по графику ГАУО ДПО СО «ИРО»» (L1010) and the risk-factor analysis (L887) undated', () => {
    expect(seedLine('000_b832483057b0243e.txt', 905)).toContain('в июле-августе');
    expect(programCalendar(REZH_2019_2025_PROGRAM, 2022).map((e) => [e.id, e.from, e.to])).toEqual([['monitoring', '2023-07-01', '2023-08-31']]);
    expect(undatedEvents(REZH_2019_2025_PROGRAM).map((e) => e.id)).toEqual(['identification', 'risk-profiles']);
    expect(undatedEvents(REZH_2019_2025_PROGRAM)[0]?.schedule).toBe('по графику ГАУО ДПО СО «ИРО»');
  });

  it('seed 002 gives no month: nothing is dated', () => {
    expect(programCalendar(SERGOKALINSKY_2023_2025_PROGRAM, 2024)).toEqual([]);
    expect(undatedEvents(SERGOKALINSKY_2023_2025_PROGRAM)).toHaveLength(2);
  });

  it('seed 003: reports «ноябрь, январь, март, июнь» (L135), all four', () => {
    expect(seedLine('003_d0b3cf5e72812614.txt', 135)).toContain('(ноябрь, январь, март, июнь)');
    expect(programCalendar(NAZAROVSKY_2020_2023_PROGRAM, 2021).map((e) => e.from)).toEqual(['2021-11-01', '2022-01-01', '2022-03-01', '2022-06-01']);
  });

  it('seed 004: the 500+ roadmap of 2022 by school year, nothing before January 2022 (L2233) nor after 2022', () => {
    expect(programCalendar(KEMEROVSKY_2022_2024_PROGRAM, 2021).map((e) => [e.id, e.from])).toEqual([
      ['risk-profiles', '2022-01-01'],
      ['programs', '2022-03-31'],
    ]);
    expect(programCalendar(KEMEROVSKY_2022_2024_PROGRAM, 2022).map((e) => [e.id, e.from])).toEqual([['monitoring', '2022-11-01']]);
    expect(programCalendar(KEMEROVSKY_2022_2024_PROGRAM, 2023)).toEqual([]);
  });

  it('seed 001: identification in September and recommendations in February (L267–L268)', () => {
    expect(seedLine('001_c89cd0ea27c20a17.txt', 267)).toContain('Ежегодно (сентябрь)');
    expect(seedLine('001_c89cd0ea27c20a17.txt', 268)).toContain('февраль ежегодно');
    expect(programCalendar(BEREZOVSKY_2021_2024_PROGRAM, 2022).slice(0, 1)).toEqual([{ id: 'identification', ru: 'Определение перечня ШНОР и ШНСУ', en: 'Listing ШНОР and ШНСУ', from: '2022-09-01', to: '2022-09-30' }]);
  });
});

describe('seed 000 dataset: source lines', () => {
  const ds = parseDataset(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'seed000-rezh-2021.dataset.json'), 'utf8')));
  it('«в среднем 73 %» is L345, «в среднем 93 %» is L486, «в среднем 84 %» is L338', () => {
    const line = (id: string) => ds.reported?.find((r) => r.id === id)?.source?.line;
    expect([line('vpr4-success-mean'), line('vpr5-success-mean'), line('vpr8-success-mean')]).toEqual([338, 345, 486]);
    expect(seedLine('000_b832483057b0243e.txt', 345)).toContain('в среднем 73%');
    expect(seedLine('000_b832483057b0243e.txt', 486)).toContain('в среднем 93%');
    expect(seedLine('000_b832483057b0243e.txt', 338)).toContain('в среднем 84%');
  });
});

describe('seed 000: the portrait lists (L804, L844) against the band «качество 3–5, ИСБШ 3–4» (L803) on the 2021 Appendix 4 data', () => {
  const ds = parseDataset(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'seed000-rezh-2021.dataset.json'), 'utf8')));
  // «МБОУ ООШ № 8, 27,28, МБОУ СОШ № 23, 30» (L804) and «МБОУ СОШ № 1,3,4,5 МАОУ СОШ № 2,10» (L844)
  const portraits = [8, 27, 28, 23, 30, 1, 3, 4, 5, 2, 10].map((n) => `rezh-${n}`);

  it('the band holds № 5, 28, 8, 4, 23 and 46; № 46 has no portrait, № 27, 1, 3, 2, 10 have one outside the band, № 30 has no 2021 data', () => {
    expect(seedLine('000_b832483057b0243e.txt', 804)).toContain('МБОУ ООШ № 8, 27,28, МБОУ СОШ № 23, 30');
    expect(seedLine('000_b832483057b0243e.txt', 844)).toContain('МБОУ СОШ № 1,3,4,5 МАОУ СОШ № 2,10');
    const r = identify(REZH_2019_2025_METHODOLOGY, ds, 2021);
    const band = r.lists['band'];
    expect([...(band?.yes ?? [])].sort()).toEqual(['rezh-23', 'rezh-28', 'rezh-4', 'rezh-46', 'rezh-5', 'rezh-8']);
    expect((band?.yes ?? []).filter((s) => !portraits.includes(s))).toEqual(['rezh-46']);
    expect(portraits.filter((s) => !(band?.yes ?? []).includes(s) && !(band?.missing ?? []).includes(s))).toEqual(['rezh-27', 'rezh-1', 'rezh-3', 'rezh-2', 'rezh-10']);
    expect(band?.missing).toContain('rezh-30');
  });
});

describe('seed 001, N3 (L221): ЕГЭ, ОГЭ and ВПР as the seed names them; ЕГЭ alone as the scale option', () => {
  // a school whose ОГЭ Russian primary-score mean is 21 points below the region's, its ЕГЭ within 20
  const rows = (s: string, ege: number, oge: number) => [
    { schoolId: s, year: 2023, procedure: 'ege', subject: 'russian', grade: 11, participants: 8, mean: ege, scoreKind: 'test' },
    { schoolId: s, year: 2023, procedure: 'oge', subject: 'russian', grade: 9, participants: 10, mean: oge, scoreKind: 'primary' },
  ];
  const ds = dataset({
    schools: ['A', 'B'],
    territoryId: 'berezovsky',
    regionId: 'krasnoyarsk',
    results: [...rows('A', 60, 5), ...rows('B', 62, 26)],
    territoryResults: [
      { territoryId: 'krasnoyarsk', year: 2023, procedure: 'ege', subject: 'russian', grade: 11, mean: 68 },
      { territoryId: 'krasnoyarsk', year: 2023, procedure: 'oge', subject: 'russian', grade: 9, mean: 26 },
    ],
  });
  const n3 = (options: Parameters<typeof berezovskyMethodology>[0], school: string) =>
    identify(berezovskyMethodology(options), ds, 2023).schools.find((s) => s.schoolId === school)?.categories[0]?.trace?.children?.find((c) => c.id === 'seed001.N3')?.children?.map((c) => [c.id, c.outcome]);

  it('as written: A\u2019s ОГЭ Russian 5 against the region\u2019s 26 is 21 below, so N3 holds on ОГЭ', () => {
    const a = n3({}, 'A');
    expect(a?.find(([id]) => id === 'seed001.N3.oge.russian')?.[1]).toBe('true');
    expect(a?.find(([id]) => id === 'seed001.N3.ege.russian')?.[1]).toBe('false');
  });

  it('egeOnly: only the 100-point ЕГЭ scale is compared (68 − 60 = 8): N3 does not hold on ЕГЭ', () => {
    const a = n3({ n3: 'egeOnly' }, 'A');
    expect(a?.map(([id]) => id)).toEqual(['seed001.N3.ege.russian', 'seed001.N3.ege.math_profile']);
    expect(a?.[0]?.[1]).toBe('false');
  });
});
