import { berezovskyMethodology } from '../methodologies/seed001.js';
import { BEREZOVSKY_2021_2024_INDICATORS } from '../indicators/seed001.js';
import type { Plan } from '../../plans/schema.js';
import type { Program } from '../schema.js';
import planData from '../../data/seed001-berezovsky.plan.json';

const SEED = '001_c89cd0ea27c20a17.txt';

/**
 * Березовский район Красноярского края, 2021–2024 (seed 001) as a program. Identification: the
 * table of L218–L224 (`berezovskyMethodology()` with its defaults); indicators of L197–L208 and
 * L274; the roadmap of Раздел 3 (8 measures, L264–L276) and its calendar: identification in
 * September (from January 2021), recommendations in February, school programs in April–May,
 * methodological visits in October, February and April.
 *
 * @example
 * ```ts
 * BEREZOVSKY_2021_2024_PROGRAM.territory.name.ru //=> 'Березовский район Красноярского края'
 * programCalendar(BEREZOVSKY_2021_2024_PROGRAM, 2024).map((e) => e.from)
 * //=> ['2024-09-01', '2024-10-01', '2025-02-01', '2025-02-01', '2025-04-01', '2025-04-01']
 * ```
 * @category Programs
 */
export const BEREZOVSKY_2021_2024_PROGRAM: Program = {
  id: 'berezovsky-2021-2024',
  name: { ru: 'Березовский район: программа поддержки ШНОР/ШНСУ (2021–2024)', en: 'Berezovsky district: ШНОР/ШНСУ support program (2021–2024)' },
  territory: { id: 'berezovsky', name: { ru: 'Березовский район Красноярского края', en: 'Berezovsky district, Krasnoyarsk krai' }, regionId: 'krasnoyarsk' },
  period: { from: 2021, to: 2024 },
  legalBasis: [
    { title: 'Федеральный закон «Об образовании в Российской Федерации»', number: '273-ФЗ', date: '2012-12-29', source: { seed: SEED, line: 28 } },
    { title: 'Распоряжение Правительства Красноярского края «Об утверждении Комплекса мер … со стабильно низкими образовательными результатами»', number: '446-р', date: '2017-07-04', source: { seed: SEED, line: 36 } },
    { title: 'Государственная программа Красноярского края «Развитие образования»', number: '508-п', date: '2013-09-30', source: { seed: SEED, line: 38 } },
  ],
  methodology: berezovskyMethodology(),
  indicators: [...BEREZOVSKY_2021_2024_INDICATORS],
  calendar: [
    { id: 'identification', name: { ru: 'Определение перечня ШНОР и ШНСУ', en: 'Listing ШНОР and ШНСУ' }, month: 9, source: { seed: SEED, line: 267, note: '«Январь 2021г Ежегодно (сентябрь)»' } },
    { id: 'recommendations', name: { ru: 'Подготовка адресных рекомендаций школам ШНОР и ШНСУ', en: 'Recommendations to ШНОР and ШНСУ' }, month: 2, source: { seed: SEED, line: 268, note: '«февраль ежегодно»' } },
    { id: 'school-programs', name: { ru: 'Разработка школьных программ повышения качества', en: 'School improvement programs' }, month: 4, untilMonth: 5, source: { seed: SEED, line: 270 } },
    { id: 'visit-october', name: { ru: 'Методический десант', en: 'Methodological visit' }, month: 10, source: { seed: SEED, line: 271 } },
    { id: 'visit-february', name: { ru: 'Методический десант', en: 'Methodological visit' }, month: 2, source: { seed: SEED, line: 271 } },
    { id: 'visit-april', name: { ru: 'Методический десант', en: 'Methodological visit' }, month: 4, source: { seed: SEED, line: 271 } },
  ],
  defaults: [
    { what: 'сочетание критериев ШНОР N1–N5', choice: 'любой (any)', why: 'программа не говорит; вариант — опция seed001Methodology' },
    { what: '25 % от N школ', choice: 'округление вверх, равные включаются, пул — муниципалитет', why: '25 % от 11 = 2,75; программа муниципальная' },
    { what: '«на протяжении трёх лет»', choice: 'каждый год лучше предыдущего (consecutive)', why: 'строже из двух прочтений; второе — опция positiveDynamics' },
    { what: 'ЕГЭ по математике в N1', choice: 'только профильная (тестовый балл)', why: 'базовая математика — отметка 2–5, её нельзя усреднять с баллами; опция baseMaths: separate' },
  ],
  plan: planData.plan as Plan,
  source: { act: 'Программа поддержки ШНОР/ШНСУ Березовского района (2021–2024)', seed: SEED },
};

/**
 * @deprecated Use {@link BEREZOVSKY_2021_2024_PROGRAM}; this alias will be removed in the next major release.
 * @category Programs
 */
export const SEED_001_PROGRAM: Program = BEREZOVSKY_2021_2024_PROGRAM;
