import { ACTION_VERBS } from '../../data/lexicon/index.ts';
import { IRREGULAR_PAST } from '../../data/tailor.ts';
import type { Token } from '../text/tokenize.ts';

const VERBS = new Set(ACTION_VERBS);
/** "Help us reduce", "help them grow": the pronoun belongs to the verbs. */
export const OBJECT_PRONOUNS = new Set(['us', 'them', 'others']);
const isVerb = (w: string): boolean => VERBS.has(w) || IRREGULAR_PAST[w] !== undefined;

/** The base form of a duty's verb: "Develop", "Builds", "Initiates", "Automating" -> develop, build, initiate, automate. */
export function baseVerb(word: string): string | null {
  const w = word.toLowerCase();
  if (isVerb(w)) return w;
  const candidates = [w.replace(/es$/, ''), w.replace(/s$/, '')];
  if (w.endsWith('ing') && w.length > 5) {
    const stem = w.slice(0, -3);
    candidates.push(stem, `${stem}e`, stem.replace(/(.)\1$/, '$1'));
  }
  return candidates.find((c) => c !== w && isVerb(c)) ?? null;
}

/**
 * How many words open a duty with its verbs ("Design", "Architecting and implementing",
 * "Assess, address or triage"): 0 when the duty does not start with a verb. `text` is what
 * the words' offsets point into.
 */
export function leadingVerbs(words: readonly Token[], text: string): number {
  if (!words[0] || !baseVerb(words[0].text)) return 0;
  let i = 1;
  for (;;) {
    const w = words[i];
    if (!w) return i;
    const joins = w.norm === 'and' || w.norm === 'or' || OBJECT_PRONOUNS.has(w.norm);
    if (joins && words[i + 1] && baseVerb(words[i + 1]!.text)) i += 2;
    else if (text.slice(words[i - 1]!.end, w.start).includes(',') && baseVerb(w.text)) i += 1;
    else return i;
  }
}
