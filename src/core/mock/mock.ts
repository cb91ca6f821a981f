import { analyze } from '../analysis/analyze.ts';
import type { Analysis } from '../analysis/types.ts';
import type { Framework } from '../../data/bank/index.ts';
import { findQuestion } from '../bank/match.ts';
import { REQUIRED_CHECKS } from '../bank/requirements.ts';

/** A question of the mock interview: a bank question, or one built from a posting. */
export interface MockQuestion {
  id: string | null;
  question: string;
}

export interface MockTurn {
  question: MockQuestion;
  answer: string;
  analysis: Analysis;
  /** The follow-up the interviewer asked about the gap the analysis found, and the reply. */
  probe: { gap: ProbeGap; text: string; answer: string | null } | null;
}

export type ProbeGap = 'result' | 'action' | 'learning' | 'quantified';

export interface MockState {
  questions: MockQuestion[];
  index: number;
  phase: 'asking' | 'probing' | 'closing' | 'done';
  turns: MockTurn[];
  /** The candidate's questions for the interviewer, asked at the end. */
  closingAnswer: string | null;
}

export type MockEvent = { type: 'answer'; text: string } | { type: 'skip' };

/** What the interviewer says at the end, as every good one does. */
export const CLOSING_QUESTION = 'Do you have any questions for me?';

/** The probes, most important gap first: what a hiring manager asks when a part is missing. */
export const PROBES: readonly { gap: ProbeGap; text: string }[] = [
  { gap: 'action', text: 'What was your own part in that, personally?' },
  { gap: 'result', text: 'What was the outcome?' },
  { gap: 'quantified', text: 'Can you put a number on that result?' },
  { gap: 'learning', text: 'Looking back, what would you do differently?' },
];

export function startMock(questions: readonly MockQuestion[]): MockState {
  if (questions.length === 0) throw new RangeError('A mock interview needs at least one question.');
  return { questions: [...questions], index: 0, phase: 'asking', turns: [], closingAnswer: null };
}

/** What the interviewer is asking now, or null when the interview is over. */
export function currentPrompt(state: MockState): string | null {
  if (state.phase === 'asking') return state.questions[state.index]!.question;
  if (state.phase === 'probing') return state.turns[state.turns.length - 1]!.probe!.text;
  if (state.phase === 'closing') return CLOSING_QUESTION;
  return null;
}

/** The first gap worth a probe in an answer: a check its question calls for that is missing. */
export function gapOf(analysis: Analysis, framework: Framework): (typeof PROBES)[number] | null {
  const required = REQUIRED_CHECKS[framework];
  return PROBES.find((p) => required.includes(p.gap) && analysis.checks[p.gap] === false) ?? null;
}

const next = (state: MockState): MockState =>
  state.index + 1 < state.questions.length
    ? { ...state, index: state.index + 1, phase: 'asking' }
    : { ...state, phase: 'closing' };

/**
 * The mock interview as a state machine: each answer is analysed; when it leaves a gap (no
 * result, no personal action, no number, no lesson) the interviewer probes it once, as a real
 * one would, then moves on; it ends with "Do you have any questions for me?". Pure.
 */
export function mockReducer(state: MockState, event: MockEvent): MockState {
  if (state.phase === 'done') return state;
  const text = event.type === 'answer' ? event.text.trim() : '';
  if (state.phase === 'closing') return { ...state, phase: 'done', closingAnswer: text || null };
  if (state.phase === 'probing') {
    const turns = [...state.turns];
    const last = turns[turns.length - 1]!;
    turns[turns.length - 1] = { ...last, probe: { ...last.probe!, answer: text || null } };
    return next({ ...state, turns });
  }
  if (!text) return next(state);
  const question = state.questions[state.index]!;
  const analysis = analyze(
    text,
    question.id ? { questionId: question.id } : { question: question.question },
  );
  const framework = (question.id && findQuestion(question.id)?.framework) || 'carl';
  const gap = gapOf(analysis, framework);
  const turn: MockTurn = {
    question,
    answer: text,
    analysis,
    probe: gap ? { ...gap, answer: null } : null,
  };
  const turns = [...state.turns, turn];
  return gap ? { ...state, turns, phase: 'probing' } : next({ ...state, turns });
}

export interface Scorecard {
  answered: number;
  asked: number;
  averageScore: number | null;
  /** The checks missed most often across the answers. */
  mostMissed: { check: string; times: number }[];
  askedQuestionsBack: boolean;
}

/** The scorecard at the end: per-answer scores are in the turns; this sums them up. */
export function scorecard(state: MockState): Scorecard {
  const scores = state.turns.map((t) => t.analysis.score);
  const missed = new Map<string, number>();
  for (const t of state.turns) {
    const framework = (t.question.id && findQuestion(t.question.id)?.framework) || 'carl';
    // Only what the question calls for counts as missed: no "result" for "why this company".
    for (const check of REQUIRED_CHECKS[framework])
      if (t.analysis.checks[check] === false) missed.set(check, (missed.get(check) ?? 0) + 1);
  }
  return {
    answered: state.turns.length,
    asked: state.questions.length,
    averageScore: scores.length
      ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length)
      : null,
    mostMissed: [...missed]
      .map(([check, times]) => ({ check, times }))
      .sort((a, b) => b.times - a.times)
      .slice(0, 3),
    askedQuestionsBack: !!state.closingAnswer && state.closingAnswer.includes('?'),
  };
}
