import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ColumnStore, Steps, csvLayout, scanCsvRow } from '../../src/io/_lib/scan.js';

// A row's line and its number among the results read are kept as runs (Steps), not as columns: here
// random rows — each its value or set again after an undo — are read back in any order and as a
// column, against a plain array.

describe('Steps: values of rows kept as runs', () => {
  it('each row reads back the value last set for it, in order, backwards, at random and as a column', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(3), fc.boolean()), { minLength: 1, maxLength: 200 }), fc.array(fc.nat(), { maxLength: 50 }), (ops, asks) => {
        const steps = new Steps();
        const model: number[] = [];
        let v = 1;
        for (const [jump, undo] of ops) {
          // the last row given up: its index set again, to the same value (its record number) or a
          // later one (its line); else the next row's value, one more than the last or a jump
          // (lines of other records, rows rejected)
          if (undo && model.length > 0) v = (model.pop() as number) + jump;
          else v += 1 + jump;
          steps.set(model.length, v);
          model.push(v);
        }
        model.forEach((want, i) => expect(steps.at(i)).toBe(want));
        for (let i = model.length - 1; i >= 0; i--) expect(steps.at(i)).toBe(model[i]);
        for (const a of asks) expect(steps.at(a % model.length)).toBe(model[a % model.length]);
        expect([...steps.column(model.length)]).toEqual(model);
      }),
    );
  });
});

describe('the column store writes a rare column only for the rows that have it', () => {
  it('CSV rows without median, mode, min and max: no slot for them, the mean in its column; one row with a max gets the only slot', () => {
    const layout = csvLayout(['schoolId', 'year', 'procedure', 'subject', 'grade', 'mean', 'median', 'mode', 'min', 'max']);
    if (layout === null) throw new Error('no layout');
    const cols = new ColumnStore(64);
    const scan = (line: string): boolean => {
      const buf = Buffer.from(line, 'utf8');
      return scanCsvRow(buf, 0, buf.length, layout, cols, cols.size + 2);
    };
    expect(scan('s1,2024,ege,math,11,61.5,,,,')).toBe(true);
    expect(scan('s1,2024,ege,russian,11,,,,,')).toBe(true);
    expect(cols.moreCount).toBe(0);
    expect([...cols.moreAt.subarray(0, 2)]).toEqual([0, 0]);
    expect([cols.mean[0], cols.mean[1]]).toEqual([61.5, Number.NaN]);
    expect(scan('s1,2024,ege,physics,11,50,,,,98')).toBe(true);
    expect(cols.moreCount).toBe(1);
    expect([...cols.moreAt.subarray(0, 3)]).toEqual([0, 0, 1]);
    expect([...cols.more.subarray(0, 4)]).toEqual([Number.NaN, Number.NaN, Number.NaN, 98]);
    // a row given up after its stats were read takes no slot
    expect(scan('s1,2024,ege,physics,12,50,1,2,3,4')).toBe(false);
    expect(cols.moreCount).toBe(1);
    expect([cols.lines.at(0), cols.lines.at(2), cols.record.at(2)]).toEqual([2, 4, 2]);
  });
});

describe('Steps: a row given up and set again', () => {
  it('back to the last run, then a jump to the value the row given up had: each row its own value', () => {
    const steps = new Steps();
    for (let i = 0; i < 3; i++) steps.set(i, i + 1);
    steps.set(3, 7); // a row later given up
    steps.set(3, 4); // the same index again, back in the first run
    steps.set(4, 8); // a jump to the given-up row's run
    steps.set(5, 9);
    expect([0, 1, 2, 3, 4, 5].map((i) => steps.at(i))).toEqual([1, 2, 3, 4, 8, 9]);
    expect([...steps.column(6)]).toEqual([1, 2, 3, 4, 8, 9]);
  });
});
