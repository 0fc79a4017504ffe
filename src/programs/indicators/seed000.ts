import type { IndicatorDefinition } from '../../indicators/definition.js';

const SEED = '000_b832483057b0243e.txt';
const MP_2228 =
  'Муниципальная программа Режевского городского округа «Развитие системы образования в Режевском городском округе до 2025 года», утв. постановлением Администрации Режевского городского округа от 08.11.2018 № 2228';

/**
 * Seed 000 (Режевской ГО, 2019–2025): the ten target indicators of «ЦЕЛЕВЫЕ ПОКАЗАТЕЛИ реализации
 * Программы (мониторинг)», L1323–L1505, each yearly value with its seed line. All ten are shares
 * in percent, higher is better (the seed states no direction; every series is non-decreasing).
 * «-» (indicator 10, 2019–2021) is `null`: no target that year. Where the values are k/16 or
 * k/11 shares (seed-000-notes §4.2), `denominatorSize` and `published` say so.
 *
 * @example
 * ```ts
 * REZH_2019_2025_INDICATORS.length //=> 10
 * ```
 * @category Programs
 */
export const REZH_2019_2025_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'seed000.i1',
    name: { ru: "Доля школ с низкими результатами обучения и школ, функционирующих в неблагоприятных социальных условиях, в которых обеспечены условия равного доступа к получению качественного общего образования каждого ребенка независимо от места жительства, социального статуса и материального положения семей, в том числе с использованием дистанционных образовательных технологий, в общем количестве таких организаций", en: "Share of ШНОР/ШНСУ with equal access to quality education ensured" },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'schools', numerator: 'ШНОР/ШНСУ с обеспеченными условиями равного доступа', denominator: 'все ШНОР/ШНСУ' },
    target: {
      kind: 'series',
      values: [
        { year: 2019, value: 60, source: { seed: SEED, line: 1373 } },
        { year: 2020, value: 70, source: { seed: SEED, line: 1374 } },
        { year: 2021, value: 80, source: { seed: SEED, line: 1375 } },
        { year: 2022, value: 90, source: { seed: SEED, line: 1376 } },
        { year: 2023, value: 100, source: { seed: SEED, line: 1377 } },
        { year: 2024, value: 100, source: { seed: SEED, line: 1378 } },
        { year: 2025, value: 100, source: { seed: SEED, line: 1379 } },
      ],
    },
    source: { act: MP_2228, seed: SEED, line: 1380 },
  },
  {
    id: 'seed000.i2',
    name: { ru: "Доля педагогических работников образовательных организаций, прошедших переподготовку или повышение квалификации по актуальным вопросам повышения качества образования обучающихся в соответствии с ФГОС НОО, ФГОС ООО, ФГОС СОО в общей численности педагогических работников, работающих в данных образовательных организациях и нуждающихся в адресном повышении квалификации, на основе анализа педагогических дефицитов (предметных компетенций)", en: "Share of teachers who took targeted professional development" },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'teachers', numerator: 'педагоги, прошедшие адресное повышение квалификации', denominator: 'педагоги, нуждающиеся в адресном повышении квалификации' },
    target: {
      kind: 'series',
      values: [
        { year: 2019, value: 20, source: { seed: SEED, line: 1386 } },
        { year: 2020, value: 50, source: { seed: SEED, line: 1387 } },
        { year: 2021, value: 70, source: { seed: SEED, line: 1388 } },
        { year: 2022, value: 80, source: { seed: SEED, line: 1389 } },
        { year: 2023, value: 100, source: { seed: SEED, line: 1390 } },
        { year: 2024, value: 100, source: { seed: SEED, line: 1391 } },
        { year: 2025, value: 100, source: { seed: SEED, line: 1392 } },
      ],
    },
    source: { act: MP_2228, seed: SEED, line: 1393 },
  },
  {
    id: 'seed000.i3',
    name: { ru: "Доля обучающихся школ, функционирующих в неблагоприятных социальных условиях, успешно сдавших итоговую государственную аттестацию и подтвердивших результаты промежуточной аттестации, результаты, полученные при прохождении ВПР и/или в ходе иных муниципальных, региональных, всероссийских и международных исследований (подтвердивших объективность оценивания в ОУ), в общей численности обучающихся из данных школ, прошедших государственную итоговую аттестацию (анализируется первичный результат обучающихся)", en: "Share of ШНСУ pupils who passed ГИА with confirmed objectivity" },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'pupils', numerator: 'обучающиеся ШНСУ, успешно сдавшие ГИА и подтвердившие объективность', denominator: 'обучающиеся ШНСУ, прошедшие ГИА (первичный результат)' },
    target: {
      kind: 'series',
      values: [
        { year: 2019, value: 14, source: { seed: SEED, line: 1399 } },
        { year: 2020, value: 17, source: { seed: SEED, line: 1400 } },
        { year: 2021, value: 20, source: { seed: SEED, line: 1401 } },
        { year: 2022, value: 25, source: { seed: SEED, line: 1402 } },
        { year: 2023, value: 30, source: { seed: SEED, line: 1403 } },
        { year: 2024, value: 50, source: { seed: SEED, line: 1404 } },
        { year: 2025, value: 70, source: { seed: SEED, line: 1405 } },
      ],
    },
    source: { act: MP_2228, seed: SEED, line: 1406 },
  },
  {
    id: 'seed000.i4',
    name: { ru: "Доля школ, обучающиеся которых продемонстрировали более высокие результаты обучения по итогам учебного года и подтвердили результаты промежуточной аттестации, результаты, полученные при прохождении ВПР и/или в ходе иных муниципальных, региональных, всероссийских и международных исследований (подтвердили объективность оценивания в ОУ) среди школ с низкими результатами обучения и школ, функционирующих в неблагоприятных социальных условиях; (динамика объективных образовательных результатов)", en: "Share of ШНОР/ШНСУ schools with higher, objectively confirmed results" },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'schools', numerator: 'ШНОР/ШНСУ с улучшением результатов, подтверждённым объективностью', denominator: 'все ШНОР/ШНСУ' },
    target: {
      kind: 'series',
      values: [
        { year: 2019, value: 14, source: { seed: SEED, line: 1414 } },
        { year: 2020, value: 28, source: { seed: SEED, line: 1415 } },
        { year: 2021, value: 42, source: { seed: SEED, line: 1416 } },
        { year: 2022, value: 57, source: { seed: SEED, line: 1417 } },
        { year: 2023, value: 70, source: { seed: SEED, line: 1418 } },
        { year: 2024, value: 70, source: { seed: SEED, line: 1419 } },
        { year: 2025, value: 80, source: { seed: SEED, line: 1420 } },
      ],
    },
    source: { act: MP_2228, seed: SEED, line: 1421 },
  },
  {
    id: 'seed000.i5',
    name: { ru: "Процент укомплектованности общеобразовательных учреждений педагогическими кадрами (без учета совместителей)", en: "Staffing of schools with teachers (without part-timers)" },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'positions', numerator: 'ставки, занятые без совместителей', denominator: 'штатные ставки' },
    target: {
      kind: 'series',
      values: [
        { year: 2019, value: 50, source: { seed: SEED, line: 1427 } },
        { year: 2020, value: 50, source: { seed: SEED, line: 1428 } },
        { year: 2021, value: 60, source: { seed: SEED, line: 1429 } },
        { year: 2022, value: 70, source: { seed: SEED, line: 1430 } },
        { year: 2023, value: 80, source: { seed: SEED, line: 1431 } },
        { year: 2024, value: 90, source: { seed: SEED, line: 1432 } },
        { year: 2025, value: 90, source: { seed: SEED, line: 1433 } },
      ],
    },
    source: { act: MP_2228, seed: SEED, line: 1434 },
  },
  {
    id: 'seed000.i6',
    name: { ru: "Доля ОО Режевского городского округа, функционирующих в зоне риска снижения образовательных результатов, в которых фиксируется положительная динамика по показателям качества подготовки обучающихся НОО, ООО, СОО в рамках направления «Система оценки качества подготовки обучающихся»", en: "Share of risk-zone schools with positive dynamics" },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'schools', numerator: 'ОО зоны риска с положительной динамикой', denominator: 'все ОО округа (значения целей — k/16)', denominatorSize: 16 },
    target: {
      kind: 'series',
      values: [
        { year: 2019, value: '6,3', source: { seed: SEED, line: 1440 } },
        { year: 2020, value: '12,5', source: { seed: SEED, line: 1441 } },
        { year: 2021, value: '12,5', source: { seed: SEED, line: 1442 } },
        { year: 2022, value: 31, source: { seed: SEED, line: 1443 } },
        { year: 2023, value: '62,5', source: { seed: SEED, line: 1444 } },
        { year: 2024, value: '62,5', source: { seed: SEED, line: 1445 } },
        { year: 2025, value: 80, source: { seed: SEED, line: 1446 } },
      ],
    },
    published: { decimals: 1, mode: 'half-up' },
    source: { act: MP_2228, seed: SEED, line: 1447 },
  },
  {
    id: 'seed000.i7',
    name: { ru: "Доля потребителей (родителей (законных представителей), удовлетворенных качеством образовательной услуги", en: "Share of parents satisfied with the quality of education" },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'parents', numerator: 'удовлетворённые родители', denominator: 'опрошенные родители' },
    target: {
      kind: 'series',
      values: [
        { year: 2019, value: 70, source: { seed: SEED, line: 1455 } },
        { year: 2020, value: 80, source: { seed: SEED, line: 1456 } },
        { year: 2021, value: 80, source: { seed: SEED, line: 1457 } },
        { year: 2022, value: 90, source: { seed: SEED, line: 1458 } },
        { year: 2023, value: 95, source: { seed: SEED, line: 1459 } },
        { year: 2024, value: 95, source: { seed: SEED, line: 1460 } },
        { year: 2025, value: 95, source: { seed: SEED, line: 1461 } },
      ],
    },
    source: { act: MP_2228, seed: SEED, line: 1462 },
  },
  {
    id: 'seed000.i8',
    name: { ru: "Доля школ с низкими результатами обучения и школ, функционирующих в неблагоприятных социальных условиях за которыми закреплены школы, демонстрирующие стабильное качество образования в общем количестве таких организаций", en: "Share of ШНОР/ШНСУ with an assigned partner school of stable quality" },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'schools', numerator: 'ШНОР/ШНСУ с закреплённой школой-партнёром', denominator: 'все ОО округа (значения целей — k/16)', denominatorSize: 16 },
    target: {
      kind: 'series',
      values: [
        { year: 2019, value: '6,3', source: { seed: SEED, line: 1469 } },
        { year: 2020, value: '12,5', source: { seed: SEED, line: 1470 } },
        { year: 2021, value: '12,5', source: { seed: SEED, line: 1471 } },
        { year: 2022, value: 31, source: { seed: SEED, line: 1472 } },
        { year: 2023, value: '62,5', source: { seed: SEED, line: 1473 } },
        { year: 2024, value: 100, source: { seed: SEED, line: 1474 } },
        { year: 2025, value: 100, source: { seed: SEED, line: 1475 } },
      ],
    },
    published: { decimals: 1, mode: 'half-up' },
    source: { act: 'План работы Отдела методического сопровождения МКУ ЦСУ (утверждается ежегодно)', seed: SEED, line: 1476 },
  },
  {
    id: 'seed000.i9',
    name: { ru: "Доля школ с низкими результатами обучения и школ, функционирующих в неблагоприятных социальных условиях, на базе которых функционируют Центры цифрового и гуманитарного профилей «Точка роста»", en: "Share of ШНОР/ШНСУ hosting a «Точка роста» centre" },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'schools', numerator: 'ШНОР/ШНСУ с центром «Точка роста»', denominator: '11 школ из «портретов» (значения целей — k/11)', denominatorSize: 11 },
    target: {
      kind: 'series',
      values: [
        { year: 2019, value: 18, source: { seed: SEED, line: 1482 } },
        { year: 2020, value: 36, source: { seed: SEED, line: 1483 } },
        { year: 2021, value: 45, source: { seed: SEED, line: 1484 } },
        { year: 2022, value: 55, source: { seed: SEED, line: 1485 } },
        { year: 2023, value: 64, source: { seed: SEED, line: 1486 } },
        { year: 2024, value: 91, source: { seed: SEED, line: 1487 } },
        { year: 2025, value: 100, source: { seed: SEED, line: 1488 } },
      ],
    },
    published: { decimals: 0, mode: 'half-up' },
    source: { act: MP_2228, seed: SEED, line: 1489 },
  },
  {
    id: 'seed000.i10',
    name: { ru: "Доля школ, в которых сформирована внутришкольная система профилактики учебном неуспешности, и в общем количестве ОО. - для слабоуспевающих и неуспевающих обучающихся разработан индивидуальный образовательный маршрут, - обучающиеся (от числе неуспевающих), посещают дополнительные занятия с целью ликвидации отставания по учебной программе и другое.", en: "Share of schools with an intra-school failure-prevention system" },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'schools', numerator: 'школы с внутришкольной системой профилактики учебной неуспешности', denominator: 'все ОО округа (16)', denominatorSize: 16 },
    target: {
      kind: 'series',
      values: [
        { year: 2019, value: null, source: { seed: SEED, line: 1499 } },
        { year: 2020, value: null, source: { seed: SEED, line: 1500 } },
        { year: 2021, value: null, source: { seed: SEED, line: 1501 } },
        { year: 2022, value: '6,3', source: { seed: SEED, line: 1502 } },
        { year: 2023, value: '18,8', source: { seed: SEED, line: 1503 } },
        { year: 2024, value: '31,3', source: { seed: SEED, line: 1504 } },
        { year: 2025, value: '62,5', source: { seed: SEED, line: 1505 } },
      ],
    },
    published: { decimals: 1, mode: 'half-up' },
    source: { act: MP_2228, seed: SEED, line: 1506 },
  },
];

/**
 * @deprecated Use {@link REZH_2019_2025_INDICATORS}; this alias will be removed in the next major release.
 * @category Programs
 */
export const SEED_000_INDICATORS: readonly IndicatorDefinition[] = REZH_2019_2025_INDICATORS;
