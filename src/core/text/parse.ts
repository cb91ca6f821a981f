import { findQuantities, type Quantity } from './entities.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { tokenize, type Token } from './tokenize.ts';

export interface ParsedSentence extends Sentence {
  quantities: Quantity[];
}

/** The one parse of an answer that every rule reads. */
export interface ParsedText {
  text: string;
  tokens: Token[];
  words: Token[];
  sentences: ParsedSentence[];
}

export function parse(text: string): ParsedText {
  const tokens = tokenize(text);
  const words = tokens.filter((t) => t.kind === 'word' || t.kind === 'number');
  const sentences = splitSentences(tokens).map((s) => ({
    ...s,
    quantities: findQuantities(s.words, s.tokens),
  }));
  return { text, tokens, words, sentences };
}

export type { Token, Quantity };
