/**
 * Missing inputs in words: the explanation layer's writer, shared with reports (which add the
 * place's name). Written from the {@link MissingInput} data, never by reading a note back.
 */
import { missingInputText } from '../_lib/labels.js';
import type { MissingInput } from '../engine/missing.js';
import type { Lang } from '../../numbers/format.js';

/**
 * A missing input in words, without the school («ВПР, 5 класс, математика: число участников ниже
 * минимального порога (2023 г.)»); a string (a trace stored before 0.2) as it is.
 * @internal
 */
export function missingInputWords(m: MissingInput | string, lang: Lang): string {
  return missingInputText(m, lang);
}
