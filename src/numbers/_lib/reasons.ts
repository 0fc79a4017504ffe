import { type Outcome, notApplicable } from '../../core/outcome.js';

/** The reason returned for a share of an empty group. */
export function emptyDenominator(): Outcome<never> {
  return notApplicable(
    'EMPTY_DENOMINATOR',
    'знаменатель равен нулю: в группе нет ни одного участника, доля не определена',
    'the denominator is zero: the group is empty, so the share is undefined',
  );
}

