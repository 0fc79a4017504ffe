import { ShnorError } from '../../src/index.js';

/** The `ShnorError` a call throws; any other error is rethrown, and a call that does not throw fails the test. */
export function thrown(f: () => unknown): ShnorError {
  try {
    f();
  } catch (e) {
    if (e instanceof ShnorError) return e;
    throw e;
  }
  throw new Error('did not throw');
}
