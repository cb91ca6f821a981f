import * as GRAMMAR from '../../data/lexicon/grammar.ts';
import type { Token } from './tokenize.ts';

export type QuantityKind =
  'percent' | 'money' | 'duration' | 'multiplier' | 'fraction' | 'count' | 'year';

/** A number, money amount, percentage, duration or multiplier found in a sentence. */
export interface Quantity {
  kind: QuantityKind;
  /** Word indices within the sentence, end exclusive. */
  from: number;
  to: number;
  start: number;
  end: number;
}

const NUMBER_WORDS = new Set(GRAMMAR.NUMBER_WORDS);
const MULTIPLIER_WORDS = new Set(GRAMMAR.MULTIPLIER_WORDS);
const TIME_UNITS = new Set(GRAMMAR.TIME_UNITS);
const FRACTIONS = new Set(GRAMMAR.FRACTIONS);
const FRACTION_COUNTS = new Set(GRAMMAR.FRACTION_COUNTS);
const UNIT_MODIFIERS = new Set(GRAMMAR.UNIT_MODIFIERS);
const MONEY_WORDS = new Set(GRAMMAR.MONEY_WORDS);
const CURRENCY_CODES = new Set(GRAMMAR.CURRENCY_CODES);
const CURRENCY_SIGNS = new Set(['$', '\u20ac', '\u00a3', '\u00a5']);

/**
 * Finds quantities among a sentence's words. `tokens` are all the sentence's tokens
 * (for % and currency signs, which are punctuation); `words` its words.
 */
export function findQuantities(words: readonly Token[], tokens: readonly Token[]): Quantity[] {
  const out: Quantity[] = [];
  // Where the current word sits among the tokens: words come in token order, so the search
  // only moves forward (linear in the sentence, with no map built for every sentence).
  let at = 0;
  const indexOf = (w: Token, from: number): number => {
    let k = from;
    while (k < tokens.length && tokens[k] !== w) k++;
    return k;
  };
  const push = (kind: QuantityKind, from: number, to: number, startTok = words[from]!): void => {
    out.push({ kind, from, to, start: startTok.start, end: words[to - 1]!.end });
  };

  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    // "five-star", "two-week": a number word opening a compound.
    const head = w.norm.includes('-') ? w.norm.slice(0, w.norm.indexOf('-')) : '';
    if (head && NUMBER_WORDS.has(head)) {
      const tail = w.norm.slice(head.length + 1);
      out.push({
        kind: TIME_UNITS.has(tail) ? 'duration' : 'count',
        from: i,
        to: i + 1,
        start: w.start,
        end: w.end,
      });
      continue;
    }
    const isNumber = w.kind === 'number' || NUMBER_WORDS.has(w.norm);
    if (MULTIPLIER_WORDS.has(w.norm)) {
      push('multiplier', i, i + 1);
      continue;
    }
    // "a third", "two thirds", "a fifth": a share of something.
    if (FRACTIONS.has(w.norm) && i > 0 && FRACTION_COUNTS.has(words[i - 1]!.norm)) {
      out.push({
        kind: 'fraction',
        from: i - 1,
        to: i + 1,
        start: words[i - 1]!.start,
        end: w.end,
      });
      continue;
    }
    if (!isNumber) {
      // "a week early", "an hour a day": a single unit counts as one.
      if ((w.norm === 'a' || w.norm === 'an') && next && TIME_UNITS.has(next.norm)) {
        push('duration', i, i + 2);
        i++;
      }
      continue;
    }
    let to = i + 1;
    // Absorb a run of number words: "two hundred", "1.5 million".
    while (words[to] && NUMBER_WORDS.has(words[to]!.norm)) to++;
    at = indexOf(w, at);
    const before = tokens[at - 1];
    const after = tokens[indexOf(words[to - 1]!, at) + 1];
    // "one more day", "two full weeks": a unit may follow one modifier.
    const skip = words[to] && UNIT_MODIFIERS.has(words[to]!.norm) ? 1 : 0;
    const unit = words[to + skip];
    if (w.norm === 'one' && !(unit && TIME_UNITS.has(unit.norm))) continue;
    if (
      after?.text === '%' ||
      unit?.norm === 'percent' ||
      (unit?.norm === 'per' && words[to + 1]?.norm === 'cent')
    ) {
      push('percent', i, unit?.norm === 'percent' ? to + 1 : to);
      if (after?.text === '%') out[out.length - 1]!.end = after.end;
    } else if (before && CURRENCY_SIGNS.has(before.text)) {
      push('money', i, unit && MONEY_WORDS.has(unit.norm) ? to + 1 : to, before);
    } else if (i > 0 && CURRENCY_CODES.has(words[i - 1]!.norm)) {
      // "EUR 4,000": the code belongs to the amount.
      push('money', i, unit && MONEY_WORDS.has(unit.norm) ? to + 1 : to, words[i - 1]);
      out[out.length - 1]!.from = i - 1;
    } else if (unit && MONEY_WORDS.has(unit.norm) && unit.norm !== 'm' && unit.norm !== 'k') {
      push('money', i, to + 1);
    } else if (unit && TIME_UNITS.has(unit.norm)) {
      push('duration', i, to + skip + 1);
    } else if (unit && (unit.norm === 'times' || unit.norm === 'x' || unit.norm === 'fold')) {
      push('multiplier', i, to + 1);
    } else if (w.kind === 'number' && /^(19|20)\d\d$/.test(w.norm) && to === i + 1) {
      push('year', i, to);
    } else if (w.kind === 'number' && /^\d+x$/.test(w.norm)) {
      push('multiplier', i, to);
    } else {
      push('count', i, to);
    }
    i = Math.max(i, out[out.length - 1]!.to - 1);
  }
  return out;
}
