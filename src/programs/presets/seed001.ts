import { seed001Methodology } from '../methodologies/seed001.js';
import { SEED_001_INDICATORS } from '../indicators/seed001.js';
import type { Program } from '../schema.js';

const SEED = '001_c89cd0ea27c20a17.txt';

/**
 * Seed 001 as a program: Березовский район, 2021–2024. Identification: the table of L218–L224
 * (`seed001Methodology()` with its defaults); indicators of L197–L208 and L274; the roadmap's
 * calendar (L264–L276): identification in September, school programs in April–May, methodological
 * visits in October, February and April.
 *
 * @example
 * ```ts
 * programCalendar(SEED_001_PROGRAM, 2024).map((e) => e.from)
 * //=> ['2024-09-01', '2024-10-01', '2025-02-01', '2025-04-01', '2025-04-01']
 * ```
 */
export const SEED_001_PROGRAM: Program = {
  id: 'seed001',
  name: { ru: 'Березовский район: программа поддержки ШНОР/ШНСУ (2021–2024)', en: 'Berezovsky district: ШНОР/ШНСУ support program (2021–2024)' },
  territory: { id: 'berezovsky', name: { ru: 'Березовский район Красноярского края', en: 'Berezovsky district, Krasnoyarsk krai' }, regionId: 'krasnoyarsk' },
  period: { from: 2021, to: 2024 },
  legalBasis: [
    { title: 'Федеральный закон «Об образовании в Российской Федерации»', number: '273-ФЗ', date: '2012-12-29', source: { seed: SEED, line: 28 } },
    { title: 'Распоряжение Правительства Красноярского края «Об утверждении Комплекса мер … со стабильно низкими образовательными результатами»', number: '446-р', date: '2017-07-04', source: { seed: SEED, line: 36 } },
    { title: 'Государственная программа Красноярского края «Развитие образования»', number: '508-п', date: '2013-09-30', source: { seed: SEED, line: 38 } },
  ],
  methodology: seed001Methodology(),
  indicators: [...SEED_001_INDICATORS],
  calendar: [
    { id: 'identification', name: { ru: 'Определение перечня ШНОР и ШНСУ', en: 'Listing ШНОР and ШНСУ' }, month: 9, source: { seed: SEED, line: 267 } },
    { id: 'school-programs', name: { ru: 'Разработка школьных программ повышения качества', en: 'School improvement programs' }, month: 4, untilMonth: 5, source: { seed: SEED, line: 270 } },
    { id: 'visit-october', name: { ru: 'Методический десант', en: 'Methodological visit' }, month: 10, source: { seed: SEED, line: 271 } },
    { id: 'visit-february', name: { ru: 'Методический десант', en: 'Methodological visit' }, month: 2, source: { seed: SEED, line: 271 } },
    { id: 'visit-april', name: { ru: 'Методический десант', en: 'Methodological visit' }, month: 4, source: { seed: SEED, line: 271 } },
  ],
  defaults: [
    { what: 'сочетание критериев ШНОР N1–N5', choice: 'любой (any)', why: 'программа не говорит; вариант — опция seed001Methodology' },
    { what: '25 % от N школ', choice: 'округление вверх, равные включаются, пул — муниципалитет', why: '25 % от 11 = 2,75; программа муниципальная' },
    { what: '«на протяжении трёх лет»', choice: 'каждый год лучше предыдущего (consecutive)', why: 'строже из двух прочтений; второе — опция positiveDynamics' },
  ],
  source: { act: 'Программа поддержки ШНОР/ШНСУ Березовского района (2021–2024)', seed: SEED },
};
