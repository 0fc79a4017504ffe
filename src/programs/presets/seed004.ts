import { SEED_004_INDICATORS } from '../indicators/seed004.js';
import type { Program } from '../schema.js';

const SEED = '004_aed2dab0861538cc.txt';

/**
 * Seed 004 as a program: Кемеровский муниципальный округ, 2022–2024. No identification rule beyond
 * the federal objectivity list and the 500+ project (§2 of the notes), so the methodology marks the
 * schools on the Rosobrnadzor list; risk catalogue: the ten 500+ factors; the seven indicators of
 * the passport (L50–L58).
 *
 * @example
 * ```ts
 * evaluateProgram(SEED_004_PROGRAM, dataset, 2021).identification?.lists.biased.yes
 * ```
 */
export const SEED_004_PROGRAM: Program = {
  id: 'seed004',
  name: { ru: 'Кемеровский МО: повышение качества образования (2022–2024)', en: 'Kemerovsky MO: raising the quality of education (2022–2024)' },
  territory: { id: 'kemerovsky-mo', name: { ru: 'Кемеровский муниципальный округ', en: 'Kemerovsky municipal okrug' }, regionId: 'kuzbass' },
  period: { from: 2022, to: 2024 },
  legalBasis: [
    { title: 'Федеральный закон «Об образовании в Российской Федерации»', number: '273-ФЗ', date: '2012-12-29', source: { seed: SEED, line: 9 } },
    { title: 'Государственная программа РФ «Развитие образования»', number: '1642', date: '2017-12-26', source: { seed: SEED, line: 10 } },
    { title: 'Приказ Министерства образования Кузбасса «Об утверждении Положения о региональной системе оценки качества образования»', number: '1470', source: { seed: SEED, line: 11 } },
  ],
  methodology: {
    id: 'seed004',
    name: { ru: 'Кемеровский МО: школы с признаками необъективности', en: 'Kemerovsky MO: schools with signs of biased results' },
    territories: ['kemerovsky-mo'],
    validFrom: '2017-01-01',
    validTo: '2024-12-31',
    categories: [
      {
        kind: 'flag',
        id: 'biased',
        name: { ru: 'В списке Рособрнадзора (признаки необъективности)', en: 'On the Rosobrnadzor list (signs of bias)' },
        rule: { kind: 'threshold', measure: { kind: 'external', field: 'rosobrnadzorBiased' }, op: 'eq', value: 1, source: { seed: SEED, line: '1822-1841' } },
        notes: ['A school absent from that year\u2019s list has no external fact: its verdict is unknown, not «no».'],
      },
    ],
  },
  riskCatalogueId: 'fioko-500-10',
  indicators: [...SEED_004_INDICATORS],
  calendar: [
    { id: 'risk-profiles', name: { ru: 'Анкетирование для рисковых профилей 500+', en: '500+ risk-profile questionnaire' }, month: 1, source: { seed: SEED, line: 2233 } },
    { id: 'programs', name: { ru: 'Размещение программ в ИС МЭДК', en: 'Programs uploaded to ИС МЭДК' }, month: 3, source: { seed: SEED, line: '2250-2251' } },
    { id: 'monitoring', name: { ru: 'Мониторинг позитивных изменений', en: 'Monitoring of positive changes' }, month: 11, source: { seed: SEED, line: 2323 } },
  ],
  defaults: [
    { what: '«увеличение на 3 %» (I3), «на 8 %» (I6)', choice: 'процентные пункты', why: 'единица не указана; относительное прочтение — unit: relative_percent' },
    { what: 'идентификация', choice: 'список Рособрнадзора по годам', why: 'иных правил отбора в программе нет' },
  ],
  source: { act: 'Муниципальная программа повышения качества образования Кемеровского МО (2022–2024)', seed: SEED },
};
