import { GENERIC_CLAIM_VERBS, GENERIC_TRAITS } from '../../../data/lexicon/index.ts';
import { findAction } from '../facts.ts';
import type { Rule } from '../types.ts';
import { PhraseSet } from './util.ts';

const traits = new PhraseSet(GENERIC_TRAITS);
const claimVerbs = new PhraseSet(GENERIC_CLAIM_VERBS);
const SELF = new PhraseSet([
  "i'm",
  'i am',
  'i consider myself',
  "i'd describe myself as",
  'i would describe myself as',
  "i'd say i'm",
  'people say i am',
  "people say i'm",
  'i see myself as',
]);
const EXAMPLE = new PhraseSet([
  'for example',
  'for instance',
  'such as when',
  'like when',
  'last year',
  'one time',
]);
const NEGATIONS = new Set(['not', 'never', "isn't", 'no']);
/** How many words after "I'm" a trait may come: "I'm a very hard worker". */
const REACH = 5;

export const noGenericClaims: Rule = {
  id: 'no-generic-claims',
  meta: {
    type: 'substance',
    description: 'Claims about yourself ("I\'m a hard worker") are backed by an example.',
    weight: 8,
    perFinding: 4,
    defaultOptions: { lookahead: 3 },
    messages: {
      unbacked:
        '"{{text}}" is something every candidate says. Prove it with one moment instead: "When two nurses called in sick, I covered both bays and still finished every chart before handover."',
    },
  },
  create(context) {
    const lookahead = Number(context.options.lookahead);
    const { sentences } = context.facts;
    return {
      sentence(s, index) {
        const words = s.sentence.words;
        const claims: { from: number; to: number }[] = claimVerbs.find(words);
        for (const self of SELF.find(words)) {
          for (let i = self.to; i < Math.min(words.length, self.to + REACH); i++) {
            if (NEGATIONS.has(words[i]!.norm)) break; // "I'm not a team player" claims nothing
            const trait = traits.longestAt(words, i);
            if (trait) {
              claims.push({ from: self.from, to: trait.to });
              break;
            }
          }
        }
        if (claims.length === 0) return;
        // Backed: an example nearby, before or after, or an action in the claim's own sentence
        // outside the claim itself ("I go the extra mile" is not its own evidence).
        const claimEnd = Math.max(...claims.map((c) => c.to));
        const nearby = [
          ...sentences.slice(Math.max(0, index - lookahead), index),
          ...sentences.slice(index + 1, index + 1 + lookahead),
        ];
        const backed =
          EXAMPLE.has(words) ||
          findAction(words, undefined, claimEnd) !== null ||
          nearby.some((n) => n.action || n.result);
        if (backed) return;
        for (const c of claims) {
          const span = { start: words[c.from]!.start, end: words[c.to - 1]!.end };
          context.report({
            messageId: 'unbacked',
            data: { text: context.text.slice(span.start, span.end) },
            span,
          });
        }
      },
    };
  },
};
