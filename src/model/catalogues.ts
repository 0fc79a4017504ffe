import type { Bilingual } from '../errors/messages.js';

/**
 * A label in both languages with a short Russian abbreviation where one is usual.
 *
 * @category Model
 */
export interface CatalogueEntry extends Bilingual {
  /** The stable id used in data. */
  readonly id: string;
}

/**
 * The assessment procedures the library knows.
 *
 * @category Model
 */
export type Procedure = 'vpr' | 'oge' | 'ege' | 'gve9' | 'gve11' | 'kdr' | 'kr9' | 'vsosh' | 'essay' | 'interview';

/**
 * Assessment procedures: ids used in data, and their names.
 * ВсОШ results carry a stage; ЕГЭ mathematics is two subjects (`math_base`, `math_profile`).
 *
 * @category Model
 */
export const PROCEDURES: readonly (CatalogueEntry & { readonly id: Procedure; readonly scale: 'mark' | 'primary' | 'test' | 'pass' | 'olympiad' })[] = [
  { id: 'vpr', ru: 'ВПР', en: 'All-Russian test works (ВПР)', scale: 'mark' },
  { id: 'oge', ru: 'ОГЭ', en: 'Basic state exam, grade 9 (ОГЭ)', scale: 'mark' },
  { id: 'ege', ru: 'ЕГЭ', en: 'Unified state exam, grade 11 (ЕГЭ)', scale: 'test' },
  { id: 'gve9', ru: 'ГВЭ-9', en: 'State final exam in another form, grade 9 (ГВЭ-9)', scale: 'mark' },
  { id: 'gve11', ru: 'ГВЭ-11', en: 'State final exam in another form, grade 11 (ГВЭ-11)', scale: 'mark' },
  { id: 'kdr', ru: 'КДР', en: 'Regional diagnostic work (КДР)', scale: 'primary' },
  { id: 'kr9', ru: 'КР-9', en: 'Grade 9 control work (КР-9)', scale: 'primary' },
  { id: 'vsosh', ru: 'ВсОШ', en: 'All-Russian school olympiad (ВсОШ)', scale: 'olympiad' },
  { id: 'essay', ru: 'Итоговое сочинение', en: 'Final essay', scale: 'pass' },
  { id: 'interview', ru: 'Итоговое собеседование', en: 'Final oral interview', scale: 'pass' },
];

/**
 * Every procedure id.
 *
 * @category Model
 */
export const PROCEDURE_IDS: readonly Procedure[] = PROCEDURES.map((p) => p.id);

/**
 * Subjects with their names. Data may use other subject ids (see `IdSchema`); these have labels.
 *
 * @category Model
 */
export const SUBJECTS: readonly CatalogueEntry[] = [
  { id: 'russian', ru: 'Русский язык', en: 'Russian' },
  { id: 'math', ru: 'Математика', en: 'Mathematics' },
  { id: 'math_base', ru: 'Математика (базовый уровень)', en: 'Mathematics (basic level)' },
  { id: 'math_profile', ru: 'Математика (профильный уровень)', en: 'Mathematics (specialised level)' },
  { id: 'physics', ru: 'Физика', en: 'Physics' },
  { id: 'chemistry', ru: 'Химия', en: 'Chemistry' },
  { id: 'biology', ru: 'Биология', en: 'Biology' },
  { id: 'history', ru: 'История', en: 'History' },
  { id: 'social_studies', ru: 'Обществознание', en: 'Social studies' },
  { id: 'geography', ru: 'География', en: 'Geography' },
  { id: 'informatics', ru: 'Информатика и ИКТ', en: 'Computer science' },
  { id: 'literature', ru: 'Литература', en: 'Literature' },
  { id: 'english', ru: 'Английский язык', en: 'English' },
  { id: 'foreign_language', ru: 'Иностранный язык', en: 'Foreign language' },
  { id: 'world_around', ru: 'Окружающий мир', en: 'The world around us' },
  { id: 'reading_literacy', ru: 'Читательская грамотность', en: 'Reading literacy' },
  { id: 'science_literacy', ru: 'Естественнонаучная грамотность', en: 'Science literacy' },
  { id: 'math_literacy', ru: 'Математическая грамотность', en: 'Mathematical literacy' },
  { id: 'physical_education', ru: 'Физическая культура', en: 'Physical education' },
];

/**
 * School types.
 *
 * @category Model
 */
export type SchoolType = 'СОШ' | 'ООШ' | 'НОШ' | 'гимназия' | 'лицей' | 'кадетский корпус' | 'школа-интернат' | 'центр образования' | 'другое';

/**
 * Every school type.
 *
 * @category Model
 */
export const SCHOOL_TYPES: readonly SchoolType[] = ['СОШ', 'ООШ', 'НОШ', 'гимназия', 'лицей', 'кадетский корпус', 'школа-интернат', 'центр образования', 'другое'];

/**
 * The direction in which a social factor influences results.
 *
 * @category Model
 */
export type Influence = 'positive' | 'negative';

/**
 * A social-passport factor: a share of pupils with a characteristic, and how it influences results.
 *
 * @category Model
 */
export interface SocialFactor extends CatalogueEntry {
  /** `negative`: more of it, lower results expected; `positive`: the reverse. */
  readonly influence: Influence;
  /** Whether the source found the influence significant. */
  readonly significant: boolean;
  /** Where the direction comes from. */
  readonly source: { readonly seed: string; readonly line: number | string };
}

const S001 = '001_c89cd0ea27c20a17.txt';
const S003 = '003_d0b3cf5e72812614.txt';

/**
 * The social-passport factors of seeds 001 (КДР6-2019 analysis, L135–L165) and 003 (Приложения 1
 * and 2, lines 60–86), each with its direction of influence as data. A program may use other
 * factors or other directions: these are defaults, not constants of the library.
 *
 * @category Model
 */
export const SOCIAL_FACTORS: readonly SocialFactor[] = [
  { id: 'parent_higher_education_one', ru: 'Один из родителей имеет высшее образование', en: 'One parent has higher education', influence: 'positive', significant: true, source: { seed: S003, line: 65 } },
  { id: 'parent_higher_education_both', ru: 'Оба родителя имеют высшее образование', en: 'Both parents have higher education', influence: 'positive', significant: true, source: { seed: S003, line: 66 } },
  { id: 'large_family', ru: 'Многодетные семьи (3 и более детей)', en: 'Large families (3+ children)', influence: 'negative', significant: true, source: { seed: S003, line: 63 } },
  { id: 'non_native_russian', ru: 'Русский язык не является родным', en: 'Russian is not the native language', influence: 'negative', significant: true, source: { seed: S003, line: 64 } },
  { id: 'both_parents_unemployed', ru: 'Оба родителя безработные', en: 'Both parents unemployed', influence: 'negative', significant: true, source: { seed: S003, line: 67 } },
  { id: 'one_parent_unemployed', ru: 'Один из родителей безработный', en: 'One parent unemployed', influence: 'negative', significant: false, source: { seed: S003, line: 80 } },
  { id: 'parent_disabled', ru: 'Хотя бы один из родителей — инвалид', en: 'At least one parent disabled', influence: 'negative', significant: true, source: { seed: S003, line: 68 } },
  { id: 'foster_care', ru: 'Приёмные семьи, опека', en: 'Foster care or guardianship', influence: 'negative', significant: true, source: { seed: S003, line: 69 } },
  { id: 'socially_dangerous', ru: 'Семьи в социально опасном положении', en: 'Families in a socially dangerous situation', influence: 'negative', significant: true, source: { seed: S003, line: 70 } },
  { id: 'kdn_registered', ru: 'На учёте в КДН', en: 'Registered with the juvenile affairs commission (КДН)', influence: 'negative', significant: true, source: { seed: S003, line: 71 } },
  { id: 'single_parent', ru: 'Неполные семьи', en: 'Single-parent families', influence: 'negative', significant: false, source: { seed: S003, line: 78 } },
  { id: 'low_income', ru: 'Доход на члена семьи ниже прожиточного минимума', en: 'Income below the subsistence minimum', influence: 'negative', significant: false, source: { seed: S003, line: 79 } },
  { id: 'good_housing', ru: 'Благоустроенное жильё', en: 'Adequate housing', influence: 'positive', significant: false, source: { seed: S003, line: 81 } },
  { id: 'poor_housing', ru: 'Неблагоустроенное и частично благоустроенное жильё', en: 'Inadequate housing', influence: 'negative', significant: false, source: { seed: S003, line: 82 } },
  { id: 'school_bus', ru: 'Ежедневный подвоз школьным автобусом', en: 'Daily school bus', influence: 'negative', significant: false, source: { seed: S003, line: 83 } },
  { id: 'disability_adapted', ru: 'Дети-инвалиды и обучающиеся по адаптированным программам (ОВЗ)', en: 'Disabled pupils and pupils on adapted programmes', influence: 'negative', significant: false, source: { seed: S003, line: 85 } },
  { id: 'intra_school_register', ru: 'На внутришкольном учёте', en: 'On the school\u2019s internal register', influence: 'negative', significant: false, source: { seed: S003, line: 86 } },
  { id: 'orphanage', ru: 'Воспитанники детского дома, интерната временного содержания', en: 'Children from an orphanage or temporary boarding', influence: 'negative', significant: true, source: { seed: S001, line: 76 } },
];

/**
 * Every social factor id.
 *
 * @category Model
 */
export const SOCIAL_FACTOR_IDS: readonly string[] = SOCIAL_FACTORS.map((f) => f.id);
