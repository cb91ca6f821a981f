/** The shape of the question bank: what each question needs for practice, feedback and plans. */

/** How an answer to the question is built, and so which checks apply to it. */
export type Framework = 'carl' | 'motivation' | 'strength' | 'weakness';

/** The four stages of a typical hiring process. */
export type StageId = 'recruiter-screen' | 'hiring-manager' | 'panel' | 'final';

export type Category =
  | 'motivation'
  | 'strengths'
  | 'career-goals'
  | 'challenge'
  | 'problem-solving'
  | 'experience'
  | 'leadership'
  | 'achievement'
  | 'decision'
  | 'conflict'
  | 'failure'
  | 'teamwork'
  | 'pressure'
  | 'ambiguity'
  | 'influence'
  | 'customer'
  | 'learning'
  | 'why-left'
  | 'weaknesses'
  | 'culture'
  | 'scenario';

export interface BankQuestion {
  /** Kebab-case; the nine questions of the second-round guide keep their fixed ids. */
  id: string;
  question: string;
  /** Other ways an interviewer asks it (at least four): what recognition learns from. */
  paraphrases: readonly string[];
  category: Category;
  /** Stages where the question is typical. */
  stages: readonly StageId[];
  /** What the interviewer is really assessing. */
  assesses: string;
  /** How to answer, in a few sentences. */
  howToAnswer: string;
  framework: Framework;
  /** The structure to follow, e.g. "CARL: ..." or a short structure for motivation questions. */
  structure: string;
  pitfalls: readonly string[];
  /** Probes the interviewer may follow up with. */
  followUps: readonly string[];
  /** An original example answer that passes the analyzer. */
  exampleAnswer: string;
}
