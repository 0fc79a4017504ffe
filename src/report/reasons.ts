/**
 * A verdict's reasons in words, written from its trace: what a report prints under a verdict, and
 * what `shnor test` prints beside a case that fails. Public to the other folders (not exported from
 * the root), so that the CLI uses the report's words rather than its private helpers.
 */
export { type ReasonContext, reasonsOf } from './_lib/reasons.js';
export { T, own } from './_lib/words.js';
