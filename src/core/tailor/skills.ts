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

/** "machine learning" is also "machine-learning", and the last word may take a plural "s". */
function variants(keys: string[]): string[][] {
  const out = [keys];
  const last = keys[keys.length - 1] ?? '';
  if (/^[a-z]{3,}$/i.test(last) && !/s$/i.test(last)) out.push([...keys.slice(0, -1), `${last}s`]);
  if (keys.length > 1 && keys.every((k) => /^[\p{L}\d]+$/u.test(k))) out.push([keys.join('-')]);
  if (keys.length === 1 && last.includes('-')) out.push(last.split('-'));
  return out;
}

/** Forms by their joined token keys, and every prefix of them to stop a walk early. */
interface FormTable {
  forms: Map<string, SkillRef>;
  prefixes: Set<string>;
}

function addForm(table: FormTable, keys: readonly string[], ref: SkillRef): void {
  if (keys.length === 0) return;
  let key = '';
  for (const k of keys) {
    key = key ? `${key} ${k}` : k;
    table.prefixes.add(key);
  }
  if (!table.forms.has(key)) table.forms.set(key, ref);
}

/**
 * Finds skills in text: from each token, the longest form that starts there (leftmost-longest),
 * walking only while the words read so far begin some form. Case-insensitive forms and
 * exact-case forms ("Go", "R", "Excel") live in two tables.
 */
export class SkillMatcher {
  private readonly lower: FormTable = { forms: new Map(), prefixes: new Set() };
  private readonly exact: FormTable = { forms: new Map(), prefixes: new Set() };

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
    let best: { to: number; skill: SkillRef } | null = null;
    let key = '';
    for (let i = from; i < tokens.length; i++) {
      const t = tokens[i]!;
      key = i === from ? (exact ? t.text : t.norm) : `${key} ${exact ? t.text : t.norm}`;
      if (!table.prefixes.has(key)) break;
      const skill = table.forms.get(key);
      if (skill) best = { to: i + 1, skill };
    }
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
