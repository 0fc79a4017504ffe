/**
 * A clear refusal before a program year that cannot fit in this process's heap, instead of a crash
 * after minutes (issue 14). Internal to the CLI.
 */
import { getHeapStatistics } from 'node:v8';
import type { Bilingual } from '../../errors/messages.js';
import { pluralForm } from '../../errors/plural.js';

/**
 * Heap a school takes in a program year with traces, kept until the report is written, and what its
 * explanations add; estimates on the generous side. Measured on 3 December 2026 with the national
 * files of bench/generate.ts at 10 000 schools, year 2024: the smallest `--max-old-space-size` with
 * which `shnor evaluate … --out` completes, less the heap in use at the check (≈ 60 MB), per school —
 * for a Markdown report 23,6 KiB without explanations and 66,8 KiB with them (sergokalinsky-2023-2025,
 * the heaviest preset; berezovsky-2021-2024 24,6 and 48, rezh-2019-2025 27 with them,
 * kemerovsky-2022-2024 18, nazarovsky-2020-2023 15). At 40 000 schools a Markdown report with
 * explanations needs 55–64 KiB a school (sergokalinsky: it fails with 2,11 GiB of heap for the year,
 * completes with 2,45 GiB): a school costs no more in a larger dataset.
 */
const KIB_PER_SCHOOL = 24;
const EXPLAIN_KIB_PER_SCHOOL = 50;

/**
 * How the report is written: Markdown, JSON in pieces (to standard output) or HTML, each written as
 * it is made, or JSON built as one string first (`--format json --out`).
 */
export type ReportForm = 'md' | 'html' | 'json' | 'json-string';

/**
 * What a report adds a school, in KiB, without and with explanations (measured as above,
 * sergokalinsky-2023-2025: HTML 70,7 and ≈ 111 KiB a school in all; JSON to standard output 60,5
 * with explanations, as Markdown; JSON as one string 55,4 and 130,6 — its text holds every
 * explanation once more).
 */
const REPORT_KIB_PER_SCHOOL: Readonly<Record<ReportForm, readonly [number, number]>> = { md: [0, 0], json: [0, 0], html: [52, 52], 'json-string': [36, 66] };

/**
 * Whether a program year over `schools` schools is expected to fit in the heap; when not, what to do,
 * in both languages.
 *
 * @param schools - The dataset's schools.
 * @param explain - Whether explanations are written (`--no-explain` leaves them out).
 * @param heap - The heap's limit and use (this process's by default).
 * @param report - How the report is written (Markdown by default): an HTML report, or JSON built as
 *   one string, needs more.
 * @returns `null` when it fits, or the message.
 */
export function programYearWontFit(schools: number, explain: boolean, heap: { readonly limit: number; readonly used: number } = { limit: getHeapStatistics().heap_size_limit, used: getHeapStatistics().used_heap_size }, report: ReportForm = 'md'): Bilingual | null {
  const extra = REPORT_KIB_PER_SCHOOL[report] ?? REPORT_KIB_PER_SCHOOL.md;
  const need = schools * (KIB_PER_SCHOOL + (explain ? EXPLAIN_KIB_PER_SCHOOL + extra[1] : extra[0])) * 1024;
  if (heap.used + need <= heap.limit) return null;
  const en = (b: number): string => (b / 2 ** 30).toFixed(1);
  const ru = (b: number): string => en(b).replace('.', ',');
  const mb = Math.ceil(((heap.used + need) * 1.25) / 2 ** 20 / 1024) * 1024;
  const without = schools * (KIB_PER_SCHOOL + extra[0]) * 1024;
  const lighter = explain && heap.used + without <= heap.limit;
  const n = schools.toLocaleString('ru-RU');
  return {
    ru: `программа года на ${n} ${pluralForm(schools, ['школу', 'школы', 'школ'])}${explain ? ' с объяснениями' : ''} займёт около ${ru(need)} ГиБ памяти, а процессу доступно ${ru(heap.limit)} ГиБ: ${lighter ? `добавьте --no-explain (около ${ru(without)} ГиБ; причины в отчёте останутся) или ` : ''}запустите Node с --max-old-space-size=${mb}, если столько памяти есть, или оцените муниципалитеты по отдельности`,
    en: `a program year of ${schools.toLocaleString('en-GB')} schools${explain ? ' with explanations' : ''} needs about ${en(need)} GiB of memory, the process may use ${en(heap.limit)} GiB: ${lighter ? `add --no-explain (about ${en(without)} GiB; the report keeps its reasons) or ` : ''}run Node with --max-old-space-size=${mb} if the machine has it, or evaluate the municipalities separately`,
  };
}
