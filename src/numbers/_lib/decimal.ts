/**
 * Kept for folders that still import the decimal reader from here; the number core's public home
 * is `src/numbers/decimal.ts`. Internal: never re-exported.
 */
export { Dec, toDec, toDecimalRounding, checkDecimals, toPlainString, checkCount, toRational, decimalLeastSquares } from '../decimal.js';
