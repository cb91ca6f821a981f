import * as GRAMMAR from '../../data/lexicon/grammar.ts';
import * as LEX from '../../data/lexicon/index.ts';
import { PhraseSet } from '../text/phrases.ts';
import type { Token } from '../text/tokenize.ts';
import { isClosingQuestion, type AnswerFacts, type SentenceFacts } from './facts.ts';
import type { Checks, Derived, Span } from './types.ts';

const lists = {
  blameTerms: new PhraseSet(LEX.BLAME_TERMS),
  blameStrong: new PhraseSet(LEX.BLAME_STRONG),
  disguised: new PhraseSet(LEX.DISGUISED_STRENGTHS),
  compensation: new PhraseSet(LEX.WEAKNESS_COMPENSATION),
  improvement: new PhraseSet(LEX.WEAKNESS_IMPROVEMENT),
  weaknessCues: new PhraseSet(LEX.WEAKNESS_CUES),
  fillers: new PhraseSet(LEX.FILLERS),
  hedges: new PhraseSet(LEX.HEDGES),
};
const TARGETS = new Set(LEX.BLAME_TARGETS);
const FAILING = new Set(GRAMMAR.FAILING_ADVERBS);
const COURTESY = new Set(GRAMMAR.COURTESY_WORDS);
const SUPPORT = new Set(GRAMMAR.SUPPORT_VERBS);
const CONNECTORS = new Set(GRAMMAR.REMEDY_CONNECTORS);
const PRONOUNS = new Set(GRAMMAR.PRONOUN_TARGETS);
const DETERMINERS = new Set(GRAMMAR.DETERMINERS);

const spanOf = (words: readonly Token[], from: number, to: number): Span => ({
  start: words[from]!.start,
  end: words[to - 1]!.end,
});
const inside = (spans: readonly Span[], at: number): boolean =>
  spans.some((q) => at >= q.start && at < q.end);

function blameIn(s: SentenceFacts): Span[] {
  const words = s.sentence.words;
  const out: Span[] = [];
  for (const m of lists.blameStrong.find(words)) {
    if (!inside(s.quoted, words[m.from]!.start)) out.push(spanOf(words, m.from, m.to));
  }
  if (out.length > 0) return out;
  const target = words.some(
    (w) => !inside(s.quoted, w.start) && (TARGETS.has(w.norm) || PRONOUNS.has(w.norm)),
  );
  if (!target) return out;
  for (const m of lists.blameTerms.find(words)) {
    if (!inside(s.quoted, words[m.from]!.start)) out.push(spanOf(words, m.from, m.to));
  }
  // "leadership never listened", "they wouldn't let anyone": someone's habitual failing.
  if (out.length === 0) {
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (!(TARGETS.has(w.norm) || PRONOUNS.has(w.norm)) || inside(s.quoted, w.start)) continue;
      for (let j = i + 1; j <= i + 2 && j + 1 < words.length; j++) {
        // ...followed by something people owe each other: "never listened", "wouldn't help".
        if (FAILING.has(words[j]!.norm) && SUPPORT.has(words[j + 1]!.norm)) {
          out.push(spanOf(words, i, j + 2));
          return out;
        }
      }
    }
  }
  return out;
}

function allMatches(set: PhraseSet, sentences: readonly SentenceFacts[]): Span[] {
  return sentences.flatMap((s) =>
    set.find(s.sentence.words).map((m) => spanOf(s.sentence.words, m.from, m.to)),
  );
}

/**
 * First match of `set` at or after each sentence's `startAt` word, skipping any that a phrase
 * of `unless` announces as only a plan.
 */
function firstIn(
  set: PhraseSet,
  sentences: readonly SentenceFacts[],
  startAt: (s: SentenceFacts, i: number) => number = () => 0,
  unless?: PhraseSet,
): Span | null {
  for (const [i, s] of sentences.entries()) {
    const words = s.sentence.words;
    const from = startAt(s, i);
    const plans = unless ? unless.find(words) : [];
    for (const m of set.find(words)) {
      if (m.from < from) continue;
      if (plans.some((p) => p.to <= m.from && m.from - p.to <= 4)) continue;
      return spanOf(words, m.from, m.to);
    }
  }
  return null;
}

/** "I'm thinking about asking for training": an intention, not yet an effort. */
const INTENTION = new PhraseSet([
  'thinking about',
  'thinking of',
  'planning to',
  'plan to',
  'want to',
  'would like to',
  "i'd like to",
  'hope to',
  'hoping to',
  'might',
  'may',
  'someday',
  'at some point',
  'considering',
]);

const ASKING = new Set(GRAMMAR.ASKING_WORDS);

function fillersIn(sentences: readonly SentenceFacts[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    const words = s.sentence.words;
    for (const m of lists.fillers.find(words)) {
      if (words[m.from]!.norm === 'you' && ASKING.has(words[m.from - 1]?.norm ?? '')) continue;
      out.push(spanOf(words, m.from, m.to));
    }
  }
  return out;
}

function hedgesIn(sentences: readonly SentenceFacts[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    const words = s.sentence.words;
    for (const m of lists.hedges.find(words)) {
      const first = words[m.from]!.norm;
      if ((first === 'kind' || first === 'sort') && DETERMINERS.has(words[m.from - 1]?.norm ?? ''))
        continue;
      // "just" as a minimiser, not "just in time" or "justice".
      if (
        first === 'just' &&
        ['in', 'as', 'like', 'before', 'after'].includes(words[m.to]?.norm ?? '')
      )
        continue;
      out.push(spanOf(words, m.from, m.to));
    }
  }
  return out;
}

/** Sentences of past events that make an answer a story set in a concrete situation. */
const STORY_SENTENCES = 2;

/** Computes the ten checks and the spans the rules point at. */
export function derive(facts: AnswerFacts): Derived {
  const { sentences } = facts;
  const weakContext = sentences.filter((s) => s.context === 'weak').length;
  const blame = sentences.flatMap(blameIn);
  const result = sentences.some((s) => s.result !== null);
  // The closing question may be followed by a courtesy: "...from the start? Thank you."
  const last = sentences.findLast((s) => !s.sentence.words.every((w) => COURTESY.has(w.norm)));

  const isWeakness = facts.framework === 'weakness';
  const disguised = isWeakness ? allMatches(lists.disguised, sentences) : [];
  // Mechanisms are looked for after the sentence that names the weakness ("My weakness is
  // delegating" names a weakness, it does not compensate for one).
  const statement = sentences.findIndex((s) => lists.weaknessCues.has(s.sentence.words));
  // In the naming sentence itself, only what follows "so", "which is why", "to"... is a remedy.
  const startAt = (s: SentenceFacts, i: number): number => {
    if (sentences.length === 1 || i !== statement) return 0;
    const k = s.sentence.words.findIndex((w) => CONNECTORS.has(w.norm));
    return k < 0 ? Infinity : k;
  };
  const compensation = isWeakness ? firstIn(lists.compensation, sentences, startAt) : null;
  const improvement = isWeakness ? firstIn(lists.improvement, sentences, startAt, INTENTION) : null;
  const named =
    isWeakness &&
    disguised.length === 0 &&
    (firstIn(lists.weaknessCues, sentences) !== null || facts.parsed.words.length >= 6);

  const checks: Checks = {
    // A situation: a strong cue, two weak ones, or a story told in the past tense.
    context:
      sentences.some((s) => s.context === 'strong') ||
      weakContext >= 2 ||
      sentences.filter((s) => s.pastEvent).length >= STORY_SENTENCES,
    action: sentences.some((s) => s.action !== null),
    result,
    quantified: result && sentences.some((s) => s.outcomeQuantities.length > 0),
    learning: sentences.some((s) => s.learning !== null),
    followUpQuestion: last ? isClosingQuestion(last) : false,
    blame: blame.length > 0,
    weaknessNamed: isWeakness ? named : null,
    weaknessCompensation: isWeakness ? compensation !== null : null,
    weaknessImprovement: isWeakness ? improvement !== null : null,
  };
  return {
    checks,
    blame,
    weakness: { disguised, compensation, improvement },
    fillers: fillersIn(sentences),
    hedges: hedgesIn(sentences),
  };
}
