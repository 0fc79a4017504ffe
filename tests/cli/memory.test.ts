import { describe, expect, it } from 'vitest';
import { programYearWontFit } from '../../src/cli/_lib/memory.js';

// a national program year that cannot fit is refused with what to do, before minutes of work
// (100 000 × (24 + 50) KiB = 7,06 GiB; with the 0,5 GiB in use × 1,25 → 9,45 GiB → 10 240 MiB)
describe('shnor evaluate: memory before the program year', () => {
  const GiB = 2 ** 30;
  const heap = { limit: 4 * GiB, used: 0.5 * GiB };
  it('40 000 schools with explanations fit in a 4 GiB heap; 100 000 without them too', () => {
    expect(programYearWontFit(40_000, true, heap)).toBeNull();
    expect(programYearWontFit(100_000, false, heap)).toBeNull();
  });
  it('100 000 schools with explanations do not: the message says how much, and to drop explanations', () => {
    const m = programYearWontFit(100_000, true, heap);
    expect(m?.ru).toBe('программа года на 100\u00a0000 школ с объяснениями займёт около 7,1 ГиБ памяти, а процессу доступно 4,0 ГиБ: добавьте --no-explain (около 2,3 ГиБ; причины в отчёте останутся) или запустите Node с --max-old-space-size=10240, если столько памяти есть, или оцените муниципалитеты по отдельности');
    expect(m?.en).toContain('add --no-explain (about 2.3 GiB; the report keeps its reasons)');
  });
  it('300 000 schools without explanations: only more memory or a split helps', () => {
    const m = programYearWontFit(300_000, false, heap);
    expect(m?.ru).toMatch(/^программа года на 300\u00a0000 школ займёт около 6,9 ГиБ памяти, а процессу доступно 4,0 ГиБ: запустите Node с --max-old-space-size=\d+/);
    expect(m?.ru).not.toContain('--no-explain');
  });
  it('the process’s own heap by default (a small dataset always fits)', () => {
    expect(programYearWontFit(16, true)).toBeNull();
  });
});
