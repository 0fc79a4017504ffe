import { describe, expect, it } from 'vitest';
import { count, plural, whole } from '../../src/report/_lib/words.js';

// national lists: «В списке: 27 606 школ из 40 000», never «27606 школ из 40000»
describe('numbers of things in reports', () => {
  it('from 10 000 up, digits in groups of three (a no-break space in Russian, a comma in English)', () => {
    expect(whole(27606, 'ru')).toBe('27\u00a0606');
    expect(whole(1_250_000, 'ru')).toBe('1\u00a0250\u00a0000');
    expect(whole(40000, 'en')).toBe('40,000');
    expect(count(27606, 'school', 'ru')).toBe('27\u00a0606 школ');
    expect(count(100_001, 'school', 'ru')).toBe('100\u00a0001 школа');
    expect(count(21_000, 'school', 'en')).toBe('21,000 schools');
  });
  it('below 10 000 as written (a four-digit number is not split), decimals with a comma in Russian', () => {
    expect(whole(1429, 'ru')).toBe('1429');
    expect(whole(9999, 'en')).toBe('9999');
    expect(plural(2.5, ['балл', 'балла', 'баллов'], 'ru')).toBe('2,5 балла');
  });
});
