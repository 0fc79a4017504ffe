import { describe, expect, it } from 'vitest';
import { programYearWontFit } from '../../src/cli/_lib/memory.js';

// (kept here with the reading's tests: tests/cli/memory.test.ts pins the Markdown figures)
// the report's form counts: an HTML report and JSON built as one string need more than Markdown or
// JSON in pieces (measured at 10 000 schools: HTML 70,7 / ≈ 111 KiB a school, JSON as one string
// 55,4 / 130,6, Markdown 23,6 / 66,8, without / with explanations)
describe('shnor evaluate: memory before the program year, by the report’s form', () => {
  const GiB = 2 ** 30;
  const heap = { limit: 4 * GiB, used: 0.5 * GiB };
  it('Markdown and JSON in pieces: the same figures (24 KiB a school, 50 more with explanations)', () => {
    for (const schools of [10_000, 40_000, 100_000, 300_000]) {
      for (const explain of [false, true]) expect(programYearWontFit(schools, explain, heap, 'json')).toEqual(programYearWontFit(schools, explain, heap));
    }
    expect(programYearWontFit(40_000, true, heap, 'md')).toBeNull();
  });
  it('40 000 schools with explanations fit for Markdown, not for an HTML report (4,8 GiB) nor for JSON as one string (5,3 GiB)', () => {
    expect(programYearWontFit(40_000, true, heap, 'html')?.ru).toBe('программа года на 40\u00a0000 школ с объяснениями займёт около 4,8 ГиБ памяти, а процессу доступно 4,0 ГиБ: добавьте --no-explain (около 2,9 ГиБ; причины в отчёте останутся) или запустите Node с --max-old-space-size=7168, если столько памяти есть, или оцените муниципалитеты по отдельности');
    expect(programYearWontFit(40_000, true, heap, 'json-string')?.en).toBe('a program year of 40,000 schools with explanations needs about 5.3 GiB of memory, the process may use 4.0 GiB: add --no-explain (about 2.3 GiB; the report keeps its reasons) or run Node with --max-old-space-size=8192 if the machine has it, or evaluate the municipalities separately');
    expect(programYearWontFit(40_000, false, heap, 'html')).toBeNull();
  });
  it('at 10 000 schools: refused with a heap the run did not complete with, taken with one a quarter above what it needed', () => {
    const MB = 1e6;
    // heap limits (MB) with which shnor evaluate … --out did not complete and did, the heap in use at
    // the check ≈ 60 MB (sergokalinsky-2023-2025; berezovsky-2021-2024 for Markdown without explanations)
    const measured: [Parameters<typeof programYearWontFit>[3], boolean, number, number][] = [
      ['md', false, 286, 312],
      ['md', true, 715, 744],
      ['html', false, 732, 784],
      ['html', true, 1170, 1216],
      ['json', true, 640, 679],
      ['json-string', false, 581, 627],
      ['json-string', true, 1396, 1437],
    ];
    for (const [form, explain, failed, completed] of measured) {
      expect(programYearWontFit(10_000, explain, { limit: failed * MB, used: 60 * MB }, form), `${form} ${explain}`).not.toBeNull();
      expect(programYearWontFit(10_000, explain, { limit: 1.25 * completed * MB, used: 60 * MB }, form), `${form} ${explain}`).toBeNull();
    }
  });
});
