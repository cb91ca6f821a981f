import {
  MEASURE_NOUNS,
  NOT_SKILLS,
  POSTING_COMMON_WORDS,
  TERM_EDGE_WORDS,
  SCOPE_NOUNS,
  SKILL_CUES,
  TERM_MODIFIERS,
  TERM_STOPWORDS,
} from '../../data/tailor.ts';
import { NUMBER_WORDS as NUMBER_LIST } from '../../data/lexicon/grammar.ts';
import { ACTION_VERBS } from '../../data/lexicon/index.ts';
import { PhraseSet } from '../text/phrases.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import type { PostingSentence, PostingStructure, SectionKind } from './posting.ts';
import { leadingVerbs } from './duty.ts';
import { vocabularyMatcher, type SkillRef } from './skills.ts';

export interface Mention {
  start: number;
  end: number;
  section: SectionKind;
}

/** A skill of the posting, ranked by how central the posting makes it. */
export interface RankedSkill extends SkillRef {
  score: number;
  /** The job title names it. */
  inTitle: boolean;
  mentions: Mention[];
}

const SECTION_WEIGHT: Record<SectionKind, number> = {
  requirements: 3,
  responsibilities: 2.5,
  preferred: 1.5,
  intro: 1.5,
  other: 1.5,
  about: 0.5,
  benefits: 0,
  legal: 0,
  apply: 0,
};
const TITLE_BONUS = 4;
const cues = new PhraseSet(SKILL_CUES);
const STOP = new Set(TERM_STOPWORDS);
const MODIFIERS = new Set(TERM_MODIFIERS);
const NOT_SKILL = new Set(NOT_SKILLS);
const LIST_CUES = new Set(['using', 'including', 'like', 'e.g', 'eg']);
const MAX_TERM_WORDS = 4;
const MAX_REPEATED = 3;
const COMMON = new Set(POSTING_COMMON_WORDS);
const EDGE = new Set(TERM_EDGE_WORDS);
const VERB_BASES = new Set(ACTION_VERBS);
const ADJECTIVE = /(?:ed|ive|al|ous|ful|ic|ible|able|ary)$/;
const ORG_UNITS = new Set(['team', 'teams', 'department', 'group', 'function']);
/** Nouns that close a skill named before them: "documentation skills". */
const HEAD_NOUNS = new Set(['skills', 'experience', 'expertise', 'background', 'knowledge']);
const SCOPE = new Set(SCOPE_NOUNS);
const MEASURE = new Set(MEASURE_NOUNS);
/** Adverbs by their ending: "proactively", "verbally", "effectively". */
const ADVERB = /(?:ally|ively|ingly|edly|fully|ously|ently|antly|arly)$/;
const NUMBER_WORDS = new Set(NUMBER_LIST);
/** Words shaped like product names that are not skills: company suffixes, places. */
const NOT_NAMES = new Set(['inc', 'llc', 'ltd', 'usa', 'corp']);

/** A product or tool name by its shape: "HubSpot", "ZoomInfo", "NEC", "GTFS". */
function looksLikeName(t: Token): boolean {
  if (t.kind !== 'word' || t.text.length < 3) return false;
  if (/^[A-Z]{3,6}s?$/.test(t.text)) return true;
  return /^[A-Z][a-z]+[A-Z]/.test(t.text) || /^[a-z]+[A-Z]/.test(t.text);
}

/** Terms the posting itself names after "experience with", "knowledge of" and the like. */
function cueTerms(s: PostingSentence): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  const tokens = s.tokens;
  const wordIndex = new Map<Token, number>();
  s.words.forEach((w, i) => wordIndex.set(w, i));
  for (let wi = 0; wi < s.words.length; wi++) {
    const m = cues.longestAt(s.words, wi);
    if (!m) continue;
    let ti = tokens.indexOf(s.words[m.to - 1]!) + 1;
    let terms = 0;
    let from = -1;
    let count = 0;
    const close = (to: number): void => {
      if (from >= 0 && count > 0) out.push({ from, to });
      from = -1;
      count = 0;
    };
    for (; ti < tokens.length && terms < 4; ti++) {
      const t = tokens[ti]!;
      if (t.kind === 'punct') {
        if (t.text === '/' || t.text === '-' || t.text === '&') continue;
        close(ti);
        terms++;
        if (t.text !== ',') break;
        continue;
      }
      if (STOP.has(t.norm)) {
        close(ti);
        terms++;
        if (t.norm !== 'and' && t.norm !== 'or') break;
        continue;
      }
      if (from < 0 && (MODIFIERS.has(t.norm) || ADVERB.test(t.norm))) continue;
      if (from < 0) from = ti;
      count++;
      if (count > MAX_TERM_WORDS) {
        from = -1;
        count = 0;
        break;
      }
    }
    close(ti);
    wi = m.to - 1;
  }
  return out;
}

/** "phone handling skills", "account development and sales experience": the words before. */
function headTerms(s: PostingSentence): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  const tokens = s.tokens;
  for (let i = 1; i < tokens.length; i++) {
    if (!HEAD_NOUNS.has(tokens[i]!.norm)) continue;
    let j = i;
    // "product knowledge" is the skill itself; "sales experience" is "sales".
    let end = tokens[i]!.norm === 'knowledge' ? i + 1 : i;
    let words = 0;
    while (j > 0 && words < MAX_TERM_WORDS) {
      const t = tokens[j - 1]!;
      const split = t.norm === 'and' || t.norm === 'or' || t.text === ',';
      if (split) {
        if (end > j) out.push({ from: j, to: end });
        end = j - 1;
        words = 0;
        j--;
        continue;
      }
      if (
        t.kind !== 'word' ||
        STOP.has(t.norm) ||
        MODIFIERS.has(t.norm) ||
        ADVERB.test(t.norm) ||
        NOT_SKILL.has(t.norm)
      )
        break;
      words++;
      j--;
    }
    if (end > j) out.push({ from: j, to: end });
  }
  return out;
}

/** Names by their shape, and capitalised names in a list after "using", "including", "like". */
function nameTerms(s: PostingSentence): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  const tokens = s.tokens;
  let listOpen = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      if (t.text !== ',' && t.text !== '/' && t.text !== '(' && t.text !== ')') listOpen = false;
      continue;
    }
    if (LIST_CUES.has(t.norm)) {
      listOpen = true;
      continue;
    }
    const capital = /^[A-Z]/.test(t.text) && i > 0;
    if (looksLikeName(t) || (listOpen && capital)) {
      let j = i + 1;
      while (
        j < tokens.length &&
        j - i < 3 &&
        tokens[j]!.kind === 'word' &&
        /^[A-Z]/.test(tokens[j]!.text)
      )
        j++;
      out.push({ from: i, to: j });
      i = j - 1;
    } else if (t.norm !== 'and' && t.norm !== 'or' && !capital) listOpen = false;
  }
  return out;
}

const DUTY_SECTIONS = new Set<SectionKind>(['responsibilities', 'requirements', 'preferred']);
const DETERMINERS = new Set([
  'a',
  'all',
  'an',
  'any',
  'each',
  'every',
  'its',
  'our',
  'the',
  'their',
  'this',
  'these',
  'your',
]);
const MAX_BULLET_TERM_WORDS = 5;

/**
 * List items that are themselves a skill ("Wireframing", "Mobile UX design"), and the object
 * of a duty's verb ("Improving infrastructure monitoring" -> "infrastructure monitoring").
 */
function dutyTerms(s: PostingSentence, text: string): { from: number; to: number }[] {
  if (!DUTY_SECTIONS.has(s.section)) return [];
  const words = s.words;
  const verbs = leadingVerbs(words, text);
  if (verbs === 0) {
    if (!s.bullet || words.length > MAX_BULLET_TERM_WORDS) return [];
    let from = 0;
    while (from < words.length && MODIFIERS.has(words[from]!.norm)) from++;
    if (from >= words.length) return [];
    const i = s.tokens.indexOf(words[from]!);
    const j = s.tokens.indexOf(words[words.length - 1]!) + 1;
    // A list item with a clause in it is a sentence, not a skill.
    if (s.tokens.slice(i, j).some((t) => t.kind === 'punct' && /[,;:]/.test(t.text))) return [];
    if (words.slice(from).some((w) => STOP.has(w.norm) && w.norm !== 'and')) return [];
    return [{ from: i, to: j }];
  }
  return dutyObject(s, words, verbs);
}

/** The object of a duty's verbs, from word `from`: up to four plain words before a stop. */
function dutyObject(
  s: PostingSentence,
  words: readonly Token[],
  from: number,
): { from: number; to: number }[] {
  let k = from;
  while (k < words.length && DETERMINERS.has(words[k]!.norm)) k++;
  const first = words[k];
  if (!first) return [];
  let end = k;
  while (
    end < words.length &&
    end - k < MAX_TERM_WORDS &&
    !STOP.has(words[end]!.norm) &&
    !DETERMINERS.has(words[end]!.norm) &&
    !ADVERB.test(words[end]!.norm)
  ) {
    const prev = words[end - 1];
    // Punctuation between two words ends the object.
    if (end > k && prev && s.text.slice(prev.end - s.start, words[end]!.start - s.start).trim())
      break;
    end++;
  }
  if (end === k) return [];
  // "a high degree of professionalism": the skill is what follows "of".
  if (MEASURE.has(words[end - 1]!.norm) && words[end]?.norm === 'of')
    return dutyObject(s, words, end + 1);
  if (end - k < 2) return [];
  // "two junior engineers", "new patients": people the duty is for, not a skill.
  if (first.kind === 'number' || NUMBER_WORDS.has(first.norm) || SCOPE.has(words[end - 1]!.norm))
    return [];
  return [{ from: s.tokens.indexOf(first), to: s.tokens.indexOf(words[end - 1]!) + 1 }];
}

/**
 * A term made only of small words or numbers ("one", "more of") says nothing, and one that
 * starts or ends with a pronoun or an auxiliary ("You should have", "your role") is a clause.
 */
function meaningful(name: string): boolean {
  const words = name
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .split(/[\s/]+/);
  if (EDGE.has(words[0]!) || EDGE.has(words[words.length - 1]!)) return false;
  return words.some((w) => w.length >= 3 && !STOP.has(w) && !NOT_SKILL.has(w) && !/^\d/.test(w));
}

function termName(tokens: readonly Token[], from: number, to: number, text: string): string {
  const raw = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  return raw.replace(/\s+/g, ' ').trim();
}

/**
 * Every skill of the posting with its mentions and a score: the sections it appears in
 * (requirements and duties count most, the company blurb least, benefits and legal text not
 * at all), how often, and whether the title names it. Vocabulary skills and the posting's own
 * terms are ranked together.
 */
export function rankSkills(posting: PostingStructure, title: string | null): RankedSkill[] {
  const matcher = vocabularyMatcher();
  const byName = new Map<string, RankedSkill>();
  const add = (ref: SkillRef, mention?: Mention): RankedSkill => {
    const key = ref.name.toLowerCase();
    let skill = byName.get(key);
    if (!skill) {
      skill = { ...ref, score: 0, inTitle: false, mentions: [] };
      byName.set(key, skill);
    }
    if (mention) skill.mentions.push(mention);
    return skill;
  };
  for (const s of posting.sentences) {
    if (s.boilerplate || SECTION_WEIGHT[s.section] === 0) continue;
    // "the leadership team", "our customer service department": a unit, not a skill.
    const hits = matcher
      .find(s.tokens)
      .filter((h) => !(h.skill.kind === 'soft' && ORG_UNITS.has(s.tokens[h.to]?.norm ?? '')));
    for (const h of hits) add(h.skill, { start: h.start, end: h.end, section: s.section });
    const covered = (from: number, to: number): boolean =>
      hits.some((h) => h.from < to && h.to > from);
    const named = s.section === 'about' || s.section === 'intro' ? [] : nameTerms(s);
    for (const r of [...cueTerms(s), ...headTerms(s), ...named, ...dutyTerms(s, posting.text)]) {
      if (covered(r.from, r.to)) continue;
      const name = termName(s.tokens, r.from, r.to, posting.text).replace(/[.,;:]+$/, '');
      const lower = name.toLowerCase();
      if (NOT_SKILL.has(lower) || !meaningful(name) || NOT_NAMES.has(lower)) continue;
      add(
        { name, kind: 'term', field: null },
        { start: s.tokens[r.from]!.start, end: s.tokens[r.to - 1]!.end, section: s.section },
      );
    }
  }
  for (const [word, mentions] of repeatedWords(posting, byName)) {
    const skill = add({ name: word, kind: 'term', field: null });
    skill.mentions.push(...mentions);
  }
  for (const h of title ? matcher.find(tokensOf(title)) : []) add(h.skill).inTitle = true;
  const titleLower = title?.toLowerCase() ?? '';
  for (const [key, skill] of byName) {
    if (skill.kind === 'term' && titleLower.includes(key)) skill.inTitle = true;
    const weights = skill.mentions.map((m) => SECTION_WEIGHT[m.section]).sort((a, b) => b - a);
    let score = (weights[0] ?? 0) + 0.5 * weights.slice(1, 6).reduce((a, b) => a + b, 0);
    if (skill.inTitle) score += TITLE_BONUS;
    if (skill.kind === 'term' || skill.kind === 'soft') score *= 0.8;
    skill.score = Math.round(score * 100) / 100;
  }
  return [...byName.values()].sort(
    (a, b) => b.score - a.score || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  );
}

/**
 * Words the posting's duties and requirements repeat (three times or more, in two sentences or
 * more) that no skill found so far contains: "security" in a security engineer's posting.
 */
function repeatedWords(
  posting: PostingStructure,
  found: ReadonlyMap<string, RankedSkill>,
): [string, Mention[]][] {
  const seen = new Map<string, { mentions: Mention[]; sentences: Set<number> }>();
  posting.sentences.forEach((s, i) => {
    if (s.boilerplate || SECTION_WEIGHT[s.section] < 1.5) return;
    for (const w of s.words) {
      if (w.kind !== 'word' || w.norm.length < 5 || COMMON.has(w.norm) || STOP.has(w.norm))
        continue;
      if (ADVERB.test(w.norm) || NOT_SKILL.has(w.norm) || /^[A-Z]/.test(w.text)) continue;
      // Verbs and adjectives ("create", "massive", "technical") name no skill alone.
      if (EDGE.has(w.norm) || VERB_BASES.has(w.norm) || ADJECTIVE.test(w.norm)) continue;
      let entry = seen.get(w.norm);
      if (!entry) seen.set(w.norm, (entry = { mentions: [], sentences: new Set() }));
      entry.mentions.push({ start: w.start, end: w.end, section: s.section });
      entry.sentences.add(i);
    }
  });
  const names = [...found.keys()].map((k) => ` ${k} `);
  return [...seen]
    .filter(([, e]) => e.mentions.length >= 3 && e.sentences.size >= 2)
    .filter(
      ([word]) =>
        !names.some((n) => n.includes(` ${word} `) || n.includes(` ${word.replace(/s$/, '')} `)),
    )
    .sort((a, b) => b[1].mentions.length - a[1].mentions.length)
    .slice(0, MAX_REPEATED)
    .map(([word, e]) => [word, e.mentions]);
}

function tokensOf(text: string): Token[] {
  return tokenize(text).filter((t) => t.kind !== 'newline');
}
