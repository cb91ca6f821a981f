/** The shape of the skills vocabulary that the posting reader matches against. */

/** The field a skill belongs to; `general` for skills every field asks for. */
export type SkillField =
  | 'software'
  | 'data'
  | 'healthcare'
  | 'sales-marketing'
  | 'finance'
  | 'education'
  | 'operations'
  | 'hospitality'
  | 'trades'
  | 'management'
  | 'general';

/**
 * tool: a named product, language, instrument, licence or certification ("Python", "Salesforce", "BLS");
 * hard: a technical or professional competency ("financial modeling", "wound care");
 * soft: an interpersonal or working competency ("stakeholder management", "communication").
 */
export type SkillKind = 'tool' | 'hard' | 'soft';

export interface SkillEntry {
  /** Canonical display name, as a posting or resume would write it. */
  name: string;
  kind: SkillKind;
  field: SkillField;
  /**
   * Other ways of writing it, lower case, matched as whole words regardless of case:
   * synonyms, abbreviations, spelling variants, singular and plural forms that differ
   * from the name beyond a trailing "s".
   */
  aliases: readonly string[];
  /**
   * Forms matched only with exactly this capitalisation, for names that are also ordinary
   * English words or single letters ("Go", "R", "Excel", "Swift", "Spring", "Word").
   * When set, the lower-case name itself is not matched.
   */
  exact?: readonly string[];
}
