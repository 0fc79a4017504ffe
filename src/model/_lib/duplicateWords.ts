/** What a duplicate record repeats, in words, from its key. Internal. */
import { PROCEDURES, SUBJECTS } from '../catalogues.js';

const STAGE: Readonly<Record<string, { ru: string; en: string }>> = {
  school: { ru: 'школьный этап', en: 'school stage' },
  municipal: { ru: 'муниципальный этап', en: 'municipal stage' },
  regional: { ru: 'региональный этап', en: 'regional stage' },
  final: { ru: 'заключительный этап', en: 'final stage' },
};

/** What the key of a record of `collection` names, in Russian and English. */
function named(collection: string): { ru: string; en: string } {
  switch (collection) {
    case 'territories':
    case 'territoryResults':
    case 'territoryFacts':
      return { ru: 'территория', en: 'territory' };
    case 'declaredProcedures':
      return { ru: 'процедура', en: 'procedure' };
    case 'declaredSubjects':
      return { ru: 'предмет', en: 'subject' };
    case 'pupilResults':
      return { ru: 'ученик', en: 'pupil' };
    default:
      return { ru: 'школа', en: 'school' };
  }
}

/**
 * The issue text of a duplicate record: what it repeats, in words — «повторная запись: школа
 * «rezh-5», 2024 г., ВПР, математика, 4 класс — оставлена первая» — read from its key (`id`, or
 * `id|year`, `id|year|procedure|subject`, `id|year|procedure|subject|grade|stage`, as the dataset's
 * checks write it). A procedure or subject the catalogue does not name is quoted as it is.
 *
 * @param collection - The collection of the record (`results`, `social`, `territories`, …).
 * @param key - The record's key, as `received` keeps it.
 * @returns The message in Russian and English.
 * @example
 * ```ts
 * duplicateMessage('results', 'rezh-5|2024|vpr|math|4|').ru
 * //=> 'повторная запись: школа «rezh-5», 2024 г., ВПР, математика, 4 класс — оставлена первая'
 * duplicateMessage('social', 'rezh-5|2024').ru //=> 'повторная запись: школа «rezh-5», 2024 г. — оставлена первая'
 * ```
 */
export function duplicateMessage(collection: string, key: string): { ru: string; en: string } {
  const [id = '', year, procedure, subject, grade, stage] = key.split('|');
  const who = named(collection);
  const ru = [`${who.ru} «${id}»`];
  const en = [`${who.en} "${id}"`];
  if (year !== undefined && year !== '') {
    ru.push(`${year} г.`);
    en.push(year);
  }
  if (procedure !== undefined && procedure !== '') {
    const p = PROCEDURES.find((x) => x.id === procedure);
    ru.push(p === undefined ? `процедура «${procedure}»` : p.ru);
    en.push(p === undefined ? `procedure "${procedure}"` : p.ru);
  }
  if (subject !== undefined && subject !== '') {
    const s = SUBJECTS.find((x) => x.id === subject);
    ru.push(s === undefined ? `предмет «${subject}»` : s.ru.toLowerCase());
    en.push(s === undefined ? `subject "${subject}"` : s.en);
  }
  if (grade !== undefined && grade !== '') {
    ru.push(`${grade} класс`);
    en.push(`grade ${grade}`);
  }
  const st = stage === undefined ? undefined : STAGE[stage];
  if (st !== undefined) {
    ru.push(st.ru);
    en.push(st.en);
  }
  return { ru: `повторная запись: ${ru.join(', ')} — оставлена первая`, en: `duplicate record: ${en.join(', ')}; the first one is kept` };
}
