/**
 * The library's own throws go through one factory per code (src/errors/raise.ts), which builds only
 * that code's message, so a bundle of a few functions does not carry the whole catalogue (issue #14).
 * Each factory's error is the same as `new ShnorError(code, details)`, and `instanceof ShnorError`
 * holds for it.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { isShnorError } from '../../src/errors/core.js';
import type { ErrorCode, ErrorDetailsMap } from '../../src/errors/messages.js';
import * as raise from '../../src/errors/raise.js';
import { ShnorError } from '../../src/errors/ShnorError.js';
import { change } from '../../src/index.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** One factory per code but VALIDATION_FAILED (thrown by the parsers only), checked by the compiler. */
const FACTORIES: { readonly [C in Exclude<ErrorCode, 'VALIDATION_FAILED'>]: (d: ErrorDetailsMap[C]) => ShnorError<C> } = {
  INVALID_NUMBER: raise.invalidNumberError,
  INVALID_COUNT: raise.invalidCountError,
  COUNT_EXCEEDS_TOTAL: raise.countExceedsTotalError,
  INVALID_DECIMALS: raise.invalidDecimalsError,
  INVALID_ROUNDING_MODE: raise.invalidRoundingModeError,
  INVALID_OPERATOR: raise.invalidOperatorError,
  UNIT_MISMATCH: raise.unitMismatchError,
  INVALID_YEAR: raise.invalidYearError,
  INVALID_OPTION: raise.invalidOptionError,
  UNKNOWN_LEVEL: raise.unknownLevelError,
};

const VALUES: unknown[] = ['6,25', 'x'.repeat(70), 7, -1.5, Number.NaN, Number.POSITIVE_INFINITY, 1e-9, 10n, true, null, undefined, [], [1, 2, 3], {}, () => 0, Symbol('s')];
const issue = { code: 'too_small', path: ['schools', 0, 'id'], message: { ru: 'пустая строка', en: 'empty string' } };
const SAMPLES: { readonly [C in ErrorCode]: readonly ErrorDetailsMap[C][] } = {
  INVALID_NUMBER: VALUES.map((value) => ({ field: 'value', value })),
  INVALID_COUNT: VALUES.map((value) => ({ field: 'count', value })),
  COUNT_EXCEEDS_TOTAL: [{ count: 7, total: 5 }],
  INVALID_DECIMALS: VALUES.map((value) => ({ value })),
  INVALID_ROUNDING_MODE: VALUES.map((value) => ({ value })),
  INVALID_OPERATOR: VALUES.map((value) => ({ value })),
  UNIT_MISMATCH: [{ expected: 'percent | pp', received: 'ratio' }, { expected: 'x', received: 'y' }],
  VALIDATION_FAILED: [{ what: 'Dataset', issues: [] }, { what: 'Other', issues: [issue, issue] }],
  INVALID_YEAR: VALUES.map((value) => ({ value })),
  INVALID_OPTION: VALUES.map((value) => ({ option: 'k', value, expected: { ru: 'целое число от 1 до 5', en: 'an integer from 1 to 5' } })),
  UNKNOWN_LEVEL: VALUES.map((value) => ({ value, scale: ['низкий', 'средний', 'высокий'] })),
};

describe('the factories of src/errors/raise.ts', () => {
  const codes = Object.keys(FACTORIES) as (keyof typeof FACTORIES)[];

  it.each(codes)('%s: the same error as new ShnorError(code, details)', (code) => {
    for (const details of SAMPLES[code]) {
      const made = (FACTORIES[code] as (d: unknown) => ShnorError)(details);
      const full = new ShnorError(code, details as never);
      expect(made.messages).toEqual(full.messages);
      expect(made.message).toBe(full.message);
      expect([made.name, made.code, made.details]).toEqual([full.name, full.code, full.details]);
      expect(Reflect.ownKeys(made)).toEqual(Reflect.ownKeys(full));
      expect(made).toBeInstanceOf(ShnorError);
      expect(made).toBeInstanceOf(Error);
      expect(isShnorError(made, code)).toBe(true);
      if (typeof (details as { value?: unknown }).value !== 'bigint') expect(JSON.stringify(made)).toBe(JSON.stringify(full));
    }
  });

  it('a library function throws an error that is instanceof ShnorError; a subclass keeps the ordinary instanceof', () => {
    let thrown: unknown;
    try {
      change(1, 2, { scale: { scale: 'nope', better: 'higher' } } as never);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ShnorError);
    class Mine extends ShnorError {}
    expect(thrown instanceof Mine).toBe(false);
    expect(new Mine('INVALID_DECIMALS', { value: -1 }) instanceof Mine).toBe(true);
    expect({ name: 'ShnorError', code: 'INVALID_DECIMALS' } instanceof ShnorError).toBe(false);
  });

  it('a bundle of `change` takes the messages of its own codes, not the catalogue', async () => {
    const out = await build({
      stdin: { contents: `import { change } from './src/index.ts';\nglobalThis.change = change;\n`, resolveDir: ROOT, loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      charset: 'utf8',
      write: false,
      logLevel: 'silent',
    });
    const text = out.outputFiles[0]?.text ?? '';
    expect(text).toContain('ожидается конечное десятичное число'); // INVALID_NUMBER, which change can throw
    expect(text).not.toContain('учебный год вида'); // INVALID_YEAR, which it cannot
    expect(text).not.toContain('ошибок'); // VALIDATION_FAILED
    expect(text).not.toContain('MESSAGES');
  }, 60_000);
});
