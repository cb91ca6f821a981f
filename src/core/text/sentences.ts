import type { Token } from './tokenize.ts';

/** The CARL/STAR part a heading or marker announces ("Situation:", "(A)", "Learnings -"). */
export type Section = 'context' | 'action' | 'result' | 'learning';

export interface Sentence {
  start: number;
  end: number;
  /** Word and number tokens of the sentence, in order (punctuation left out). */
  words: Token[];
  /** All tokens, punctuation included. */
  tokens: Token[];
  /** Ends with a question mark. */
  isQuestion: boolean;
  /** The part announced by the latest heading or marker before or at this sentence, if any. */
  section: Section | null;
}

const TERMINATORS = new Set(['.', '!', '?', '\u2026']);
const CLOSERS = new Set(['"', '\u201d', "'", '\u2019', ')', ']', '*']);
const ABBREVIATIONS = new Set([
  'approx',
  'co',
  'dept',
  'dr',
  'e.g',
  'eg',
  'etc',
  'i.e',
  'ie',
  'inc',
  'jr',
  'ltd',
  'mr',
  'mrs',
  'ms',
  'no',
  'prof',
  'sr',
  'st',
  'vs',
]);
const BULLETS = new Set(['-', '*', '\u2022', '\u2013', '\u2014', '>']);

const HEADINGS: Record<string, Section> = {
  situation: 'context',
  context: 'context',
  background: 'context',
  task: 'context',
  challenge: 'context',
  problem: 'context',
  action: 'action',
  actions: 'action',
  result: 'result',
  results: 'result',
  outcome: 'result',
  impact: 'result',
  learning: 'learning',
  learnings: 'learning',
  lesson: 'learning',
  lessons: 'learning',
  reflection: 'learning',
  takeaway: 'learning',
  takeaways: 'learning',
};
const MARKERS: Record<string, Section> = {
  s: 'context',
  c: 'context',
  t: 'context',
  a: 'action',
  r: 'result',
  l: 'learning',
};

/** "(S)", "(A)", "[R]": a one-letter STAR/CARL marker starting at token i. */
function markerAt(tokens: Token[], i: number): Section | null {
  const open = tokens[i];
  const letter = tokens[i + 1];
  const close = tokens[i + 2];
  if (!open || !letter || !close) return null;
  if ((open.text !== '(' && open.text !== '[') || (close.text !== ')' && close.text !== ']')) {
    return null;
  }
  if (letter.text.length !== 1 || letter.text !== letter.text.toUpperCase()) return null;
  return MARKERS[letter.norm] ?? null;
}

/** "Situation:", "Result -", or a heading word alone on its line, at sentence start. */
function headingAt(tokens: Token[], i: number): Section | null {
  let j = i;
  while (tokens[j] && (BULLETS.has(tokens[j]!.text) || tokens[j]!.text === '#')) j++;
  const word = tokens[j];
  if (!word || word.kind !== 'word') return null;
  const section = HEADINGS[word.norm];
  if (!section) return null;
  let k = j + 1;
  while (tokens[k]?.text === '*') k++;
  const next = tokens[k];
  if (!next || next.kind === 'newline' || next.text === ':' || BULLETS.has(next.text)) {
    return section;
  }
  return null;
}

function startsBlock(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return true;
  if (t.kind === 'newline' || BULLETS.has(t.text) || t.text === '(' || t.text === '#') return true;
  if (t.kind === 'number') {
    const after = tokens[i + 1];
    return after?.text === '.' || after?.text === ')';
  }
  if (t.kind === 'word') return t.text[0] !== t.text[0]?.toLowerCase();
  return false;
}

/**
 * Groups tokens into sentences. Splits at . ! ? (not after a known abbreviation or
 * an initial), at blank lines, at a line break before a bullet or a capitalised line,
 * and before a STAR/CARL marker such as "(A)". Linear in the number of tokens.
 */
export function splitSentences(tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let current: Token[] = [];
  let section: Section | null = null;
  let sectionForCurrent: Section | null = null;

  const flush = (): void => {
    const words = current.filter((t) => t.kind === 'word' || t.kind === 'number');
    const visible = current.filter((t) => t.kind !== 'newline');
    if (words.length > 0 && visible.length > 0) {
      const last = [...visible].reverse().find((t) => !CLOSERS.has(t.text));
      out.push({
        start: visible[0]!.start,
        end: visible[visible.length - 1]!.end,
        words,
        tokens: visible,
        isQuestion: last?.text === '?',
        section: sectionForCurrent,
      });
    }
    current = [];
    sectionForCurrent = section;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const atStart = current.every((c) => c.kind === 'newline');

    const marker = markerAt(tokens, i);
    if (marker) {
      if (!atStart) flush();
      section = marker;
      sectionForCurrent = marker;
      current.push(tokens[i]!, tokens[i + 1]!, tokens[i + 2]!);
      i += 2;
      continue;
    }
    if (atStart) {
      const heading = headingAt(tokens, i);
      if (heading) {
        section = heading;
        sectionForCurrent = heading;
      } else {
        sectionForCurrent = section;
      }
    }

    if (t.kind === 'newline') {
      const blank = tokens[i + 1]?.kind === 'newline';
      if (!atStart && (blank || startsBlock(tokens, i + 1) || endsWithColon(current))) flush();
      current.push(t);
      continue;
    }

    current.push(t);
    if (TERMINATORS.has(t.text)) {
      // Swallow a run of terminators and closing quotes or brackets.
      while (tokens[i + 1] && (TERMINATORS.has(tokens[i + 1]!.text) || isCloserAfter(tokens, i))) {
        i++;
        current.push(tokens[i]!);
      }
      const next = tokens[i + 1];
      const glued =
        next && next.start === current[current.length - 1]!.end && next.kind !== 'newline';
      if (t.text === '.' && isAbbreviation(current)) continue;
      if (!glued) flush();
    }
  }
  flush();
  return out;
}

function isCloserAfter(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]!;
  return CLOSERS.has(next.text) && next.start === tokens[i]!.end;
}

function endsWithColon(current: Token[]): boolean {
  const visible = current.filter((t) => t.kind !== 'newline');
  return visible[visible.length - 1]?.text === ':';
}

function isAbbreviation(current: Token[]): boolean {
  const dot = current[current.length - 1]!;
  const word = current[current.length - 2];
  if (!word || word.end !== dot.start || word.kind !== 'word') return false;
  if (ABBREVIATIONS.has(word.norm)) return true;
  // "e.g." and "i.e." arrive as e . g . ; an initial such as "J." is one capital letter.
  if (word.text.length === 1) {
    const before = current[current.length - 3];
    return before?.text === '.' || (word.text !== word.norm && word.text !== 'I');
  }
  return false;
}
