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

/**
 * `true` when every character of `v` is an ASCII letter, digit, `_`, `-`, `.`, `:`, `/` or a space —
 * characters `ID` accepts, so a `true` here is `ID`'s `true` without the regular expression.
 */
function isAsciiId(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95 || c === 45 || c === 46 || c === 58 || c === 47 || c === 32)) return false;
  }
  return true;
}
const isId = (v: unknown): boolean => typeof v === 'string' && v.length >= 1 && v.length <= 120 && (isAsciiId(v) || ID.test(v)) && v !== '__proto__';
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_COUNT;
const isYear = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 1990 && v <= 2100;
const isText = (v: unknown, min: number, max: number): boolean => typeof v === 'string' && v.length >= min && v.length <= max;
const isPercent = (v: unknown): boolean => (typeof v === 'number' ? v >= 0 && v <= 100 : typeof v === 'string' && PERCENT_TEXT.test(v));
const isProvenance = (v: unknown): boolean => typeof v === 'string' && PROVENANCE.has(v);

/** The key order of the social factors, and each one's place in it. */
function order(keys: readonly string[]): { readonly keys: readonly string[]; readonly at: ReadonlyMap<string, number> } {
  return { keys, at: new Map(keys.map((k, i) => [k, i])) };
}
const FACTORS = order(SOCIAL_FACTOR_IDS);

// A record out of the schema's order is copied key by key in that order (named stores: an object
// literal's way, much faster than stores by a computed key); `present` has a bit per place seen.
function copySchool(r: Record<string, unknown>, present: number): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  if ((present & 1) !== 0) o.id = r.id;
  if ((present & 2) !== 0) o.name = r.name;
  if ((present & 4) !== 0) o.nameVariants = r.nameVariants;
  if ((present & 8) !== 0) o.territoryId = r.territoryId;
  if ((present & 16) !== 0) o.type = r.type;
  if ((present & 32) !== 0) o.legalForm = r.legalForm;
  if ((present & 64) !== 0) o.settlement = r.settlement;
  if ((present & 128) !== 0) o.smallClass = r.smallClass;
  if ((present & 256) !== 0) o.distanceToCentreKm = r.distanceToCentreKm;
  if ((present & 512) !== 0) o.enrolment = r.enrolment;
  if ((present & 1024) !== 0) o.provenance = r.provenance;
  return o;
}
function copySocial(r: Record<string, unknown>, present: number): Record<string, unknown> {
  const o: Record<string, unknown> = { schoolId: r.schoolId, year: r.year, pupils: r.pupils };
  if ((present & 8) !== 0) o.counts = r.counts;
  if ((present & 16) !== 0) o.percents = r.percents;
  if ((present & 32) !== 0) o.provenance = r.provenance;
  return o;
}
function copyStaffing(r: Record<string, unknown>, present: number): Record<string, unknown> {
  const o: Record<string, unknown> = { schoolId: r.schoolId, year: r.year, teachers: r.teachers };
  if ((present & 8) !== 0) o.vacancies = r.vacancies;
  if ((present & 16) !== 0) o.partTimers = r.partTimers;
  if ((present & 32) !== 0) o.onOneAndHalfRates = r.onOneAndHalfRates;
  if ((present & 64) !== 0) o.under35 = r.under35;
  if ((present & 128) !== 0) o.over55 = r.over55;
  if ((present & 256) !== 0) o.ageBands = r.ageBands;
  if ((present & 512) !== 0) o.serviceBands = r.serviceBands;
  if ((present & 1024) !== 0) o.youngSpecialists = r.youngSpecialists;
  if ((present & 2048) !== 0) o.highestCategory = r.highestCategory;
  if ((present & 4096) !== 0) o.firstCategory = r.firstCategory;
  if ((present & 8192) !== 0) o.outsideDiploma = r.outsideDiploma;
  if ((present & 16384) !== 0) o.specialistPositions = r.specialistPositions;
  if ((present & 32768) !== 0) o.provenance = r.provenance;
  return o;
}
function copyResources(r: Record<string, unknown>, present: number): Record<string, unknown> {
  const o: Record<string, unknown> = { schoolId: r.schoolId, year: r.year };
  if ((present & 4) !== 0) o.tochkaRosta = r.tochkaRosta;
  if ((present & 8) !== 0) o.equipmentPercent = r.equipmentPercent;
  if ((present & 16) !== 0) o.oldTextbooksPercent = r.oldTextbooksPercent;
  if ((present & 32) !== 0) o.recentTextbooksPercent = r.recentTextbooksPercent;
  if ((present & 64) !== 0) o.internet = r.internet;
  if ((present & 128) !== 0) o.deficits = r.deficits;
  if ((present & 256) !== 0) o.provenance = r.provenance;
  return o;
}
function copyFacts(r: Record<string, unknown>, present: number): Record<string, unknown> {
  const o: Record<string, unknown> = { schoolId: r.schoolId, year: r.year };
  if ((present & 4) !== 0) o.continuedToGrade10 = r.continuedToGrade10;
  if ((present & 8) !== 0) o.continuedToFurtherEducation = r.continuedToFurtherEducation;
  if ((present & 16) !== 0) o.olympiadParticipants = r.olympiadParticipants;
  if ((present & 32) !== 0) o.parentsSatisfied = r.parentsSatisfied;
  if ((present & 64) !== 0) o.admittedToGia9 = r.admittedToGia9;
  if ((present & 128) !== 0) o.admittedToGia11 = r.admittedToGia11;
  if ((present & 256) !== 0) o.provenance = r.provenance;
  return o;
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

// Each validator walks the record's own keys once: a key's case checks its value and gives its place
// in the schema's order; an unknown key, or a value that is `undefined` or invalid, gives `undefined`.
// `present` has a bit per place seen (every shape has fewer than 31 keys), so the required ones are
// checked at the end and a record out of order is copied in the schema's order (`copySchool`, …).

/** A school (`SchoolSchema`): id, name, territoryId, type and settlement required. */
function fastSchool(row: unknown): Record<string, unknown> | undefined {
  if (!isPlain(row)) return undefined;
  let last = -1;
  let ordered = true;
  let present = 0;
  for (const k in row) {
    if (!hasOwn.call(row, k)) return undefined;
    const v = row[k];
    let at: number;
    switch (k) {
      case 'id':
        if (!isId(v)) return undefined;
        at = 0;
        break;
      case 'name':
        if (!isText(v, 1, 300)) return undefined;
        at = 1;
        break;
      case 'nameVariants':
        if (!isArrayOf(v, 0, isName)) return undefined;
        at = 2;
        break;
      case 'territoryId':
        if (!isId(v)) return undefined;
        at = 3;
        break;
      case 'type':
        if (!(typeof v === 'string' && TYPES.has(v))) return undefined;
        at = 4;
        break;
      case 'legalForm':
        if (!isText(v, 2, 20)) return undefined;
        at = 5;
        break;
      case 'settlement':
        if (v !== 'urban' && v !== 'rural') return undefined;
        at = 6;
        break;
      case 'smallClass':
        if (typeof v !== 'boolean') return undefined;
        at = 7;
        break;
      case 'distanceToCentreKm':
        if (!(typeof v === 'number' && v >= 0 && v <= 10000)) return undefined;
        at = 8;
        break;
      case 'enrolment':
        if (!isArrayOf(v, 0, isEnrolment)) return undefined;
        at = 9;
        break;
      case 'provenance':
        if (!isProvenance(v)) return undefined;
        at = 10;
        break;
      default:
        return undefined;
    }
    if (at < last) ordered = false;
    last = at;
    present |= 1 << at;
  }
  if ((present & 0b1011011) !== 0b1011011) return undefined;
  return ordered ? row : copySchool(row, present);
}

const isName = (s: unknown): boolean => isText(s, 1, 300);

/** A social passport (`SocialPassportSchema`): schoolId, year, pupils required. */
function fastSocial(row: unknown): Record<string, unknown> | undefined {
  if (!isPlain(row)) return undefined;
  let last = -1;
  let ordered = true;
  let present = 0;
  for (const k in row) {
    if (!hasOwn.call(row, k)) return undefined;
    const v = row[k];
    let at: number;
    switch (k) {
      case 'schoolId':
        if (!isId(v)) return undefined;
        at = 0;
        break;
      case 'year':
        if (!isYear(v)) return undefined;
        at = 1;
        break;
      case 'pupils':
        if (!isCount(v)) return undefined;
        at = 2;
        break;
      case 'counts':
        if (!isFactors(v, isCount)) return undefined;
        at = 3;
        break;
      case 'percents':
        if (!isFactors(v, isPercent)) return undefined;
        at = 4;
        break;
      case 'provenance':
        if (!isProvenance(v)) return undefined;
        at = 5;
        break;
      default:
        return undefined;
    }
    if (at < last) ordered = false;
    last = at;
    present |= 1 << at;
  }
  if ((present & 0b111) !== 0b111) return undefined;
  return ordered ? row : copySocial(row, present);
}

/** `{ filled, total }`, keys in that order. */
function isPositions(v: unknown): boolean {
  if (!isPlain(v)) return false;
  let last = -1;
  for (const q in v) {
    const at = q === 'filled' ? 0 : q === 'total' ? 1 : -1;
    if (!hasOwn.call(v, q) || at <= last) return false;
    last = at;
  }
  return last === 1 && isCount(v.filled) && isCount(v.total);
}

/** A school's staffing (`StaffingSchema`) without age or service bands: schoolId, year, teachers required. */
function fastStaffing(row: unknown): Record<string, unknown> | undefined {
  if (!isPlain(row)) return undefined;
  let last = -1;
  let ordered = true;
  let present = 0;
  for (const k in row) {
    if (!hasOwn.call(row, k)) return undefined;
    const v = row[k];
    let at: number;
    switch (k) {
      case 'schoolId':
        if (!isId(v)) return undefined;
        at = 0;
        break;
      case 'year':
        if (!isYear(v)) return undefined;
        at = 1;
        break;
      case 'teachers':
        at = 2;
        break;
      case 'vacancies':
        at = 3;
        break;
      case 'partTimers':
        at = 4;
        break;
      case 'onOneAndHalfRates':
        at = 5;
        break;
      case 'under35':
        at = 6;
        break;
      case 'over55':
        at = 7;
        break;
      case 'youngSpecialists':
        at = 10;
        break;
      case 'highestCategory':
        at = 11;
        break;
      case 'firstCategory':
        at = 12;
        break;
      case 'outsideDiploma':
        at = 13;
        break;
      case 'specialistPositions':
        if (!isPositions(v)) return undefined;
        at = 14;
        break;
      case 'provenance':
        if (!isProvenance(v)) return undefined;
        at = 15;
        break;
      default:
        // ageBands, serviceBands (their own rule: below > from) and anything unknown: the schema decides
        return undefined;
    }
    // the counts
    if (at >= 2 && at <= 13 && !isCount(v)) return undefined;
    if (at < last) ordered = false;
    last = at;
    present |= 1 << at;
  }
  if ((present & 0b111) !== 0b111) return undefined;
  return ordered ? row : copyStaffing(row, present);
}

/** A school's resources (`ResourcesSchema`): schoolId and year required. */
function fastResources(row: unknown): Record<string, unknown> | undefined {
  if (!isPlain(row)) return undefined;
  let last = -1;
  let ordered = true;
  let present = 0;
  for (const k in row) {
    if (!hasOwn.call(row, k)) return undefined;
    const v = row[k];
    let at: number;
    switch (k) {
      case 'schoolId':
        if (!isId(v)) return undefined;
        at = 0;
        break;
      case 'year':
        if (!isYear(v)) return undefined;
        at = 1;
        break;
      case 'tochkaRosta':
        if (typeof v !== 'boolean') return undefined;
        at = 2;
        break;
      case 'equipmentPercent':
        if (!isPercent(v)) return undefined;
        at = 3;
        break;
      case 'oldTextbooksPercent':
        if (!isPercent(v)) return undefined;
        at = 4;
        break;
      case 'recentTextbooksPercent':
        if (!isPercent(v)) return undefined;
        at = 5;
        break;
      case 'internet':
        if (typeof v !== 'boolean') return undefined;
        at = 6;
        break;
      case 'deficits':
        if (!isArrayOf(v, 0, isDeficit)) return undefined;
        at = 7;
        break;
      case 'provenance':
        if (!isProvenance(v)) return undefined;
        at = 8;
        break;
      default:
        return undefined;
    }
    if (at < last) ordered = false;
    last = at;
    present |= 1 << at;
  }
  if ((present & 0b11) !== 0b11) return undefined;
  return ordered ? row : copyResources(row, present);
}

/** Other school facts (`SchoolFactsSchema`): schoolId and year required, each fact a share. */
function fastSchoolFacts(row: unknown): Record<string, unknown> | undefined {
  if (!isPlain(row)) return undefined;
  let last = -1;
  let ordered = true;
  let present = 0;
  for (const k in row) {
    if (!hasOwn.call(row, k)) return undefined;
    const v = row[k];
    let at: number;
    switch (k) {
      case 'schoolId':
        if (!isId(v)) return undefined;
        at = 0;
        break;
      case 'year':
        if (!isYear(v)) return undefined;
        at = 1;
        break;
      case 'continuedToGrade10':
        at = 2;
        break;
      case 'continuedToFurtherEducation':
        at = 3;
        break;
      case 'olympiadParticipants':
        at = 4;
        break;
      case 'parentsSatisfied':
        at = 5;
        break;
      case 'admittedToGia9':
        at = 6;
        break;
      case 'admittedToGia11':
        at = 7;
        break;
      case 'provenance':
        if (!isProvenance(v)) return undefined;
        at = 8;
        break;
      default:
        return undefined;
    }
    // the facts: shares
    if (at >= 2 && at <= 7 && !isShare(v)) return undefined;
    if (at < last) ordered = false;
    last = at;
    present |= 1 << at;
  }
  if ((present & 0b11) !== 0b11) return undefined;
  return ordered ? row : copyFacts(row, present);
}

/** The fast validator of a collection, where there is one (results have `fastAssessmentResult`). */
export const FAST_RECORDS: Readonly<Record<string, (row: unknown) => Record<string, unknown> | undefined>> = {
  schools: fastSchool,
  social: fastSocial,
  staffing: fastStaffing,
  resources: fastResources,
  facts: fastSchoolFacts,
};
