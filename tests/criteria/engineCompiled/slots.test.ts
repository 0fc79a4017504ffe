/**
 * The evaluator's memos by school (engine/slots.ts): shared frozen results as a code per school, any
 * other value as itself — every value read back as the object stored, whatever the mix.
 */
import { describe, expect, it } from 'vitest';
import { MeasureSlots, SchoolMemo } from '../../../src/criteria/engine/slots.js';
import type { MeasureValue } from '../../../src/criteria/_lib/measures.js';

describe('SchoolMemo', () => {
  it('gives back the very object stored for each school, shared or not, past the number of codes', () => {
    const n = 100;
    const memo = new SchoolMemo<object>(n);
    const shared = Array.from({ length: 20 }, (_, k) => Object.freeze({ k }));
    const stored: object[] = [];
    for (let i = 0; i < n; i++) {
      // frozen ones (more than it has codes for) and fresh ones, interleaved
      const v = i % 3 === 0 ? { own: i } : (shared[i % shared.length] as object);
      memo.set(i, v);
      stored.push(v);
    }
    for (let i = 0; i < n; i++) expect(memo.get(i)).toBe(stored[i]);
    expect(new SchoolMemo<object>(3).get(1)).toBeUndefined();
  });

  it('keeps a frozen result shared by many schools as a code: no array of objects is made', () => {
    const memo = new SchoolMemo<object>(1000);
    const yes = Object.freeze({ value: true });
    for (let i = 0; i < 1000; i++) memo.set(i, yes);
    expect((memo as unknown as { objects: unknown }).objects).toBeNull();
    memo.set(5, { value: false });
    expect((memo as unknown as { objects: unknown[] }).objects).toHaveLength(1000);
    expect(memo.get(4)).toBe(yes);
  });
});

describe('MeasureSlots', () => {
  it('gives back numbers and shares as values, shared missing values and others as the objects stored', () => {
    const slots = new MeasureSlots(6);
    const missing: MeasureValue = Object.freeze({ status: 'missing', missing: [] });
    const na: MeasureValue = { status: 'not_applicable', reason: { code: 'X', ru: 'x', en: 'x' } };
    const years = Object.freeze([2024]) as readonly number[];
    slots.set(0, { status: 'value', value: 3, years });
    slots.set(1, missing);
    slots.set(2, na);
    slots.set(3, { status: 'value', value: 30, share: { count: 3, total: 10 }, years });
    slots.set(4, missing);
    expect(slots.get(0)).toEqual({ status: 'value', value: 3, years });
    expect(slots.get(1)).toBe(missing);
    expect(slots.get(2)).toBe(na);
    expect(slots.get(3)).toEqual({ status: 'value', value: 30, share: { count: 3, total: 10 }, years });
    expect(slots.get(4)).toBe(missing);
    expect(slots.get(5)).toBeUndefined();
  });
});
