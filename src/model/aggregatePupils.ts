import { Dec, toPlainString } from '../numbers/decimal.js';
import type { AssessmentResult, MinimumThreshold, PupilResult } from './results.js';

/**
 * Aggregates pupil-level records into school-level results: participants, the mark distribution,
 * how many were below the minimum threshold of that year (the threshold is data), and the
 * descriptive statistics of scores (mean, median, mode — the largest of several, as seed 000's
 * tables define it — min, max).
 *
 * @param pupils - Pupil records (any order).
 * @param thresholds - Minimum thresholds by year, procedure and subject (grade optional). A mark
 *   threshold applies to marks, a score threshold to scores.
 * @returns One result per school, year, procedure, subject and grade, sorted by those keys.
 * @example
 * ```ts
 * // два выпускника сдали ЕГЭ по химии на 30 и 50 баллов при минимальном 36: один ниже порога
 * aggregatePupils(
 *   [
 *     { pupilId: 'p1', schoolId: 's1', year: 2021, procedure: 'ege', subject: 'chemistry', grade: 11, score: 30 },
 *     { pupilId: 'p2', schoolId: 's1', year: 2021, procedure: 'ege', subject: 'chemistry', grade: 11, score: 50 },
 *   ],
 *   [{ year: 2021, procedure: 'ege', subject: 'chemistry', minScore: 36, scoreKind: 'test' }],
 * )[0] //=> { schoolId: 's1', participants: 2, belowMinimum: 1, mean: 40, median: 40, ... }
 * ```
 * @category Model
 */
export function aggregatePupils(pupils: readonly PupilResult[], thresholds: readonly MinimumThreshold[] = []): AssessmentResult[] {
  const groups = new Map<string, PupilResult[]>();
  for (const p of pupils) {
    const key = [p.schoolId, p.year, p.procedure, p.subject, p.grade].join('\u0000');
    const g = groups.get(key);
    if (g) g.push(p);
    else groups.set(key, [p]);
  }
  const out: AssessmentResult[] = [];
  for (const group of groups.values()) {
    const first = group[0] as PupilResult;
    const threshold = thresholds.find(
      (t) => t.year === first.year && t.procedure === first.procedure && t.subject === first.subject && (t.grade === undefined || t.grade === first.grade),
    );
    const marks = { '2': 0, '3': 0, '4': 0, '5': 0 };
    let hasMarks = false;
    const scores: number[] = [];
    let below = 0;
    let belowKnown = threshold !== undefined;
    for (const p of group) {
      if (p.mark !== undefined) {
        marks[String(p.mark) as '2'] += 1;
        hasMarks = true;
      }
      if (p.score !== undefined) scores.push(p.score);
      if (threshold !== undefined) {
        const v = threshold.scoreKind === 'mark' ? p.mark : p.score;
        if (v === undefined) belowKnown = false;
        else if (v < threshold.minScore) below++;
      } else if (first.procedure === 'vpr' && p.mark !== undefined) {
        // ВПР: below the minimum is mark «2»
        if (p.mark === 2) below++;
        belowKnown = true;
      }
    }
    const result: Record<string, unknown> = {
      schoolId: first.schoolId,
      year: first.year,
      procedure: first.procedure,
      subject: first.subject,
      grade: first.grade,
      participants: group.length,
    };
    if (hasMarks) result.marks = marks;
    if (belowKnown) result.belowMinimum = below;
    if (scores.length > 0) {
      scores.sort((a, b) => a - b);
      const n = scores.length;
      const mid = Math.floor(n / 2);
      const median = n % 2 === 1 ? (scores[mid] as number) : Number(toPlainString(new Dec(scores[mid - 1] as number).plus(scores[mid] as number).div(2)));
      const counts = new Map<number, number>();
      let mode = scores[0] as number;
      let best = 0;
      for (const s of scores) {
        const c = (counts.get(s) ?? 0) + 1;
        counts.set(s, c);
        if (c > best || (c === best && s > mode)) {
          best = c;
          mode = s;
        }
      }
      const sum = scores.reduce((acc, s) => acc.plus(s), new Dec(0));
      Object.assign(result, {
        scoreKind: threshold?.scoreKind === 'mark' ? 'primary' : (threshold?.scoreKind ?? (first.procedure === 'ege' ? 'test' : 'primary')),
        mean: Number(sum.div(n).toDecimalPlaces(4).toFixed()),
        median,
        mode,
        min: scores[0] as number,
        max: scores[n - 1] as number,
      });
    }
    out.push(result as AssessmentResult);
  }
  const key = (r: AssessmentResult): string => [r.schoolId, r.year, r.procedure, r.subject, String(r.grade).padStart(2, '0')].join('|');
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
