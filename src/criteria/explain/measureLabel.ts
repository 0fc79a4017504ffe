/**
 * A measure named in the words of an explanation («доля участников ниже минимального порога (ВПР;
 * математика)»). Public to the other folders (not exported from the root): risk bands and reports
 * name a measure the way a verdict's explanation does, through this module rather than the
 * criteria's private labels.
 */
export { measureLabel } from '../_lib/labels.js';
