/**
 * The rule kinds of the language: one module each, looked up by `kind`. A new kind is a new
 * module and one line here; the type makes a missing kind a compile error.
 */
import type { RuleModule } from '../engine/context.js';
import type { Rule } from '../schema.js';
import { combineRule } from './combine.js';
import { gapRule } from './gap.js';
import { notRule } from './not.js';
import { rankRule } from './rank.js';
import { residualRule } from './residual.js';
import { resultsRule } from './results.js';
import { thresholdRule } from './threshold.js';
import { cumulativeRule } from './cumulative.js';
import { persistRule } from './persist.js';
import { scopeRule } from './scope.js';
import { statusRule } from './status.js';

/** Every rule kind → its module. */
export type RuleRegistry = { readonly [K in Rule['kind']]: RuleModule<Extract<Rule, { kind: K }>> };

export const RULES: RuleRegistry = {
  threshold: thresholdRule,
  between: thresholdRule,
  rank: rankRule,
  gap: gapRule,
  results: resultsRule,
  residual: residualRule,
  all: combineRule,
  any: combineRule,
  atLeast: combineRule,
  not: notRule,
  persist: persistRule,
  scope: scopeRule,
  status: statusRule,
  cumulative: cumulativeRule,
};
