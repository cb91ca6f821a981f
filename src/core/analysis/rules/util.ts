import { PhraseSet } from '../../text/phrases.ts';
import type { AnswerFacts, SentenceFacts } from '../facts.ts';
import type { Rule, RuleContext, RuleHandlers, Span } from '../types.ts';

/** Span of every match of a phrase list, sentence by sentence. */
export function matchesIn(set: PhraseSet, sentences: readonly SentenceFacts[]): Span[] {
  return sentences.flatMap(({ sentence: { words } }) =>
    set.find(words).map((m) => ({ start: words[m.from]!.start, end: words[m.to - 1]!.end })),
  );
}

export function anyIn(set: PhraseSet, facts: AnswerFacts): boolean {
  return facts.sentences.some((s) => set.has(s.sentence.words));
}

export const sentenceSpan = (s: SentenceFacts): Span => ({
  start: s.sentence.start,
  end: s.sentence.end,
});

export const firstSentence = (facts: AnswerFacts): Span =>
  facts.sentences[0]
    ? sentenceSpan(facts.sentences[0])
    : { start: 0, end: facts.parsed.text.length };

export const lastSentence = (facts: AnswerFacts): Span => {
  const last = facts.sentences[facts.sentences.length - 1];
  return last ? sentenceSpan(last) : { start: 0, end: facts.parsed.text.length };
};

export const wholeAnswer = (facts: AnswerFacts): Span => ({
  start: facts.sentences[0]?.sentence.start ?? 0,
  end: facts.sentences[facts.sentences.length - 1]?.sentence.end ?? facts.parsed.text.length,
});

export { PhraseSet };

/**
 * A question-specific rule that reports once when none of `words` appears in the answer.
 * Used by rules that check an answer covers what its question is really asking.
 */
export function requireWords(spec: {
  id: string;
  description: string;
  questions: readonly string[];
  words: readonly string[];
  weight: number;
  message: string;
}): Rule {
  const set = new PhraseSet(spec.words);
  return {
    id: spec.id,
    meta: {
      type: 'substance',
      description: spec.description,
      weight: spec.weight,
      appliesTo: { questions: spec.questions },
      messages: { missing: spec.message },
    },
    create: missingUnless((context) => anyIn(set, context.facts), wholeAnswer),
  };
}

/** A rule body that reports `missing` once, at `where`, unless `passes` holds. */
export function missingUnless(
  passes: (context: RuleContext) => boolean,
  where: (facts: AnswerFacts) => Span,
): Rule['create'] {
  return (context): RuleHandlers => ({
    answer() {
      if (!passes(context)) context.report({ messageId: 'missing', span: where(context.facts) });
    },
  });
}

/** A rule body that reports `messageId` at each span, quoting the words as {{text}}. */
export function quoteEach(
  messageId: string,
  spans: (context: RuleContext) => readonly Span[],
): Rule['create'] {
  return (context): RuleHandlers => ({
    answer() {
      for (const span of spans(context)) {
        context.report({
          messageId,
          data: { text: context.text.slice(span.start, span.end) },
          span,
        });
      }
    },
  });
}
