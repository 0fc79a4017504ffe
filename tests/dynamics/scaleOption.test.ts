import { describe, expect, it } from 'vitest';
import { analyzeSeries, change, detectInstability, gapToReference, gapTrend, positiveDynamics, rankByImprovement } from '../../src/index.js';
import { thrown } from '../_tools/thrown.js';

// The option `measure` of the dynamics was renamed `scale` (a LevelScale is a level's scale; a measure is what a rule reads).
// For one release the old key is read too; both, different, is an error.
const higher = { scale: 'percent', better: 'higher' } as const;
const lower = { scale: 'percent', better: 'lower' } as const;
const series = [{ year: 2021, value: 60 }, { year: 2022, value: 62 }, { year: 2023, value: 65 }];


describe('dynamics option scale (old key measure, deprecated)', () => {
  it('the old key gives the same as the new, in every function', () => {
    expect(change(96.3, 94.3, { measure: higher })).toEqual(change(96.3, 94.3, { scale: higher }));
    expect(analyzeSeries(series, { measure: higher })).toEqual(analyzeSeries(series, { scale: higher }));
    expect(positiveDynamics(series, { measure: higher })).toEqual(positiveDynamics(series, { scale: higher }));
    expect(detectInstability(series, { measure: lower })).toEqual(detectInstability(series, { scale: lower }));
    expect(gapToReference(3.99, 3.4, { measure: { scale: 'grade', better: 'higher' } })).toEqual(gapToReference(3.99, 3.4, { scale: { scale: 'grade', better: 'higher' } }));
    expect(gapTrend(series, series, { measure: higher })).toEqual(gapTrend(series, series, { scale: higher }));
    const schools = [{ id: 'A', points: series }];
    expect(rankByImprovement(schools, { measure: higher, fromYear: 2021, toYear: 2023 })).toEqual(rankByImprovement(schools, { scale: higher, fromYear: 2021, toYear: 2023 }));
  });

  it('both keys, the same: accepted', () => {
    expect(change(60, 65, { scale: higher, measure: { ...higher } }).status).toBe('value');
  });

  it('both keys, different: INVALID_OPTION naming measure as the old name of scale', () => {
    const e = thrown(() => change(60, 65, { scale: higher, measure: lower }));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.messages.ru).toContain('«measure»');
    expect(e.messages.ru).toContain('устаревшее имя «scale»');
    expect(e.messages.en).toContain('measure is the deprecated name of scale');
    expect(thrown(() => positiveDynamics(series, { scale: higher, measure: lower })).code).toBe('INVALID_OPTION');
  });

  it('neither key: INVALID_OPTION asking for scale', () => {
    const e = thrown(() => change(60, 65, {}));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.messages.en).toContain('Option "scale"');
    // a wrong direction is reported under the key given
    expect(thrown(() => change(60, 65, { scale: { scale: 'percent', better: 'up' as never } })).messages.en).toContain('"scale.better"');
    expect(thrown(() => change(60, 65, { measure: { scale: 'percent', better: 'up' as never } })).messages.en).toContain('"measure.better"');
  });
});
