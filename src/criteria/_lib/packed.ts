/** Measure values of every school, packed in typed arrays. Internal. */
import { type MeasureValue, detailById, detailId, yearListById, yearListId } from './measures.js';

const EMPTY = 0;
const NUMBER = 1;
const SHARE = 2;
const OBJECT = 3;

/**
 * One measure's values for every school of a dataset, by school ordinal. A value (its number, the
 * counts of a share, its shared year list and weighting note) sits in typed arrays, which the
 * garbage collector neither copies nor scans; a missing or not-applicable value, or one with a
 * detail of its own, stays an object. A national identification keeps a million of these values
 * alive at once, and as objects they made most of its garbage-collection time.
 */
export class PackedValues {
  private readonly state: Uint8Array;
  private readonly num: Float64Array;
  private readonly years: Int32Array;
  private readonly detail: Int8Array;
  private count: Float64Array | null = null;
  private total: Float64Array | null = null;
  /** values kept as objects, by school (allocated at the first one) */
  private objects: (MeasureValue | undefined)[] | null = null;

  constructor(size: number) {
    this.state = new Uint8Array(size);
    this.num = new Float64Array(size);
    this.years = new Int32Array(size);
    this.detail = new Int8Array(size);
  }

  /** The value of school `i`, or `undefined` when not computed yet. */
  get(i: number): MeasureValue | undefined {
    const st = this.state[i];
    if (st === EMPTY) return undefined;
    if (st === OBJECT) return (this.objects as (MeasureValue | undefined)[])[i];
    const years = yearListById(this.years[i] as number);
    const d = this.detail[i] as number;
    if (st === SHARE) {
      const share = { count: (this.count as Float64Array)[i] as number, total: (this.total as Float64Array)[i] as number };
      return d < 0 ? { status: 'value', value: this.num[i] as number, share, years } : { status: 'value', value: this.num[i] as number, share, years, detail: detailById(d) };
    }
    return d < 0 ? { status: 'value', value: this.num[i] as number, years } : { status: 'value', value: this.num[i] as number, years, detail: detailById(d) };
  }

  /** Stores the value of school `i`. */
  set(i: number, v: MeasureValue): void {
    if (v.status === 'value') {
      const y = yearListId(v.years);
      const d = v.detail === undefined ? -1 : detailId(v.detail);
      if (y >= 0 && (v.detail === undefined || d >= 0)) {
        this.num[i] = v.value;
        this.years[i] = y;
        this.detail[i] = d;
        if (v.share !== undefined) {
          if (this.count === null) {
            this.count = new Float64Array(this.state.length);
            this.total = new Float64Array(this.state.length);
          }
          this.count[i] = v.share.count;
          (this.total as Float64Array)[i] = v.share.total;
          this.state[i] = SHARE;
        } else this.state[i] = NUMBER;
        return;
      }
    }
    (this.objects ??= new Array<MeasureValue | undefined>(this.state.length))[i] = v;
    this.state[i] = OBJECT;
  }
}
