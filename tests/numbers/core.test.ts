// The number core's public functions, with the values their TSDoc examples state.
import { describe, expect, it } from 'vitest';
import {
  compareNumbers,
  compareValue,
  evaluateIndicator,
  formatInSentence,
  isIsoDate,
  operatorSymbol,
  operatorWords,
  parseActuals,
  parseIndicatorDefinition,
  parseOperator,
  readThreshold,
  notApplicableBecause as reason,
  safeParseActuals,
  share,
} from '../../src/index.js';
import { decimalsAsWritten, toDec, toDecimalRounding, toFiniteNumber, toPlainString, toRational } from '../../src/numbers/decimal.js';
import { sharePercentDecimal } from '../../src/numbers/share.js';

describe('the one comparison', () => {
  it('shares exactly, decimal strings exactly, computed numbers up to noise below 1e-9', () => {
    expect(compareValue({ count: 2, total: 3 }, 'lt', '66.6666666667')).toEqual({ status: 'value', value: true });
    expect(compareValue('6,3', 'gte', 6.3)).toEqual({ status: 'value', value: true });
    expect(compareValue(68.1 - 48.1, 'lte', 20)).toEqual({ status: 'value', value: true });
    expect(compareValue(68.1 - 48.1, 'eq', 20)).toEqual({ status: 'value', value: true });
    expect(compareValue('20.000000000000004', 'eq', 20)).toEqual({ status: 'value', value: false });
    expect(compareValue(share(6, 20), 'gte', 30)).toEqual({ status: 'value', value: true });
    expect(compareValue(share(6, 20), 'gt', 30)).toEqual({ status: 'value', value: false });
    expect(compareValue(share(0, 0), 'gte', 0).status).toBe('not_applicable');
    // 30 % of a total near 2^53: beyond safe integers, still exact (big integers)
    expect(compareValue({ count: 2_702_159_776_422_298, total: 9_007_199_254_740_991 }, 'gte', '29.9999999999999967')).toEqual({ status: 'value', value: true });
    expect(compareNumbers(20.001, 20)).toBe(1);
    expect(readThreshold('33,3').text).toBe('33.3');
  });
});

describe('vocabulary, reasons, formatting, reading', () => {
  it('operators', () => {
    expect(operatorSymbol('gte')).toBe('≥');
    expect(operatorWords('lt')).toBe('менее');
    expect(operatorWords('gt', 'en')).toBe('more than');
    expect(parseOperator('не менее')).toBe('gte');
    expect(parseOperator('≤')).toBe('lte');
    expect(parseOperator('более')).toBe('gt');
    expect(parseOperator(' Не  выше ')).toBe('lte');
  });

  it('one wording per reason code', () => {
    expect(reason('ZERO_BASE').reason.code).toBe('ZERO_BASE');
    expect(reason('EMPTY_DENOMINATOR').reason.ru).toBe('знаменатель равен нулю: в группе нет ни одного участника, доля не определена');
  });

  it('numbers in sentences', () => {
    expect(formatInSentence(200 / 3)).toBe('66,67');
    expect(formatInSentence(6.25, 'ru', 1)).toBe('6,3');
    expect(formatInSentence(20, 'en')).toBe('20');
  });

  it('the decimal reader and its helpers', () => {
    expect(toDec('6,25').toString()).toBe('6.25');
    expect(toDec(0.1).toString()).toBe('0.1');
    expect(() => toDec('1e3')).toThrowError(/INVALID_NUMBER/);
    expect(() => toDec('9'.repeat(400))).toThrowError(/INVALID_NUMBER/);
    expect(toDecimalRounding('half-even')).toBe(6);
    expect(toPlainString(toDec('6,250'))).toBe('6.25');
    expect(toRational(toDec('66.5'))).toEqual([133n, 2n]);
    expect(toFiniteNumber(toDec('6,3'))).toBe(6.3);
    expect(decimalsAsWritten('6,30')).toBe(2);
    expect(decimalsAsWritten(6.3)).toBe(1);
    expect(sharePercentDecimal({ count: 1, total: 16 })?.toString()).toBe('6.25');
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2019-02-31')).toBe(false);
  });
});

describe('actuals and strict indicator bounds', () => {
  it('parses actuals files and maps', () => {
    expect(safeParseActuals({ actuals: { i6: [{ year: 2019, value: { count: 1, total: 16 } }] } }).success).toBe(true);
    expect(safeParseActuals({ i6: [{ year: 2019, value: { count: 7, total: 5 } }] }).success).toBe(false);
    expect(Object.keys(parseActuals({ i6: [{ year: 2019, value: 6.3 }] }))).toEqual(['i6']);
  });

  it('«более 50 %» is a bound with op gt: exactly 50 % is not achieved, 51 % is', () => {
    const def = parseIndicatorDefinition({ id: 'i', name: { ru: 'доля' }, unit: 'percent', better: 'higher', level: 'school', target: { kind: 'bound', op: 'gt', value: 50 } });
    const at = evaluateIndicator(def, [{ year: 2024, value: share(10, 20) }], 2024);
    expect(at.status).toBe('not_achieved');
    expect(at.explanation.ru).toBe('2024: факт 50 при цели более 50 — не достигнут.');
    expect(evaluateIndicator(def, [{ year: 2024, value: share(11, 20) }], 2024).status).toBe('achieved');
    const lt = parseIndicatorDefinition({ ...def, better: 'lower', target: { kind: 'bound', op: 'lt', value: '33,3' } });
    expect(evaluateIndicator(lt, [{ year: 2024, value: share(1, 3) }], 2024).status).toBe('not_achieved');
    expect(evaluateIndicator(lt, [{ year: 2024, value: '33,2' }], 2024).explanation.en).toBe('2024: actual 33.2 against a target of less than 33.3: achieved.');
  });
});
