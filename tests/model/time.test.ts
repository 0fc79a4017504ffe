import { describe, expect, it } from 'vitest';
import { assessmentYearOf, parseSchoolYear, schoolYearOf, schoolYearOfAssessment, SchoolYearSchema } from '../../src/index.js';

describe('school years and calendar years', () => {
  it('spring assessments of 2022 belong to 2021/2022; autumn ones to 2022/2023', () => {
    expect(schoolYearOfAssessment(2022)).toBe('2021/2022');
    expect(schoolYearOfAssessment(2022, 'autumn')).toBe('2022/2023');
    expect(schoolYearOf('2022-04-15')).toBe('2021/2022');
    expect(schoolYearOf('2022-08-31')).toBe('2021/2022');
    expect(schoolYearOf('2022-09-01')).toBe('2022/2023');
    expect(schoolYearOf(new Date(2020, 9, 1))).toBe('2020/2021');
    expect(assessmentYearOf('2020/2021')).toBe(2021);
  });

  it('reads the ways the seeds write a school year', () => {
    expect(parseSchoolYear('2021/2022')).toBe('2021/2022');
    expect(parseSchoolYear('2018-2019')).toBe('2018/2019');
    expect(parseSchoolYear('2019 – 2020')).toBe('2019/2020');
    expect(SchoolYearSchema.parse('2015-2016')).toBe('2015/2016');
  });

  it('rejects what is not a school year', () => {
    expect(() => parseSchoolYear('2021/2023')).toThrowError(/INVALID_YEAR/);
    expect(() => parseSchoolYear('21/22')).toThrowError(/INVALID_YEAR/);
    expect(() => schoolYearOf('not a date')).toThrowError(/INVALID_YEAR/);
    expect(() => schoolYearOfAssessment(2022.5)).toThrowError(/INVALID_YEAR/);
    expect(SchoolYearSchema.safeParse('2021/2023').success).toBe(false);
  });
});
