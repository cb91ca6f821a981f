import * as GRAMMAR from '../../data/lexicon/grammar.ts';
import * as LEX from '../../data/lexicon/index.ts';
import type { Framework } from '../../data/bank/index.ts';
import { PhraseSet, type PhraseMatch } from '../text/phrases.ts';
import type { ParsedSentence, ParsedText, Quantity, Token } from '../text/parse.ts';
import { verbForms } from '../text/verbs.ts';
import type { Part, Span } from './types.ts';

/** What one sentence does, as read once by the analyzer and shared by every rule. */
export interface SentenceFacts {
  sentence: ParsedSentence;
  /** Span of the first personal action ("I set up weekly meetings"), if any. */
  action: Span | null;
  /** A collective action ("we launched"). */
  weAction: boolean;
  context: 'strong' | 'weak' | null;
  result: Span | null;
  learning: Span | null;
  /** The sentence tells of a past event (a story is being told). */
  pastEvent: boolean;
  /** Quantities that measure an outcome (not a team size, a year or "a year later"). */
  outcomeQuantities: Quantity[];
  part: Part;
  /** Character ranges inside quotation marks: reported speech. */
  quoted: Span[];
}

export interface AnswerFacts {
  parsed: ParsedText;
  framework: Framework;
  sentences: SentenceFacts[];
  english: boolean;
  /** Words in first-person singular and plural subject position. */
  iCount: number;
  weCount: number;
}

const sets = {
  adverbs: new Set(LEX.ADVERBS),
  intention: new Set(LEX.INTENTION_WORDS),
  stative: new Set(LEX.STATIVE_VERBS),
  english: new Set(LEX.ENGLISH_WORDS),
  resultVerbs: new Set(LEX.RESULT_VERBS),
  openers: new Set(LEX.QUESTION_OPENERS),
};
const ACTION = verbForms(LEX.ACTION_VERBS);
const TRAIT_PRESENT = new Set(GRAMMAR.TRAIT_PRESENT);
const STATIVE_ING = new Set(GRAMMAR.STATIVE_ING);

const I_SUBJECT = new Set(['i', "i've", "i'm"]);
const WE_SUBJECT = new Set(['we', "we've", "we're"]);

export const phrases = {
  context: new PhraseSet(LEX.CONTEXT_STRONG),
  contextWeak: new PhraseSet(LEX.CONTEXT_WEAK),
  result: new PhraseSet(LEX.RESULT_PHRASES),
  learning: new PhraseSet(LEX.LEARNING_PHRASES),
  invitation: new PhraseSet(LEX.INVITATION_PHRASES),
};

const span = (words: readonly Token[], from: number, to: number): Span => ({
  start: words[from]!.start,
  end: words[Math.max(from, to - 1)]!.end,
});

/** The index of the first word from `j` on that is not an adverb ("then", "quickly"). */
function skipAdverbs(words: readonly Token[], j: number): number {
  while (words[j] && sets.adverbs.has(words[j]!.norm)) j++;
  return j;
}

function isPast(word: string): boolean {
  if (ACTION.past.has(word)) return true;
  return word.length > 4 && word.endsWith('ed') && !sets.stative.has(word);
}

/**
 * A personal action: "I" (optionally "I have", "I am", "I was able to"), a few adverbs,
 * then a verb of action; or a bullet in an Action section that starts with one.
 */
export function findAction(
  words: readonly Token[],
  subject: ReadonlySet<string> = I_SUBJECT,
  from = 0,
): Span | null {
  for (let i = from; i < words.length; i++) {
    const w = words[i]!.norm;
    if (!subject.has(w)) continue;
    let j = i + 1;
    let progressive = w.endsWith("'m") || w === "we're";
    let perfect = w.endsWith("'ve");
    if (w.endsWith("'d") || w.endsWith("'ll")) continue;
    j = skipAdverbs(words, j);
    let v = words[j]?.norm;
    if (!v || sets.intention.has(v)) continue;
    if (v === 'am' || v === 'are' || v === 'was' || v === 'were') {
      j++;
      j = skipAdverbs(words, j);
      if (words[j]?.norm === 'able' && words[j + 1]?.norm === 'to') {
        j += 2;
        j = skipAdverbs(words, j);
        if (ACTION.present.has(words[j]?.norm ?? '')) return span(words, i, j + 1);
        continue;
      }
      progressive = true;
      v = words[j]?.norm;
    } else if (v === 'have' || v === 'has' || v === 'had') {
      j++;
      j = skipAdverbs(words, j);
      perfect = true;
      v = words[j]?.norm;
    }
    if (!v) continue;
    if (perfect && v === 'been') {
      j++;
      j = skipAdverbs(words, j);
      progressive = true;
      v = words[j]?.norm;
      if (!v) continue;
    }
    if (progressive) {
      if (ACTION.ing.has(v) || (v.endsWith('ing') && v.length > 5 && !STATIVE_ING.has(v))) {
        return span(words, i, j + 1);
      }
      continue;
    }
    if (isPast(v)) return span(words, i, j + 1);
    if (perfect) continue;
    if (ACTION.present.has(v) && !TRAIT_PRESENT.has(v)) return span(words, i, j + 1);
    // "I like to ask", "I make sure to check", "I started to", "I decided to".
    if ((v === 'like' || v === 'make' || v === 'always') && words[j + 1]) {
      const k = words[j + 1]!.norm === 'sure' ? j + 2 : j + 1;
      const after = words[k]?.norm === 'to' ? words[k + 1]?.norm : words[k]?.norm;
      if (after && ACTION.present.has(after)) return span(words, i, k + 2);
    }
  }
  return null;
}

function startsWithActionVerb(words: readonly Token[]): Span | null {
  let j = 0;
  while (words[j] && sets.adverbs.has(words[j]!.norm)) j++;
  const v = words[j]?.norm;
  if (!v) return null;
  if (ACTION.past.has(v) || (ACTION.present.has(v) && !TRAIT_PRESENT.has(v)) || isPast(v)) {
    return span(words, j, j + 1);
  }
  return null;
}

const NEGATIONS = new Set(GRAMMAR.NEGATIONS);

function firstMatch(
  set: PhraseSet,
  words: readonly Token[],
  negatable = false,
): PhraseMatch | null {
  for (const m of set.find(words)) {
    if (negatable) {
      const before = words[m.from - 1]?.norm ?? '';
      const before2 = words[m.from - 2]?.norm ?? '';
      if (NEGATIONS.has(before) || NEGATIONS.has(before2)) continue;
    }
    return m;
  }
  return null;
}

const FUTURE = new Set(GRAMMAR.FUTURE_MARKERS);
const HABITUAL = new Set(GRAMMAR.HABITUAL_MARKERS);

/** An outcome: a result phrase or a past-tense verb of change, not framed as a plan or a habit. */
const APPROXIMATELY = new Set(GRAMMAR.APPROXIMATELY);

/** The word before a quantity, skipping "about", "around"...; and its index. */
function wordBefore(words: readonly Token[], from: number): [string, number] {
  let i = from - 1;
  while (i >= 0 && APPROXIMATELY.has(words[i]!.norm)) i--;
  return [words[i]?.norm ?? '', Math.max(0, i)];
}

function findResult(words: readonly Token[], quantities?: readonly Quantity[]): Span | null {
  const guarded = (from: number): boolean => {
    // "we have since cut", "it has led to": a completed change, not a habit.
    let k = from - 1;
    while (k >= 0 && sets.adverbs.has(words[k]!.norm)) k--;
    const aux = words[k]?.norm;
    if ((aux === 'have' || aux === 'has') && !FUTURE.has(words[k - 1]?.norm ?? '')) return false;
    for (let j = Math.max(0, from - 6); j < from; j++) {
      const w = words[j]!.norm;
      if (FUTURE.has(w) || HABITUAL.has(w)) return true;
    }
    return false;
  };
  for (const m of phrases.result.find(words)) {
    if (!guarded(m.from)) return span(words, m.from, m.to);
  }
  if (quantities) {
    for (const q of quantities) {
      const [before, at] = wordBefore(words, q.from);
      const measured =
        q.kind === 'percent' ||
        q.kind === 'money' ||
        q.kind === 'multiplier' ||
        q.kind === 'fraction';
      // "went from 58% to 71%", "down by 25%", "up 30%", "back within 40 minutes":
      // a measured change is an outcome.
      const change =
        (before === 'from' &&
          quantities.some((r) => r.from > q.to && wordBefore(words, r.from)[0] === 'to')) ||
        (measured && (before === 'by' || before === 'up' || before === 'down')) ||
        (q.kind === 'duration' && before === 'within' && at > 0);
      if (change && !guarded(q.from)) return span(words, at, q.to);
    }
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.norm;
    if (!sets.resultVerbs.has(w)) continue;
    const prev = words[i - 1]?.norm ?? '';
    if (prev === 'to' || prev === 'be') continue;
    if (w === 'reached' && words[i + 1]?.norm === 'out') continue; // "reached out" is an action
    if (guarded(i)) continue;
    return span(words, i, i + 1);
  }
  return null;
}

const SETTING_NOUNS = new Set(GRAMMAR.SETTING_NOUNS);
const NOT_OUTCOME_AFTER = new Set(GRAMMAR.NOT_OUTCOME_AFTER);

function outcomeQuantities(s: ParsedSentence): Quantity[] {
  return s.quantities.filter((q) => {
    if (q.kind === 'year') return false;
    const before = s.words[q.from - 1]?.norm ?? '';
    const before2 = s.words[q.from - 2]?.norm ?? '';
    const after = s.words[q.to]?.norm ?? '';
    if (before === 'of' && SETTING_NOUNS.has(before2)) return false;
    if (q.kind === 'duration' && NOT_OUTCOME_AFTER.has(after)) return false;
    if (after === 'of' && s.words[q.to + 1]?.norm === 'experience') return false;
    if (
      (before === 'had' || before === 'for' || before === 'have') &&
      q.kind !== 'percent' &&
      q.kind !== 'money'
    ) {
      return false;
    }
    return true;
  });
}

function quotedSpans(s: ParsedSentence): Span[] {
  const out: Span[] = [];
  // Double and single quotation marks pair separately; an apostrophe inside a word is no quote.
  const open: Record<'double' | 'single', number | null> = { double: null, single: null };
  for (const t of s.tokens) {
    const kind = DOUBLE_QUOTES.has(t.text) ? 'double' : SINGLE_QUOTES.has(t.text) ? 'single' : null;
    if (!kind) continue;
    const start = open[kind];
    if (start === null && t.text !== '\u201d' && t.text !== '\u2019') open[kind] = t.start;
    else if (start !== null) {
      out.push({ start, end: t.end });
      open[kind] = null;
    }
  }
  return out;
}
const DOUBLE_QUOTES = new Set(['"', '\u201c', '\u201d']);
const SINGLE_QUOTES = new Set(["'", '\u2018', '\u2019']);

const NOT_PLACES = new Set(GRAMMAR.NOT_PLACES);

/** "at my store", "At a logistics firm, ...": the speaker names a workplace. */
function namesWorkplace(words: readonly Token[]): boolean {
  const first = words[0]?.norm;
  if (
    (first === 'at' || first === 'in') &&
    (words[1]?.norm === 'a' || words[1]?.norm === 'an') &&
    words.length > 6
  ) {
    return true;
  }
  for (let i = 0; i + 2 < words.length; i++) {
    if (
      words[i]!.norm === 'at' &&
      words[i + 1]!.norm === 'my' &&
      !NOT_PLACES.has(words[i + 2]!.norm)
    )
      return true;
  }
  return false;
}

/** A past event in the sentence, not a present perfect ("I have found") or a state ("I felt"). */
export function hasPastEvent(words: readonly Token[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.norm;
    if (!(ACTION.past.has(w) || sets.resultVerbs.has(w) || isPast(w))) continue;
    if (w.includes('-')) continue; // "detail-oriented", "well-managed"
    const prev = words[i - 1]?.norm ?? '';
    const prev2 = words[i - 2]?.norm ?? '';
    if (PERFECT.has(prev) || PERFECT.has(prev2) || prev === 'to') continue;
    // "I'm excited", "stay organized": a state, not an event.
    if (STATE_BEFORE.has(prev)) continue;
    return true;
  }
  return false;
}
const STATE_BEFORE = new Set(GRAMMAR.STATE_BEFORE);
const PERFECT = new Set(GRAMMAR.PERFECT_MARKERS);

const SELF_QUESTION = /^(?:so\s+)?(?:what|why|how)\s+(?:did|do|does|was|is)\s+(?:i|it|this|that)\b/;

/** The last sentence asks the interviewer something (not a rhetorical question to oneself). */
export function isClosingQuestion(s: SentenceFacts): boolean {
  const words = s.sentence.words;
  const lower = words.map((w) => w.norm).join(' ');
  if (phrases.invitation.has(words)) return true;
  if (!s.sentence.isQuestion) return false;
  if (words.length <= 2) return false;
  // A question reported in quotes ("She asked, 'Can we ship?'") is not put to the interviewer.
  const mark = s.sentence.tokens.findLast((t) => t.text === '?');
  if (mark && s.quoted.some((q) => mark.start >= q.start && mark.start < q.end)) return false;
  // A short question to oneself ("What did I learn?", "Why does this matter?") is rhetorical.
  const rhetorical = words.length <= 6 && SELF_QUESTION.test(lower);
  return !rhetorical || /\byou|\byour|\bhere\b|\bteam\b/.test(lower);
}

export function sentenceFacts(s: ParsedSentence): SentenceFacts {
  const words = s.words;
  let action = findAction(words, I_SUBJECT);
  if (!action && s.section === 'action') action = startsWithActionVerb(words);
  const weAction = findAction(words, WE_SUBJECT) !== null;
  const learningMatch = firstMatch(phrases.learning, words, true);
  const learning = learningMatch
    ? span(words, learningMatch.from, learningMatch.to)
    : s.section === 'learning' && words.length >= 3
      ? span(words, 0, words.length)
      : null;
  let result = findResult(words, s.quantities);
  const contentWords = words.length >= 3;
  if (!result && s.section === 'result' && contentWords && !learning)
    result = span(words, 0, words.length);
  let context: SentenceFacts['context'] = null;
  if (
    phrases.context.has(words) ||
    s.quantities.some((q) => q.kind === 'year') ||
    namesWorkplace(words)
  ) {
    context = 'strong';
  } else if (s.section === 'context' && contentWords) context = 'strong';
  else if (phrases.contextWeak.has(words)) context = 'weak';
  const facts: SentenceFacts = {
    sentence: s,
    action,
    weAction,
    context,
    result,
    learning,
    outcomeQuantities: result ? outcomeQuantities(s) : [],
    pastEvent: !s.isQuestion && hasPastEvent(words),
    part: 'other',
    quoted: quotedSpans(s),
  };
  facts.part = s.isQuestion
    ? 'question'
    : learning
      ? 'learning'
      : result
        ? 'result'
        : action || weAction
          ? 'action'
          : context || s.section === 'context'
            ? 'context'
            : (s.section ?? 'other');
  return facts;
}

/** Few of the words are everyday English words, or most letters are of another script. */
export function looksEnglish(parsed: ParsedText): boolean {
  const words = parsed.words.filter((w) => w.kind === 'word');
  if (words.length === 0) return true;
  let latin = 0;
  let letters = 0;
  for (const w of words) {
    for (const ch of w.text) {
      letters++;
      if (/[a-zA-Z\u00c0-\u024f]/.test(ch)) latin++;
    }
  }
  if (letters > 0 && latin / letters < 0.5) return false;
  // Names and acronyms (a list of tools, "Python, SQL, AWS") tell nothing about the language.
  const plain = words.filter(
    (w) => w.text === w.norm || sets.english.has(w.norm) || !/^\p{Lu}/u.test(w.text),
  );
  if (plain.length < 6) return true;
  const common = plain.filter((w) => sets.english.has(w.norm)).length;
  return common / plain.length >= 0.15;
}

/**
 * In a story told in the past, a past event after your first action that is not itself
 * your action ("The mechanic found a leaking brake line.") reports what came of it.
 */
function inferStoryResult(sentences: SentenceFacts[]): void {
  if (sentences.some((s) => s.result)) return;
  const firstAction = sentences.findIndex((s) => s.action);
  if (firstAction < 0) return;
  for (let i = sentences.length - 1; i > firstAction; i--) {
    const s = sentences[i]!;
    const aboutInterviewer = s.sentence.words.some((w) => w.norm === 'you' || w.norm === 'your');
    if (s.pastEvent && !s.action && !s.learning && !s.sentence.isQuestion && !aboutInterviewer) {
      s.result = { start: s.sentence.start, end: s.sentence.end };
      s.outcomeQuantities = outcomeQuantities(s.sentence);
      if (s.part === 'other' || s.part === 'context' || s.part === 'action') s.part = 'result';
      return;
    }
  }
}

export function answerFacts(parsed: ParsedText, framework: Framework): AnswerFacts {
  const sentences = parsed.sentences.map(sentenceFacts);
  if (framework === 'carl') inferStoryResult(sentences);
  let iCount = 0;
  let weCount = 0;
  for (const w of parsed.words) {
    if (w.norm === 'i' || w.norm.startsWith("i'")) iCount++;
    else if (w.norm === 'we' || w.norm.startsWith("we'")) weCount++;
  }
  return { parsed, framework, sentences, english: looksEnglish(parsed), iCount, weCount };
}

export { sets as lexiconSets };
