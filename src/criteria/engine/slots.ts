/**
 * Memos by school that keep shared results as one byte per school: the evaluator's results of a
 * category or a rule, and its measure values. Most results of a year without traces are a handful
 * of frozen objects shared by every school that has them (`plainResult`, a class, a scope's «out of
 * scope», an unnamed missing value): a byte per school says which. Any other value sits in an
 * array made on the first one. A national program year otherwise made dozens of arrays of
 * 40 000 pointers per year (about 320 KB each, every page of them a page fault), most holding the
 * same few objects. Internal.
 */
import type { MeasureValue } from '../_lib/measures.js';
import { PackedValues } from '../_lib/packed.js';

/** How many shared objects one memo names by code (looked up by a scan of them). */
const SHARED_CODES = 16;
/** The code of a value kept in the array. */
const OWN = 255;

/** Values by school: shared (frozen) objects by code, others in an array made on the first. */
export class SchoolMemo<T extends object> {
  private readonly codes: Uint8Array;
  private readonly table: T[] = [];
  private objects: (T | undefined)[] | null = null;

  constructor(size: number) {
    this.codes = new Uint8Array(size);
  }

  /** The value of school `i`, or `undefined` when not set yet. */
  get(i: number): T | undefined {
    const c = this.codes[i] as number;
    if (c === 0) return undefined;
    if (c !== OWN) return this.table[c - 1];
    return (this.objects as (T | undefined)[])[i];
  }

  /** Sets the value of school `i`. */
  set(i: number, v: T): void {
    const code = this.codeOf(v);
    if (code !== 0) {
      this.codes[i] = code;
      return;
    }
    (this.objects ??= new Array<T | undefined>(this.codes.length))[i] = v;
    this.codes[i] = OWN;
  }

  /** The code of a shared value (frozen: one object for many schools, never changed), or 0. */
  private codeOf(v: T): number {
    const t = this.table;
    for (let k = 0; k < t.length; k++) if (t[k] === v) return k + 1;
    if (t.length >= SHARED_CODES || !Object.isFrozen(v)) return 0;
    t.push(v);
    return t.length;
  }
}

/**
 * One measure's values for every school: a number or share packed (`PackedValues`), a shared value
 * without a number (the unnamed missing value of statuses only) by code.
 */
export class MeasureSlots {
  private readonly packed: PackedValues;
  /** by school: 0, or the code of a shared value in `table` */
  private readonly sharedCodes: Uint8Array;
  private readonly table: MeasureValue[] = [];

  constructor(size: number) {
    this.packed = new PackedValues(size);
    this.sharedCodes = new Uint8Array(size);
  }

  /** The value of school `i`, or `undefined` when not computed yet. */
  get(i: number): MeasureValue | undefined {
    const c = this.sharedCodes[i] as number;
    if (c !== 0) return this.table[c - 1];
    return this.packed.get(i);
  }

  /** Stores the value of school `i`. */
  set(i: number, v: MeasureValue): void {
    if (v.status !== 'value') {
      const t = this.table;
      for (let k = 0; k < t.length; k++) {
        if (t[k] === v) {
          this.sharedCodes[i] = k + 1;
          return;
        }
      }
      if (t.length < SHARED_CODES && Object.isFrozen(v)) {
        t.push(v);
        this.sharedCodes[i] = t.length;
        return;
      }
    }
    this.packed.set(i, v);
  }
}
