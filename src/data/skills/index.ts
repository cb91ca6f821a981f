import type { SkillEntry } from './types.ts';
import { DATA_SKILLS } from './data.ts';
import { EDUCATION_SKILLS } from './education.ts';
import { FINANCE_SKILLS } from './finance.ts';
import { GENERAL_SKILLS } from './general.ts';
import { HEALTHCARE_SKILLS } from './healthcare.ts';
import { HOSPITALITY_SKILLS } from './hospitality.ts';
import { MANAGEMENT_SKILLS } from './management.ts';
import { OPERATIONS_SKILLS } from './operations.ts';
import { SALES_MARKETING_SKILLS } from './sales-marketing.ts';
import { SOFTWARE_SKILLS } from './software.ts';
import { TRADES_SKILLS } from './trades.ts';

export type { SkillEntry, SkillField, SkillKind } from './types.ts';

/** The skills vocabulary: skills, tools and competencies with their synonyms, across fields. */
export const SKILLS: readonly SkillEntry[] = [
  ...SOFTWARE_SKILLS,
  ...DATA_SKILLS,
  ...MANAGEMENT_SKILLS,
  ...GENERAL_SKILLS,
  ...HEALTHCARE_SKILLS,
  ...SALES_MARKETING_SKILLS,
  ...FINANCE_SKILLS,
  ...EDUCATION_SKILLS,
  ...OPERATIONS_SKILLS,
  ...HOSPITALITY_SKILLS,
  ...TRADES_SKILLS,
];
