/**
 * Fast validators for the records a national frame holds by the hundred thousand — schools, social
 * passports, staffing, resources, school facts — beside `fastAssessmentResult` for result rows.
 * Each accepts only what its zod schema accepts and returns what the schema would return: the
 * record itself when its keys (and those of its nested objects) are already in the schema's order,
 * else a copy with the top-level keys in that order, as zod builds it. Anything it is unsure of (an
 * unusual field, a value `undefined`, nested keys out of order, a staff distribution) gives
 * `undefined`, and the caller asks the schema, which also builds the issues. A property test checks
 * that both agree. Internal.
 */
import { SCHOOL_TYPES, SOCIAL_FACTOR_IDS } from '../catalogues.js';
import { MAX_COUNT } from '../primitives.js';

const ID = /^[\p{L}\p{N}_\-.:/№ ]+$/u;
const PERCENT_TEXT = /^\s*\+?(100([.,]0{0,20})?|\d{1,2}([.,]\d{0,20})?|[.,]\d{1,20})\s*$/;
const PROVENANCE = new Set(['seed', 'synthetic', 'official']);
const TYPES: ReadonlySet<string> = new Set(SCHOOL_TYPES);
const KINDS = new Set(['staff', 'material', 'financial']);
const hasOwn = Object.prototype.hasOwnProperty;

/**
 * An ordinary object, as `JSON.parse` builds it (an object without a prototype is left to the
 * schema, whose output always has one).
 */
function isPlain(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype;
}

const isId = (v: unknown): boolean => typeof v === 'string' && v.length >= 1 && v.length <= 120 && ID.test(v) && v !== '__proto__';
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_COUNT;
const isYear = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 1990 && v <= 2100;
const isText = (v: unknown, min: number, max: number): boolean => typeof v === 'string' && v.length >= min && v.length <= max;
const isPercent = (v: unknown): boolean => (typeof v === 'number' ? v >= 0 && v <= 100 : typeof v === 'string' && PERCENT_TEXT.test(v));
const isProvenance = (v: unknown): boolean => typeof v === 'string' && PROVENANCE.has(v);

/** The key order of each schema, and each key's place in it. */
function order(keys: readonly string[]): { readonly keys: readonly string[]; readonly at: ReadonlyMap<string, number> } {
  return { keys, at: new Map(keys.map((k, i) => [k, i])) };
}
const SCHOOL = order(['id', 'name', 'nameVariants', 'territoryId', 'type', 'legalForm', 'settlement', 'smallClass', 'distanceToCentreKm', 'enrolment', 'provenance']);
const SOCIAL = order(['schoolId', 'year', 'pupils', 'counts', 'percents', 'provenance']);
const FACTORS = order(SOCIAL_FACTOR_IDS);
const STAFFING = order(['schoolId', 'year', 'teachers', 'vacancies', 'partTimers', 'onOneAndHalfRates', 'under35', 'over55', 'ageBands', 'serviceBands', 'youngSpecialists', 'highestCategory', 'firstCategory', 'outsideDiploma', 'specialistPositions', 'provenance']);
const RESOURCES = order(['schoolId', 'year', 'tochkaRosta', 'equipmentPercent', 'oldTextbooksPercent', 'recentTextbooksPercent', 'internet', 'deficits', 'provenance']);
const FACTS = order(['schoolId', 'year', 'continuedToGrade10', 'continuedToFurtherEducation', 'olympiadParticipants', 'parentsSatisfied', 'admittedToGia9', 'admittedToGia11', 'provenance']);

/** The record with its keys in the schema's order: itself when they already are. */
function inOrder(row: Record<string, unknown>, ordered: boolean, shape: { readonly keys: readonly string[] }): Record<string, unknown> {
  if (ordered) return row;
  const out: Record<string, unknown> = {};
  for (const k of shape.keys) if (hasOwn.call(row, k)) out[k] = row[k];
  return out;
}

/** `{ count, total }` with `count ≤ total`, keys in that order (`ShareSchema`). */
function isShare(v: unknown): boolean {
  if (!isPlain(v)) return false;
  let n = 0;
  let last = -1;
  for (const k in v) {
    if (!hasOwn.call(v, k)) return false;
    const at = k === 'count' ? 0 : k === 'total' ? 1 : -1;
    if (at <= last) return false;
    last = at;
    n++;
  }
  return n === 2 && isCount(v.count) && isCount(v.total) && (v.count as number) <= (v.total as number);
}

/** An object of social factors, each present one valid by `ok`, keys in the catalogue's order. */
function isFactors(v: unknown, ok: (x: unknown) => boolean): boolean {
  if (!isPlain(v)) return false;
  let last = -1;
  for (const k in v) {
    if (!hasOwn.call(v, k)) return false;
    const at = FACTORS.at.get(k);
    if (at === undefined || at <= last || !ok(v[k])) return false;
    last = at;
  }
  return true;
}

/** An array (no holes) of at least `min` items, each valid by `ok`. */
function isArrayOf(v: unknown, min: number, ok: (x: unknown) => boolean): boolean {
  if (!Array.isArray(v) || v.length < min) return false;
  for (let i = 0; i < v.length; i++) if (!(i in v) || !ok(v[i])) return false;
  return true;
}

const isEnrolment = (e: unknown): boolean => {
  if (!isPlain(e)) return false;
  let last = -1;
  for (const k in e) {
    const at = k === 'year' ? 0 : k === 'pupils' ? 1 : -1;
    if (!hasOwn.call(e, k) || at <= last) return false;
    last = at;
  }
  return last === 1 && isYear(e.year) && isCount(e.pupils);
};

const isDeficit = (d: unknown): boolean => {
  if (!isPlain(d)) return false;
  let last = -1;
  for (const k in d) {
    const at = k === 'kind' ? 0 : k === 'description' ? 1 : k === 'eliminated' ? 2 : -1;
    if (!hasOwn.call(d, k) || at <= last) return false;
    last = at;
  }
  return typeof d.kind === 'string' && KINDS.has(d.kind) && isText(d.description, 1, Infinity) && (!hasOwn.call(d, 'eliminated') || typeof d.eliminated === 'boolean');
};

/**
 * Walks the own keys of `row` in the order of `shape`: `check(key, value)` says whether each is
 * valid. `undefined` when a key is unknown, a value `undefined` or invalid, or `required` keys are
 * missing; else the record in the schema's key order.
 */
function walk(row: unknown, shape: { readonly keys: readonly string[]; readonly at: ReadonlyMap<string, number> }, required: number, check: (k: string, v: unknown) => boolean): Record<string, unknown> | undefined {
  if (!isPlain(row)) return undefined;
  let last = -1;
  let ordered = true;
  let seen = 0;
  for (const k in row) {
    if (!hasOwn.call(row, k)) return undefined;
    const at = shape.at.get(k);
    const v = row[k];
    if (at === undefined || v === undefined || !check(k, v)) return undefined;
    if (at < last) ordered = false;
    last = at;
    if (at < 31) seen |= 1 << at;
  }
  if ((seen & required) !== required) return undefined;
  return inOrder(row, ordered, shape);
}

/** A school (`SchoolSchema`): id, name, territoryId, type and settlement required. */
function fastSchool(row: unknown): Record<string, unknown> | undefined {
  return walk(row, SCHOOL, 0b1011011, (k, v) => {
    switch (k) {
      case 'id':
      case 'territoryId':
        return isId(v);
      case 'name':
        return isText(v, 1, 300);
      case 'nameVariants':
        return isArrayOf(v, 0, (s) => isText(s, 1, 300));
      case 'type':
        return typeof v === 'string' && TYPES.has(v);
      case 'legalForm':
        return isText(v, 2, 20);
      case 'settlement':
        return v === 'urban' || v === 'rural';
      case 'smallClass':
        return typeof v === 'boolean';
      case 'distanceToCentreKm':
        return typeof v === 'number' && v >= 0 && v <= 10000;
      case 'enrolment':
        return isArrayOf(v, 0, isEnrolment);
      default:
        return isProvenance(v);
    }
  });
}

/** A social passport (`SocialPassportSchema`): schoolId, year, pupils required. */
function fastSocial(row: unknown): Record<string, unknown> | undefined {
  return walk(row, SOCIAL, 0b111, (k, v) => {
    switch (k) {
      case 'schoolId':
        return isId(v);
      case 'year':
        return isYear(v);
      case 'pupils':
        return isCount(v);
      case 'counts':
        return isFactors(v, isCount);
      case 'percents':
        return isFactors(v, isPercent);
      default:
        return isProvenance(v);
    }
  });
}

/** A school's staffing (`StaffingSchema`) without age or service bands: schoolId, year, teachers required. */
function fastStaffing(row: unknown): Record<string, unknown> | undefined {
  return walk(row, STAFFING, 0b111, (k, v) => {
    switch (k) {
      case 'schoolId':
        return isId(v);
      case 'year':
        return isYear(v);
      case 'ageBands':
      case 'serviceBands':
        return false; // bands have their own rule (below > from): the schema decides
      case 'specialistPositions': {
        if (!isPlain(v)) return false;
        let last = -1;
        for (const q in v) {
          const at = q === 'filled' ? 0 : q === 'total' ? 1 : -1;
          if (!hasOwn.call(v, q) || at <= last) return false;
          last = at;
        }
        return last === 1 && isCount(v.filled) && isCount(v.total);
      }
      case 'provenance':
        return isProvenance(v);
      default:
        return isCount(v);
    }
  });
}

/** A school's resources (`ResourcesSchema`): schoolId and year required. */
function fastResources(row: unknown): Record<string, unknown> | undefined {
  return walk(row, RESOURCES, 0b11, (k, v) => {
    switch (k) {
      case 'schoolId':
        return isId(v);
      case 'year':
        return isYear(v);
      case 'tochkaRosta':
      case 'internet':
        return typeof v === 'boolean';
      case 'deficits':
        return isArrayOf(v, 0, isDeficit);
      case 'provenance':
        return isProvenance(v);
      default:
        return isPercent(v);
    }
  });
}

/** Other school facts (`SchoolFactsSchema`): schoolId and year required, each fact a share. */
function fastSchoolFacts(row: unknown): Record<string, unknown> | undefined {
  return walk(row, FACTS, 0b11, (k, v) => {
    switch (k) {
      case 'schoolId':
        return isId(v);
      case 'year':
        return isYear(v);
      case 'provenance':
        return isProvenance(v);
      default:
        return isShare(v);
    }
  });
}

/** The fast validator of a collection, where there is one (results have `fastAssessmentResult`). */
export const FAST_RECORDS: Readonly<Record<string, (row: unknown) => Record<string, unknown> | undefined>> = {
  schools: fastSchool,
  social: fastSocial,
  staffing: fastStaffing,
  resources: fastResources,
  facts: fastSchoolFacts,
};
