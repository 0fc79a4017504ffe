/**
 * A fast validator for the common shape of an assessment-result row, for national-size batches.
 * It accepts only what `AssessmentResultSchema` accepts (a property test checks that they agree);
 * anything it is unsure of returns `false`, and the caller falls back to the zod schema, which
 * also produces the detailed issues. Internal.
 */
import { MAX_COUNT } from '../primitives.js';

const ID = /^[\p{L}\p{N}_\-.:/№ ]+$/u;
const STAGES = new Set(['school', 'municipal', 'regional', 'final']);
const SCORE_KINDS = new Set(['mark', 'primary', 'test']);
const PROVENANCE = new Set(['seed', 'synthetic', 'official']);
const MARK_KEYS = new Set(['2', '3', '4', '5']);

const isId = (v: unknown): boolean => typeof v === 'string' && v.length >= 1 && v.length <= 120 && ID.test(v) && v !== '__proto__';
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_COUNT;
const isScore = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1000;
const isYear = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 1990 && v <= 2100;

/** A plain JSON object (not an array, not a class instance). */
export function isPlain(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x) as unknown;
  return proto === Object.prototype || proto === null;
}

function marksOk(m: unknown): boolean {
  if (!isPlain(m)) return false;
  for (const k in m) {
    if (!Object.prototype.hasOwnProperty.call(m, k)) return false;
    if (!MARK_KEYS.has(k)) return false;
    const v = m[k];
    if (v !== undefined && !isCount(v)) return false;
  }
  return true;
}

/** `true` when the row is certainly a valid `AssessmentResult` (and has no nested objects other than `marks`). */
export function fastAssessmentResult(row: unknown): boolean {
  if (!isPlain(row)) return false;
  if (!isId(row.schoolId) || !isYear(row.year) || !isId(row.procedure)) return false;
  if (!isId(row.subject) || (row.participants !== undefined && !isCount(row.participants))) return false;
  const g = row.grade;
  if (typeof g !== 'number' || !Number.isInteger(g) || g < 1 || g > 11) return false;
  for (const k in row) {
    if (!Object.prototype.hasOwnProperty.call(row, k)) return false;
    const v = row[k];
    switch (k) {
      case 'schoolId':
      case 'year':
      case 'procedure':
      case 'subject':
      case 'grade':
      case 'participants':
        break;
      case 'belowMinimum':
      case 'passed':
      case 'winners':
      case 'prizeWinners':
        if (v !== undefined && !isCount(v)) return false;
        break;
      case 'mean':
      case 'median':
      case 'mode':
      case 'min':
      case 'max':
        if (v !== undefined && !isScore(v)) return false;
        break;
      case 'stage':
        if (v !== undefined && !(typeof v === 'string' && STAGES.has(v))) return false;
        break;
      case 'scoreKind':
        if (v !== undefined && !(typeof v === 'string' && SCORE_KINDS.has(v))) return false;
        break;
      case 'provenance':
        if (v !== undefined && !(typeof v === 'string' && PROVENANCE.has(v))) return false;
        break;
      case 'marks':
        if (v !== undefined && !marksOk(v)) return false;
        break;
      default:
        // scoreBands, reported, source and anything unknown: let the schema decide
        return false;
    }
  }
  return true;
}
