import * as GRAMMAR from '../../data/lexicon/grammar.ts';
import { QUESTION_STOPWORDS } from '../../data/synonyms.ts';
import { SCOPE_NOUNS, TITLE_NOUNS } from '../../data/tailor.ts';
import { stem } from '../bank/match.ts';
import { parse, type ParsedText, type Quantity } from '../text/parse.ts';
import type { Token } from '../text/tokenize.ts';

/** Where a figure of the candidate's own comes from: a story, or the resume. */
export interface MaterialSource {
  label: string;
  text: string;
}

/** A number or scope claim in an answer that the candidate's own material does not back. */
export interface FigureCheck {
  status: 'differs' | 'unbacked';
  kind: Quantity['kind'] | 'title';
  /** The figure as said in the answer, with its offsets. */
  text: string;
  start: number;
  end: number;
  /** For `differs`: the same claim in the candidate's material, with another figure. */
  source?: { label: string; figure: string; snippet: string };
}

interface Figure {
  kind: Quantity['kind'] | 'title';
  group: string;
  value: number | null;
  text: string;
  start: number;
  end: number;
  anchors: Set<string>;
  snippet: string;
}

const SMALL: Record<string, number> = Object.fromEntries(
  [
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen',
  ]
    .join(' ')
    .split(' ')
    .map((w, i) => [w, i]),
);
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALE: Record<string, number> = {
  hundred: 100,
  hundreds: 100,
  thousand: 1e3,
  thousands: 1e3,
  k: 1e3,
  million: 1e6,
  millions: 1e6,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  dozen: 12,
  dozens: 12,
};
const FRACTION: Record<string, number> = {
  half: 0.5,
  halves: 0.5,
  third: 1 / 3,
  thirds: 1 / 3,
  quarter: 0.25,
  quarters: 0.25,
  fifth: 0.2,
  fifths: 0.2,
};
const DAYS: Record<string, number> = {
  minute: 1 / 1440,
  minutes: 1 / 1440,
  hour: 1 / 24,
  hours: 1 / 24,
  day: 1,
  days: 1,
  week: 7,
  weeks: 7,
  fortnight: 14,
  month: 30,
  months: 30,
  quarter: 91,
  quarters: 91,
  year: 365,
  years: 365,
};
const STOP = new Set([...QUESTION_STOPWORDS, ...GRAMMAR.NUMBER_WORDS, 'percent', 'per', 'cent']);
const SCOPE = new Set(SCOPE_NOUNS);
const TITLES = new Set(TITLE_NOUNS);
const ANCHOR_WINDOW = 6;
const TITLE_OPENERS = [
  ['as', 'a'],
  ['as', 'an'],
  ['as', 'the'],

  ['i', 'was', 'a'],
  ['i', 'was', 'an'],
  ['i', 'was', 'the'],
  ['promoted', 'to'],
  ['my', 'role', 'as'],
  ['worked', 'as', 'a'],
  ['worked', 'as', 'an'],
];

/** The value of a quantity's words, in a unit that compares: days for durations, a share for fractions. */
function valueOf(kind: Quantity['kind'], words: readonly Token[]): number | null {
  let value: number | null = null;
  let current = 0;
  let fraction: number | null = null;
  let days = 1;
  for (const w of words) {
    const n = w.norm.replace(/,/g, '');
    if (/^\d+(\.\d+)?$/.test(n)) current += Number(n);
    else if (/^\d+(\.\d+)?(k|m|bn|x)$/.test(n)) {
      const [, num, suffix] = /^([\d.]+)(\w+)$/.exec(n)!;
      current += Number(num) * (suffix === 'x' ? 1 : (SCALE[suffix!] ?? 1));
    } else if (SMALL[n] !== undefined) current += SMALL[n]!;
    else if (TENS[n] !== undefined) current += TENS[n]!;
    else if (n === 'a' || n === 'an') current = current || 1;
    else if (SCALE[n] !== undefined && (kind === 'money' || !/^[mkb]$/.test(n)))
      current = (current || 1) * SCALE[n]!;
    else if (FRACTION[n] !== undefined && kind === 'fraction') fraction = FRACTION[n]!;
    else if (kind === 'duration' && DAYS[n] !== undefined) days = DAYS[n]!;
    else continue;
    value = current;
  }
  if (kind === 'fraction' && fraction !== null) return (current || 1) * fraction * 100;
  if (value === null) return null;
  return kind === 'duration' ? value * days : value;
}

/** Figures that compare with each other: a half and 50% are one share. */
const groupOf = (kind: Figure['kind']): string => (kind === 'fraction' ? 'percent' : kind);

function anchorsAround(words: readonly Token[], from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (
    let i = Math.max(0, from - ANCHOR_WINDOW);
    i < Math.min(words.length, to + ANCHOR_WINDOW);
    i++
  ) {
    if (i >= from && i < to) continue;
    const w = words[i]!;
    if (w.kind === 'word' && w.norm.length > 2 && !STOP.has(w.norm)) out.add(stem(w.norm));
  }
  return out;
}

/**
 * The figures of a text that a hiring manager would check: percentages, money, multipliers,
 * fractions, durations, counts of people or things in scope ("a team of 12", "40 stores"),
 * and job titles claimed ("as a senior product manager").
 */
function figuresOf(parsed: ParsedText): Figure[] {
  const out: Figure[] = [];
  for (const s of parsed.sentences) {
    const snippet = parsed.text.slice(s.start, s.end);
    for (const q of s.quantities) {
      if (q.kind === 'year') continue;
      const words = s.words.slice(q.from, q.to);
      // "a week", "ten-minute huddle": a rate or a modifier, not a claim.
      if (
        q.kind === 'duration' &&
        (/^an?$/.test(words[0]?.norm ?? '') || (words.length === 1 && words[0]!.norm.includes('-')))
      )
        continue;
      if (q.kind === 'count') {
        const next = s.words[q.to]?.norm ?? '';
        const next2 = s.words[q.to + 1]?.norm ?? '';
        const teamOf =
          s.words[q.from - 1]?.norm === 'of' && SCOPE.has(s.words[q.from - 2]?.norm ?? '');
        if (!SCOPE.has(next) && !SCOPE.has(next2) && !teamOf) continue;
      }
      out.push({
        kind: q.kind,
        group: groupOf(q.kind),
        value: valueOf(q.kind, words),
        text: parsed.text.slice(q.start, q.end),
        start: q.start,
        end: q.end,
        anchors: anchorsAround(s.words, q.from, q.to),
        snippet,
      });
    }
    for (let i = 0; i < s.words.length; i++) {
      const opener = TITLE_OPENERS.find((o) => o.every((w, k) => s.words[i + k]?.norm === w));
      if (!opener) continue;
      const from = i + opener.length;
      // "As a result, the team lead...": a title is a run of plain words ending in its noun.
      let end = -1;
      for (let k = from; k < Math.min(s.words.length, from + 5) && !STOP.has(s.words[k]!.norm); k++)
        if (TITLES.has(s.words[k]!.norm)) end = k - from;
      if (end < 0) continue;
      const first = s.words[from]!;
      const last = s.words[from + end]!;
      out.push({
        kind: 'title',
        group: 'title',
        value: null,
        text: parsed.text.slice(first.start, last.end),
        start: first.start,
        end: last.end,
        anchors: new Set(),
        snippet,
      });
    }
  }
  return out;
}

const sameValue = (a: number | null, b: number | null): boolean =>
  a !== null && b !== null && Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 0.02;

const normTitle = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Checks every figure and title of an answer against the candidate's stories and resume: a
 * figure that differs from the one in the material it retells (same kind, words around it in
 * common), or that appears nowhere in the material, is reported with both places. Nothing is
 * reported when there is no material to check against.
 */
export function checkFigures(
  answer: ParsedText,
  material: readonly MaterialSource[],
): FigureCheck[] {
  const sources = material.filter((m) => m.text.trim());
  if (sources.length === 0) return [];
  const theirs = sources.flatMap((m) =>
    figuresOf(parse(m.text)).map((f) => ({ ...f, label: m.label })),
  );
  const allText = normTitle(sources.map((m) => m.text).join(' \n '));
  const out: FigureCheck[] = [];
  for (const f of figuresOf(answer)) {
    const base = { kind: f.kind, text: f.text, start: f.start, end: f.end };
    if (f.kind === 'title') {
      if (!allText.includes(normTitle(f.text))) out.push({ status: 'unbacked', ...base });
      continue;
    }
    const sameKind = theirs.filter((t) => t.group === f.group);
    if (sameKind.some((t) => sameValue(t.value, f.value))) continue;
    const related = sameKind
      .map((t) => ({ t, shared: [...t.anchors].filter((a) => f.anchors.has(a)).length }))
      .filter((r) => r.shared > 0)
      .sort((a, b) => b.shared - a.shared)[0];
    if (related)
      out.push({
        status: 'differs',
        ...base,
        source: { label: related.t.label, figure: related.t.text, snippet: related.t.snippet },
      });
    else out.push({ status: 'unbacked', ...base });
  }
  return out;
}
