import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REZH_2019_2025_METHODOLOGY, SEED_000_METHODOLOGY, categoryHistory, identify, parseDataset, parseMethodology, rankByKeys } from '../../src/index.js';
import { verdict } from './helpers.js';

const ds = parseDataset(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'seed000-rezh-2021.dataset.json'), 'utf8')));

// seed-000-notes §7.10 (Appendix 4, L1833–L1945), typed by hand: school → typology group
const APPENDIX_4: Record<string, string> = {
  'rezh-27': 'неблагополучная',
  'rezh-5': 'неблагополучная',
  'rezh-28': 'неблагополучная',
  'rezh-8': 'неблагополучная',
  'rezh-4': 'неблагополучная',
  'rezh-1': 'резильентная',
  'rezh-23': 'неблагополучная',
  'rezh-46': 'неблагополучная',
  'rezh-44': 'резильентная',
  'rezh-2': 'резильентная',
  'rezh-9': 'резильентная',
  'rezh-7': 'резильентная',
  'rezh-3': 'условно благополучная',
  'rezh-10': 'условно благополучная',
};

describe('seed 000, Appendix 4: the typology of 14 schools', () => {
  const r = identify(parseMethodology(SEED_000_METHODOLOGY), ds, 2021);

  it('reproduces every school\u2019s typology group', () => {
    for (const [school, group] of Object.entries(APPENDIX_4)) expect(verdict(r, school, 'typology'), school).toBe(group);
    expect(Object.values(APPENDIX_4).filter((g) => g === 'неблагополучная')).toHaveLength(7);
  });

  it('№ 13 and № 30 are "no data" («отсутствуют в аналитических материалах»), not a type', () => {
    for (const school of ['rezh-13', 'rezh-30']) {
      expect(verdict(r, school, 'typology')).toBe('missing');
      const v = r.schools.find((s) => s.schoolId === school)?.categories[0];
      expect(v?.explanation?.ru).toContain('отсутствует в аналитических материалах');
    }
    expect(r.lists.typology?.missing).toEqual(['rezh-13', 'rezh-30']);
    expect(r.lists.typology?.notApplicable).toEqual([]);
  });

  it('the band of L803 (quality 3–5, ИСБШ 3–4) holds for № 5, 28, 8, 4, 23, 46', () => {
    expect([...(r.lists.band?.yes ?? [])].sort()).toEqual(['rezh-23', 'rezh-28', 'rezh-4', 'rezh-46', 'rezh-5', 'rezh-8']);
  });

  it('the anti-rating order: (ИСБШ ↑, quality ↑) gives the same order as the places, ties in the same cell', () => {
    const facts = (ds.external ?? []).filter((e) => e.antiRatingPlace !== undefined);
    const ranked = rankByKeys(facts.map((e) => ({ id: e.schoolId, keys: [e.isbshGroup ?? null, e.qualityGroup ?? null] })));
    const byPlace = [...facts].sort((a, b) => (a.antiRatingPlace as number) - (b.antiRatingPlace as number)).map((e) => e.schoolId);
    // the ranks never decrease along the published order, and schools share a rank only inside one cell
    const rankOf = new Map(ranked.map((x) => [x.id, x.rank as number]));
    const ranks = byPlace.map((id) => rankOf.get(id) as number);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks).toEqual([1, 2, 2, 4, 4, 6, 7, 7, 9, 10, 10, 10, 13, 13]);
    expect(rankOf.get('rezh-27')).toBe(1);
  });

  it('explains a verdict with the two groups', () => {
    const v = r.schools.find((s) => s.schoolId === 'rezh-27')?.categories[0];
    expect(v?.explanation?.ru).toContain('группа ИСБШ = 1, группа качества = 2 → неблагополучная');
  });
});

describe('seed 000: the list of schools with low results and its classes (L883), read by a rule', () => {
  // L883: «В 2022 году СОШ № 2 и 30 не попали в перечень школ, демонстрирующих низкие результаты.
  // А МБОУ СОШ № 5 переместилась из категории «Сильно низкие» в «умеренно низкие».»
  const r2021 = identify(REZH_2019_2025_METHODOLOGY, ds, 2021, { trace: true, explain: true });
  const r2022 = identify(REZH_2019_2025_METHODOLOGY, ds, 2022);

  it('2021: № 5 «сильно низкие», № 2 and № 30 on the list (class not named); 2022: № 5 «умеренно низкие», № 2 and № 30 off it', () => {
    expect(verdict(r2021, 'rezh-5', 'lowResults')).toBe('сильно низкие');
    expect(verdict(r2021, 'rezh-2', 'lowResults')).toBe('в перечне (категория не указана)');
    expect(verdict(r2021, 'rezh-30', 'lowResults')).toBe('в перечне (категория не указана)');
    expect(verdict(r2022, 'rezh-5', 'lowResults')).toBe('умеренно низкие');
    expect(verdict(r2022, 'rezh-2', 'lowResults')).toBe(null);
    expect(verdict(r2022, 'rezh-30', 'lowResults')).toBe(null);
    // a school the seed does not mention is unknown, never «не в перечне»
    expect(verdict(r2022, 'rezh-4', 'lowResults')).toBe('missing');
  });

  it('the 2022 moves: № 5 up one step on the scale worst to best, № 2 and № 30 left the list', () => {
    const c = REZH_2019_2025_METHODOLOGY.categories.find((x) => x.id === 'lowResults');
    const scale = c?.kind === 'classifier' ? c.scale : undefined;
    expect(scale).toEqual(['сильно низкие', 'умеренно низкие']);
    const h = categoryHistory([r2021, r2022], 'lowResults', scale);
    expect(h.find((x) => x.schoolId === 'rezh-5')?.transitions[0]).toEqual({ fromYear: 2021, toYear: 2022, kind: 'changed', direction: 'up', steps: 1 });
    expect(h.find((x) => x.schoolId === 'rezh-2')?.transitions[0]?.kind).toBe('left');
    expect(h.find((x) => x.schoolId === 'rezh-30')?.transitions[0]?.kind).toBe('left');
  });

  it('the declared fact agrees with the external list records of the same line', () => {
    for (const e of ds.external ?? []) {
      if (e.severity === undefined && e.lists?.shnor === undefined) continue;
      const v = ds.factValues?.find((f) => f.schoolId === e.schoolId && f.year === e.year && f.fact === 'lowResultsCategory')?.value;
      if (e.severity !== undefined) expect(v, `${e.schoolId} ${e.year}`).toBe(e.severity);
      else expect(v === 'не в перечне', `${e.schoolId} ${e.year}`).toBe(e.lists?.shnor === false);
    }
  });

  it('explains the class with the seed line', () => {
    const c = r2021.schools.find((s) => s.schoolId === 'rezh-5')?.categories.find((x) => x.categoryId === 'lowResults');
    expect(c?.explanation?.ru.split('\n')[0]).toBe('Перечень школ, демонстрирующих низкие результаты: сильно низкие');
    expect(c?.trace?.children?.[0]?.source).toEqual({ seed: '000_b832483057b0243e.txt', line: 883 });
  });
  it('a dataset without the list (no declared lowResultsCategory) gets «не применимо», not «no class»', () => {
    const raw = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.dataset.json'), 'utf8')) as Record<string, unknown>;
    delete raw.declaredFacts;
    delete raw.factValues;
    const r = identify(REZH_2019_2025_METHODOLOGY, parseDataset(raw), 2023);
    const c = r.schools[0]?.categories.find((x) => x.categoryId === 'lowResults');
    expect(c?.outcome).toEqual({ status: 'not_applicable', reason: { code: 'UNDECLARED', ru: 'набор данных не объявляет показатель «lowResultsCategory»', en: 'the dataset does not declare the fact "lowResultsCategory"' } });
    expect(c?.explanation?.ru.split('\n')[0]).toBe('Перечень школ, демонстрирующих низкие результаты: не применимо — набор данных не объявляет показатель «lowResultsCategory»');
  });
});
