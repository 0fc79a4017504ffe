/**
 * A clear refusal before a program year that cannot fit in this process's heap, instead of a crash
 * after minutes (issue 14). Internal to the CLI.
 */
import { getHeapStatistics } from 'node:v8';
import type { Bilingual } from '../../errors/messages.js';
import { pluralForm } from '../../errors/plural.js';

/**
 * Heap a school takes in a program year with traces, kept until the report is written (measured at
 * 40 000 schools: ≈ 17,5 KiB after a full collection, and the report's text on top), and what its
 * explanations add (≈ 1,9 GiB of strings at 40 000 schools). Estimates, on the generous side.
 */
const KIB_PER_SCHOOL = 24;
const EXPLAIN_KIB_PER_SCHOOL = 50;

/**
 * Whether a program year over `schools` schools is expected to fit in the heap; when not, what to do,
 * in both languages.
 *
 * @param schools - The dataset's schools.
 * @param explain - Whether explanations are written (`--no-explain` leaves them out).
 * @param heap - The heap's limit and use (this process's by default).
 * @returns `null` when it fits, or the message.
 */
export function programYearWontFit(schools: number, explain: boolean, heap: { readonly limit: number; readonly used: number } = { limit: getHeapStatistics().heap_size_limit, used: getHeapStatistics().used_heap_size }): Bilingual | null {
  const need = schools * (KIB_PER_SCHOOL + (explain ? EXPLAIN_KIB_PER_SCHOOL : 0)) * 1024;
  if (heap.used + need <= heap.limit) return null;
  const en = (b: number): string => (b / 2 ** 30).toFixed(1);
  const ru = (b: number): string => en(b).replace('.', ',');
  const mb = Math.ceil(((heap.used + need) * 1.25) / 2 ** 20 / 1024) * 1024;
  const without = schools * KIB_PER_SCHOOL * 1024;
  const lighter = explain && heap.used + without <= heap.limit;
  const n = schools.toLocaleString('ru-RU');
  return {
    ru: `программа года на ${n} ${pluralForm(schools, ['школу', 'школы', 'школ'])}${explain ? ' с объяснениями' : ''} займёт около ${ru(need)} ГиБ памяти, а процессу доступно ${ru(heap.limit)} ГиБ: ${lighter ? `добавьте --no-explain (около ${ru(without)} ГиБ; причины в отчёте останутся) или ` : ''}запустите Node с --max-old-space-size=${mb}, если столько памяти есть, или оцените муниципалитеты по отдельности`,
    en: `a program year of ${schools.toLocaleString('en-GB')} schools${explain ? ' with explanations' : ''} needs about ${en(need)} GiB of memory, the process may use ${en(heap.limit)} GiB: ${lighter ? `add --no-explain (about ${en(without)} GiB; the report keeps its reasons) or ` : ''}run Node with --max-old-space-size=${mb} if the machine has it, or evaluate the municipalities separately`,
  };
}
