import { CLOSING_QUESTIONS } from '../../data/closing.ts';
import { analyze } from '../analysis/analyze.ts';
import { MAX_ANSWER_CHARS } from '../analysis/constants.ts';
import { phrases } from '../analysis/facts.ts';
import type { Analysis } from '../analysis/types.ts';
import { findQuestion, matchQuestion } from '../bank/match.ts';
import { parse } from '../text/parse.ts';

export const BUILDER_FIELDS = ['context', 'action', 'result', 'learning'] as const;
export type BuilderField = (typeof BUILDER_FIELDS)[number];
/** Longest text accepted in one field, in characters. */
export const MAX_FIELD_CHARS = 4000;

export interface BuildInput {
  questionId?: string;
  question?: string;
  context: string;
  action: string;
  result: string;
  learning: string;
  /** The closing question to use; a fitting one is suggested when absent. */
  closingQuestion?: string;
}

export interface BuildPrompt {
  field: BuilderField | 'length';
  message: string;
}

export interface BuiltAnswer {
  questionId: string | null;
  /** The answer as it would be said, CARL order, ending with the closing question. */
  text: string;
  parts: { part: BuilderField | 'question'; text: string }[];
  /** The same material in STAR order. */
  star: { situation: string; task: string; action: string; result: string };
  closingQuestion: string;
  /** What to add or change before practising it aloud. */
  prompts: BuildPrompt[];
  speakingSeconds: number;
  analysis: Analysis;
}

export class BuildInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const TASK_CUES =
  /\b(?:my (?:task|job|goal|role|responsibility) (?:was|is)|i (?:needed|had|was asked|was tasked) to|the goal was)\b/i;

/** Trims a field, capitalises it and ends it with a full stop. */
function sentence(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (!t) return '';
  const capital = t[0]!.toUpperCase() + t.slice(1);
  return /[.!?"\u201d)]$/.test(capital) ? capital : `${capital}.`;
}

const lowerFirst = (t: string): string =>
  /^I\b/.test(t) || /^[A-Z]{2}/.test(t) ? t : t[0]!.toLowerCase() + t.slice(1);

/** Openings that already say who acted ("I", "We", "My team and I", "First I"). */
const HAS_SUBJECT =
  /^(?:(?:first|then|so|next|after that|together),?\s+)?(?:i|i'm|i've|i'd|we|we've|we'd|my|our)\b/i;

/** "set up weekly check-ins" -> "I set up weekly check-ins." */
function asAction(text: string): string {
  const t = sentence(text);
  if (!t || HAS_SUBJECT.test(t.replace(/\u2019/g, "'"))) return t;
  return `I ${lowerFirst(t)}`;
}

function asResult(text: string): string {
  const t = sentence(text);
  const words = parse(t).words;
  if (!t || phrases.result.has(words)) return t;
  return `As a result, ${lowerFirst(t)}`;
}

function asLearning(text: string): string {
  const t = sentence(text);
  if (!t || phrases.learning.has(parse(t).words)) return t;
  if (/^(?:to|that|how)\b/i.test(t)) return `It taught me ${lowerFirst(t)}`;
  return `The lesson I took from it: ${lowerFirst(t)}`;
}

function check(input: BuildInput): void {
  for (const field of BUILDER_FIELDS) {
    const value: unknown = input[field];
    if (typeof value !== 'string') throw new BuildInputError(field, `The ${field} must be text.`);
    if (value.length > MAX_FIELD_CHARS) {
      throw new BuildInputError(
        field,
        `The ${field} is ${value.length} characters long; the limit is ${MAX_FIELD_CHARS}.`,
      );
    }
  }
  if (BUILDER_FIELDS.every((f) => !input[f].trim())) {
    throw new BuildInputError(
      'context',
      'Write at least one of context, action, result and learning.',
    );
  }
}

/**
 * Composes a spoken answer from the four CARL fields: each part phrased to be said aloud,
 * a fitting closing question, prompts for what is missing (a number in the result, length),
 * the STAR view of the same material, and the analysis of the composed answer.
 */
export function buildAnswer(input: BuildInput): BuiltAnswer {
  check(input);
  const bank = input.questionId
    ? findQuestion(input.questionId)
    : input.question
      ? findQuestion(matchQuestion(input.question).id ?? '')
      : undefined;
  if (input.questionId && !bank)
    throw new BuildInputError('questionId', `Unknown question id "${input.questionId}".`);

  const context = sentence(input.context);
  const action = asAction(input.action);
  const result = asResult(input.result);
  const learning = asLearning(input.learning);
  const closingQuestion =
    sentence(input.closingQuestion ?? '').replace(/[.!]+$/, '?') ||
    CLOSING_QUESTIONS[bank?.category ?? 'challenge'];

  const parts: BuiltAnswer['parts'] = [
    { part: 'context' as const, text: context },
    { part: 'action' as const, text: action },
    { part: 'result' as const, text: result },
    { part: 'learning' as const, text: learning },
    { part: 'question' as const, text: closingQuestion },
  ].filter((p) => p.text);
  const text = parts
    .map((p) => p.text)
    .join(' ')
    .slice(0, MAX_ANSWER_CHARS);
  const analysis = analyze(text, bank ? { questionId: bank.id } : {});

  const prompts: BuildPrompt[] = [];
  for (const field of BUILDER_FIELDS) {
    if (!input[field].trim()) prompts.push({ field, message: EMPTY[field] });
  }
  if (result && !parse(result).sentences.some((s) => s.quantities.some((q) => q.kind !== 'year'))) {
    prompts.push({
      field: 'result',
      message:
        'Add a number to the result: how much, how many, how fast? For example "orders shipped two days sooner" or "complaints fell from 12 a week to 3".',
    });
  }
  const seconds = analysis.stats.speakingSeconds;
  if (seconds < 60) {
    prompts.push({
      field: 'length',
      message: `About ${seconds} s aloud: add detail to the ${shortest(input)} so the answer runs 60-120 s.`,
    });
  } else if (seconds > 120) {
    prompts.push({
      field: 'length',
      message: `About ${seconds} s aloud: trim the ${longest(input)} so the answer stays under 120 s.`,
    });
  }

  const { situation, task } = splitTask(context);
  return {
    questionId: bank?.id ?? null,
    text,
    parts,
    star: {
      situation,
      task,
      action,
      result: [result, learning].filter(Boolean).join(' '),
    },
    closingQuestion,
    prompts,
    speakingSeconds: seconds,
    analysis,
  };
}

/** STAR's Situation and Task, from the context: the task starts at "my task was", "I had to"... */
function splitTask(context: string): { situation: string; task: string } {
  const match = TASK_CUES.exec(context);
  if (!match) return { situation: context, task: '' };
  let situation = context.slice(0, match.index).trim();
  // Drop the joint left behind: "..., and", "...; so".
  for (let before = ''; before !== situation;) {
    before = situation;
    situation = situation.replace(/(?:[,;]|\band|\bso|\bwhere)$/i, '').trim();
  }
  const task = sentence(context.slice(match.index));
  return { situation: situation && !/[.!?]$/.test(situation) ? `${situation}.` : situation, task };
}

const EMPTY: Record<BuilderField, string> = {
  context: 'Set the scene: your role, where, when, and what was at stake.',
  action: 'Say what you did, in two or three steps, with "I".',
  result: 'Say how it ended, with a number if you can.',
  learning: 'Say what it taught you, or what you do differently since.',
};

const byLength = (input: BuildInput): BuilderField[] =>
  [...BUILDER_FIELDS].sort((a, b) => input[a].trim().length - input[b].trim().length);
const shortest = (input: BuildInput): BuilderField => byLength(input)[0]!;
const longest = (input: BuildInput): BuilderField => byLength(input)[BUILDER_FIELDS.length - 1]!;
