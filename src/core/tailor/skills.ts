import type { SkillEntry, SkillField, SkillKind } from '../../data/skills/types.ts';
import { SKILLS } from '../../data/skills/index.ts';
import { NOT_VERB_FORMS } from '../../data/tailor.ts';
import { tokenize, type Token } from '../text/tokenize.ts';

/** A skill as the tailoring reports it: from the vocabulary, or a term of the posting's own. */
export interface SkillRef {
  name: string;
  kind: SkillKind | 'term';
  field: SkillField | null;
}

export interface SkillHit {
  skill: SkillRef;
  /** Token indices, end exclusive. */
  from: number;
  to: number;
  start: number;
  end: number;
}

const PLAIN = /^[a-z]+(?:['-][a-z]+)*(?: [a-z]+(?:['-][a-z]+)*)*$/;

/** Token keys of a phrase: lower-case norms, or the text as written for exact forms. */
export function phraseKeys(phrase: string, exact = false): string[] {
  // Most forms are plain lower-case words: split them without the tokenizer (the same result).
  if (!exact) {
    const lower = phrase.toLowerCase();
    if (PLAIN.test(lower)) return lower.split(' ');
  }
  return tokenize(phrase)
    .filter((t) => t.kind !== 'newline')
    .map((t) => (exact ? t.text : t.norm));
}

/** "machine learning" is also "machine-learning" (the plural "s" is matched in `longest`). */
function variants(keys: string[]): string[][] {
  const out = [keys];
  const last = keys[keys.length - 1] ?? '';
  if (keys.length > 1 && keys.every((k) => /^[\p{L}\d]+$/u.test(k))) out.push([keys.join('-')]);
  if (keys.length === 1 && last.includes('-')) out.push(last.split('-'));
  return out;
}

const NO_FORMS: readonly { rest: readonly string[]; skill: SkillRef }[] = [];

/** `word` is `base` with a plural "s" (base: three or more letters, not ending in "s"). */
const plural = (word: string, base: string): boolean =>
  word.length === base.length + 1 &&
  word.endsWith('s') &&
  word.startsWith(base) &&
  /^[a-z]{3,}$/.test(base) &&
  !base.endsWith('s');

/** Forms by their first token key; each entry holds the rest of its keys. */
type FormTable = Map<string, { rest: readonly string[]; skill: SkillRef }[]>;

function addForm(table: FormTable, keys: readonly string[], skill: SkillRef): void {
  const [first, ...rest] = keys;
  if (first === undefined) return;
  const list = table.get(first);
  // A repeated form keeps its first skill: a later one never wins a tie in `longest`.
  if (!list) table.set(first, [{ rest, skill }]);
  else list.push({ rest, skill });
}

/**
 * Finds skills in text: from each token, the longest form that starts there (leftmost-longest),
 * looking only at the forms that begin with that token. Case-insensitive forms and exact-case
 * forms ("Go", "R", "Excel") live in two tables.
 */
export class SkillMatcher {
  private readonly lower: FormTable = new Map();
  private readonly exact: FormTable = new Map();

  constructor(
    entries: readonly { ref: SkillRef; forms: readonly string[]; exact?: readonly string[] }[],
  ) {
    for (const { ref, forms, exact } of entries) {
      for (const form of forms)
        for (const keys of variants(phraseKeys(form))) addForm(this.lower, keys, ref);
      for (const form of exact ?? []) addForm(this.exact, phraseKeys(form, true), ref);
    }
  }

  private longest(
    table: FormTable,
    tokens: readonly Token[],
    from: number,
    exact: boolean,
  ): { to: number; skill: SkillRef } | null {
    const first = tokens[from]!;
    const key = exact ? first.text : first.norm;
    let best: { to: number; skill: SkillRef } | null = null;
    for (const { rest, skill } of table.get(key) ?? NO_FORMS) {
      if (best && rest.length + 1 <= best.to - from) continue;
      let k = 0;
      while (k < rest.length) {
        const t = tokens[from + 1 + k];
        if (!t) break;
        const word = exact ? t.text : t.norm;
        // The last word may take a plural "s": "rest api" matches "REST APIs".
        const last = k === rest.length - 1 && !exact && plural(word, rest[k]!);
        if (word !== rest[k] && !last) break;
        k++;
      }
      if (k === rest.length) best = { to: from + 1 + k, skill };
    }
    // A one-word form in the plural: "APIs", "wireframes".
    if (!best && !exact && key.endsWith('s'))
      for (const { rest, skill } of table.get(key.slice(0, -1)) ?? NO_FORMS)
        if (rest.length === 0 && plural(key, key.slice(0, -1))) return { to: from + 1, skill };
    return best;
  }

  /** Non-overlapping skills in `tokens` (words and punctuation, no line breaks). */
  find(tokens: readonly Token[]): SkillHit[] {
    const hits: SkillHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const a = this.longest(this.lower, tokens, i, false);
      const b = this.longest(this.exact, tokens, i, true);
      const m = a && b ? (b.to > a.to ? b : a) : (a ?? b);
      if (!m) continue;
      const last = tokens[m.to - 1]!;
      const after = tokens[m.to];
      // "C" must not match the start of "C++" or "C#".
      if (after && after.start === last.end && after.kind === 'punct' && /[+#]/.test(after.text))
        continue;
      hits.push({ skill: m.skill, from: i, to: m.to, start: t.start, end: last.end });
      i = m.to - 1;
    }
    return hits;
  }
}

function entryRef(e: SkillEntry): SkillRef {
  return { name: e.name, kind: e.kind, field: e.field };
}

const NOT_DERIVED = new Set(NOT_VERB_FORMS);

/**
 * A one-word competency named by its -ing form is also asked for by its verb:
 * "Mentoring" by "mentor new hires", "Forecasting" by "forecast demand".
 */
export function verbFormsOf(e: SkillEntry): string[] {
  const name = e.name.toLowerCase();
  if (e.kind === 'tool' || e.exact || !/^[a-z]+ing$/.test(name) || name.length < 7) return [];
  const stem = name.slice(0, -3);
  const bases = [stem.replace(/(.)\1$/, '$1')];
  if (!/[aeiouy]$/.test(stem)) bases.push(`${stem}e`);
  return bases
    .filter((b) => b.length >= 4 && !NOT_DERIVED.has(b))
    .flatMap((b) => [b, b.endsWith('e') ? `${b}d` : `${b}ed`]);
}

let vocabulary: SkillMatcher | null = null;

/** The matcher over the shipped skills vocabulary, compiled on first use. */
export function vocabularyMatcher(): SkillMatcher {
  vocabulary ??= new SkillMatcher(
    SKILLS.map((e) => ({
      ref: entryRef(e),
      forms: e.exact ? e.aliases : [e.name, ...e.aliases, ...verbFormsOf(e)],
      exact: e.exact,
    })),
  );
  return vocabulary;
}
