import { endOfMonth, formatISO } from 'date-fns';

/**
 * A term expression read into dates, or kept as an external schedule, or kept as text.
 *
 * @category Plans
 */
export type ParsedTerm =
  | {
      /** dated: the measure runs within `from`…`to` */
      readonly kind: 'period';
      /** first day (ISO date) */
      readonly from: string;
      /** last day (ISO date) */
      readonly to: string;
      /** repeated every year within the period («ежегодно»), in the months given when the term names them («июнь-август») */
      readonly yearly?: { readonly fromMonth?: number; readonly toMonth?: number };
      /** the term as printed */
      readonly text: string;
    }
  | {
      /** run on someone else's schedule («по графику ГАУО ДПО СО «ИРО»», «по отдельному плану-графику») */
      readonly kind: 'external';
      /** the schedule, verbatim */
      readonly schedule: string;
      /** the first day, when the term gives a start («… с 2023») */
      readonly from?: string;
      readonly text: string;
    }
  | {
      /** not a date the library can read («при осуществлении межведомственного взаимодействия», «по необходимости») */
      readonly kind: 'unparsed';
      readonly text: string;
    };

const MONTHS: readonly (readonly [RegExp, number])[] = [
  [/январ/, 1],
  [/феврал/, 2],
  [/март/, 3],
  [/апрел/, 4],
  [/ма[йяе]/, 5],
  [/июн/, 6],
  [/июл/, 7],
  [/август/, 8],
  [/сентябр/, 9],
  [/октябр/, 10],
  [/ноябр/, 11],
  [/декабр/, 12],
];

const monthIn = (s: string): number | undefined => MONTHS.find(([re]) => re.test(s))?.[1];
const iso = (d: Date): string => formatISO(d, { representation: 'date' });
const firstDay = (y: number, m = 1): string => iso(new Date(y, m - 1, 1));
const lastDay = (y: number, m = 12): string => iso(endOfMonth(new Date(y, m - 1, 1)));
/** a two-digit year after a four-digit one («2022-23») */
const fullYear = (y: string, after: number): number => (y.length === 2 ? Math.floor(after / 100) * 100 + Number(y) : Number(y));

/**
 * Reads a roadmap's term expression («Сроки исполнения») into dates within the program's period.
 * Understood: «весь период реализации программы»; «с 2021» (to the period's end); «2019 – 2021»,
 * «2022-23»; «2019/2020 учебный год» (1 September – 31 August); «ежегодно» and «июнь-август каждого
 * учебного года» / «ежегодно, июнь-август» (yearly, in those months); «Январь 2022», «Март 2022 г»,
 * «Август сентябрь 2022 года»; «01.11. 2022 года», «01.06. 2022- 20.06.2022 года»; «до 31.03.2022»;
 * a bare year «2022». «по графику …» and «по отдельному плану(-графику) …» are kept
 * as an external schedule (with its start when one is given: «по графику ГАОУ ДПО СО «ИРО» с
 * 2023»). Anything else is kept as text, `unparsed`; a term is never guessed.
 *
 * @param text - The term as printed.
 * @param period - The program's period (calendar years, inclusive).
 * @returns The term read into dates, an external schedule, or the text unparsed.
 * @example
 * ```ts
 * parseTerm('ежегодно, июнь-август', { from: 2019, to: 2025 })
 * //=> { kind: 'period', from: '2019-01-01', to: '2025-12-31', yearly: { fromMonth: 6, toMonth: 8 }, text: 'ежегодно, июнь-август' }
 * parseTerm('2019 – 2021', { from: 2019, to: 2025 }) //=> { kind: 'period', from: '2019-01-01', to: '2021-12-31', text: '2019 – 2021' }
 * parseTerm('по графику ГАУО ДПО СО «ИРО»', { from: 2019, to: 2025 }).kind //=> 'external'
 * parseTerm('при осуществелнии межведомственного взаимодействия', { from: 2019, to: 2025 }).kind //=> 'unparsed'
 * ```
  * @category Plans
 */
export function parseTerm(text: string, period: { readonly from: number; readonly to: number }): ParsedTerm {
  const t = text.replace(/\s+/g, ' ').trim();
  const s = t.toLowerCase().replace(/ё/g, 'е');
  // the same text without a trailing «года» / «г.» / «гг.» / «годы»
  const u = s.replace(/\s*(?:года|годы|год|гг?)\.?$/, '').trim();
  const since = /(?:^|\s|,)с (\d{4})/.exec(s);
  const start = since ? Number(since[1]) : period.from;

  if (/по (?:\S+ )?графику|по отдельному плану/.test(s)) {
    return { kind: 'external', schedule: t, ...(since ? { from: firstDay(start) } : {}), text: t };
  }
  const wholePeriod = /весь период|в сроки реализации|на каждом этапе реализации/.test(s);
  const yearly = /ежегодно|каждого (?:учебного )?года|1 раз в год/.test(s);
  const months = /([а-я]+)\s*[-–]\s*([а-я]+)/.exec(s);
  const fromMonth = months ? monthIn(months[1] as string) : undefined;
  const toMonth = months ? monthIn(months[2] as string) : undefined;
  if (yearly || (fromMonth !== undefined && toMonth !== undefined && !/\d{4}/.test(s))) {
    const recur = fromMonth !== undefined && toMonth !== undefined ? { fromMonth, toMonth } : {};
    return { kind: 'period', from: firstDay(start), to: lastDay(period.to), yearly: recur, text: t };
  }
  if (wholePeriod || (since && /^с \d{4}$/.test(s))) return { kind: 'period', from: firstDay(start), to: lastDay(period.to), text: t };

  // «2019/2020 учебный год», «2020/2021 учебный год 2021/2022 учебный год»: 1 September of the first to 31 August of the last
  const schoolYears = [...s.matchAll(/(\d{4})\s*\/\s*(\d{2,4})/g)];
  if (schoolYears.length > 0 && /учебн/.test(s) && s.replace(/\d{4}\s*\/\s*\d{2,4}|учебные|учебный|годы|год|[\s,и]/g, '') === '') {
    const first = schoolYears[0] as RegExpExecArray;
    const last = schoolYears[schoolYears.length - 1] as RegExpExecArray;
    return { kind: 'period', from: firstDay(Number(first[1]), 9), to: lastDay(fullYear(last[2] as string, Number(last[1])), 8), text: t };
  }
  const range = /^(\d{4})\s*[-–—]\s*(\d{2,4})$/.exec(u);
  if (range) return { kind: 'period', from: firstDay(Number(range[1])), to: lastDay(fullYear(range[2] as string, Number(range[1]))), text: t };
  const dmy = (dd: string, mm: string, yyyy: string): Date | undefined => {
    const d = new Date(Number(yyyy), Number(mm) - 1, Number(dd));
    return d.getMonth() === Number(mm) - 1 && d.getDate() === Number(dd) ? d : undefined;
  };
  // «01.06. 2022- 20.06.2022», «30.05.2022- 13.06.2022 года»
  const dates = /^(\d{1,2})\.(\d{1,2})\.\s*(\d{4})\s*[-–]\s*(\d{1,2})\.(\d{1,2})\.\s*(\d{4})$/.exec(u);
  if (dates) {
    const a = dmy(dates[1] as string, dates[2] as string, dates[3] as string);
    const b = dmy(dates[4] as string, dates[5] as string, dates[6] as string);
    if (a && b && a <= b) return { kind: 'period', from: iso(a), to: iso(b), text: t };
  }
  // «01.11. 2022 года»
  const date = /^(\d{1,2})\.(\d{1,2})\.\s*(\d{4})$/.exec(u);
  const day = date ? dmy(date[1] as string, date[2] as string, date[3] as string) : undefined;
  if (day) return { kind: 'period', from: iso(day), to: iso(day), text: t };
  // «Август сентябрь 2022 года», «Июль - август 2020»
  const twoMonths = /^([а-я]+)\s*[-–,]?\s*([а-я]+) (\d{4})$/.exec(u);
  const m1 = twoMonths ? monthIn(twoMonths[1] as string) : undefined;
  const m2 = twoMonths ? monthIn(twoMonths[2] as string) : undefined;
  if (twoMonths && m1 !== undefined && m2 !== undefined && m1 <= m2) return { kind: 'period', from: firstDay(Number(twoMonths[3]), m1), to: lastDay(Number(twoMonths[3]), m2), text: t };
  const until = /^до (\d{1,2})\.(\d{1,2})\.\s*(\d{4})$/.exec(u);
  if (until) {
    const to = new Date(Number(until[3]), Number(until[2]) - 1, Number(until[1]));
    if (to.getMonth() === Number(until[2]) - 1) return { kind: 'period', from: firstDay(Math.min(start, to.getFullYear())), to: iso(to), text: t };
  }
  const monthYear = /^([а-я]+) (\d{4})$/.exec(u);
  const m = monthYear ? monthIn(monthYear[1] as string) : undefined;
  if (monthYear && m !== undefined) return { kind: 'period', from: firstDay(Number(monthYear[2]), m), to: lastDay(Number(monthYear[2]), m), text: t };
  const year = /^(\d{4})$/.exec(u);
  if (year) return { kind: 'period', from: firstDay(Number(year[1])), to: lastDay(Number(year[1])), text: t };
  return { kind: 'unparsed', text: t };
}
