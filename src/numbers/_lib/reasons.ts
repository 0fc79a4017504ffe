/** Kept for folders that still import from here; the reasons' home is `src/numbers/reasons.ts`. Internal. */
export { emptyDenominator } from '../reasons.js';
