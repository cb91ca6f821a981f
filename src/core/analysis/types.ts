import type { Framework } from '../../data/bank/index.ts';
import type { AnswerFacts, SentenceFacts } from './facts.ts';
import type { AnswerTailoring, InterviewFacts } from '../tailor/answer.ts';

/** The part a sentence plays in a CARL answer: what the web app colours and the CLI marks. */
export type Part = 'context' | 'action' | 'result' | 'learning' | 'question' | 'other';

/** 0-based, end-exclusive character offsets into the answer. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type RuleOptions = Record<string, number | string | boolean>;
/** A rule's configuration: its severity, or its severity and options. */
export type RuleSetting = SeveritySetting | [SeveritySetting, RuleOptions];

/** The ten checks of ../shared/data/LABELS.md; the weakness ones are null off weakness questions. */
export interface Checks {
  context: boolean;
  action: boolean;
  result: boolean;
  quantified: boolean;
  learning: boolean;
  followUpQuestion: boolean;
  blame: boolean;
  weaknessNamed: boolean | null;
  weaknessCompensation: boolean | null;
  weaknessImprovement: boolean | null;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
}

export interface Stats {
  words: number;
  sentences: number;
  /** Estimated at a natural speaking pace (see SPEAKING_WPM). */
  speakingSeconds: number;
  /** Filler words per word, 0..1. */
  fillerRate: number;
  iCount: number;
  weCount: number;
}

export interface QuestionRef {
  id: string | null;
  confidence: number;
}

/** The analysis of one answer: the value every front door renders. */
export interface Analysis {
  question: QuestionRef;
  checks: Checks;
  sentences: { start: number; end: number; part: Part }[];
  findings: Finding[];
  score: number;
  stats: Stats;
  /** How the answer fits its interview: present only when the answer belongs to one. */
  tailoring?: AnswerTailoring;
}

/** Facts derived once from the parse and shared by the checks and the rules. */
export interface Derived {
  checks: Checks;
  blame: Span[];
  weakness: {
    disguised: Span[];
    compensation: Span | null;
    improvement: Span | null;
  };
  fillers: Span[];
  hedges: Span[];
}

export interface RuleMeta {
  type: 'structure' | 'substance' | 'tone';
  description: string;
  /** Message templates by id; {{name}} placeholders are filled from a report's data. */
  messages: Record<string, string>;
  /** Points this rule is worth in the score (see docs/scoring.md). */
  weight: number;
  /** Points lost per finding, up to `weight`; by default one finding loses them all. */
  perFinding?: number;
  /** Frameworks or question ids the rule applies to; every answer when absent. */
  appliesTo?: {
    frameworks?: readonly Framework[];
    questions?: readonly string[];
    /**
     * Only when the answer belongs to an interview (a posting to tailor to): `true`, or a test
     * of what the interview gave to check against (stories, other answers).
     */
    interview?: boolean | ((answer: AnswerTailoring) => boolean);
  };
  defaultOptions?: Record<string, number | string | boolean>;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  span: Span;
}

export interface RuleContext {
  text: string;
  facts: AnswerFacts;
  derived: Derived;
  question: { id: string | null; framework: Framework };
  /** The answer read against its interview, or null when it belongs to none. */
  interview: InterviewFacts | null;
  options: Record<string, number | string | boolean>;
  report(report: Report): void;
}

export interface RuleHandlers {
  sentence?(sentence: SentenceFacts, index: number): void;
  answer?(): void;
}

export interface Rule {
  id: string;
  meta: RuleMeta;
  create(context: RuleContext): RuleHandlers;
}
