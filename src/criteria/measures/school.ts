/**
 * A school's measure for a year, read the way a rule reads it (results over a window of years,
 * facts, social passport, staffing, resources, external lists), with its value, share and years, or
 * what is missing. Public to the other folders (not exported from the root): risk bands compare the
 * same value a rule compares, through this module rather than the criteria's private reader.
 */
export { schoolMeasure } from '../_lib/measures.js';
