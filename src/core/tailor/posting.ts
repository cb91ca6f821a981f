import { tokenize, type Token } from '../text/tokenize.ts';
import { BOILERPLATE_PHRASES, SECTION_HEADINGS } from '../../data/tailor.ts';
import { PhraseSet } from '../text/phrases.ts';

/** What a part of a posting is for, from the heading above it. */
export type SectionKind =
  | 'intro'
  | 'about'
  | 'responsibilities'
  | 'requirements'
  | 'preferred'
  | 'benefits'
  | 'legal'
  | 'apply'
  | 'other';

/** One sentence (or bullet) of a posting, with 0-based, end-exclusive offsets into it. */
export interface PostingSentence {
  text: string;
  start: number;
  end: number;
  section: SectionKind;
  /** The line was a list item ("- ", "+ ", "* ", "1. ", "•"). */
  bullet: boolean;
  /** Benefits, pay, equal-opportunity and other legal text: never a skill or a pain point. */
  boilerplate: boolean;
  /** Word and number tokens, and every token (punctuation included) for symbol names. */
  words: Token[];
  tokens: Token[];
}

export interface PostingStructure {
  text: string;
  /** The first line that reads as a job title, if any. */
  title: string | null;
  /** The headings, as written, in order. */
  headings: string[];
  sentences: PostingSentence[];
}

const headingSet = new PhraseSet(Object.keys(SECTION_HEADINGS));
const boilerplate = new PhraseSet(BOILERPLATE_PHRASES);
const TERMINATORS = new Set(['.', '!', '?', ';']);
const CLOSERS = new Set(['"', '\u201d', "'", '\u2019', ')', ']']);
const BULLET_MARK = /^(?:[-+*\u2022\u25cf\u25aa\u2023\u2013\u2014>]|\d{1,2}[.)])\s+/;
const HEADING_MARK = /^#{1,6}\s*/;
const MAX_HEADING_WORDS = 8;

/** Small words inside a heading: "Duties and Responsibilities", "Knowledge, Skills & Abilities". */
const HEADING_JOINERS = new Set(['and', 'of', 'the', 'our', 'your', 'for', 'to']);

/**
 * The kind a heading announces (its first heading phrase) and how much of the line heading
 * words cover, or null when the
 * line names no known heading.
 */
function headingKind(words: readonly Token[]): { kind: SectionKind; coverage: number } | null {
  let kind: SectionKind | null = null;
  let covered = 0;
  for (let i = 0; i < words.length; i++) {
    const m = headingSet.longestAt(words, i);
    if (m) {
      kind ??= SECTION_HEADINGS[m.phrase] as SectionKind;
      covered += m.to - m.from;
      i = m.to - 1;
    } else if (HEADING_JOINERS.has(words[i]!.norm)) covered++;
  }
  return kind ? { kind, coverage: covered / words.length } : null;
}

/**
 * A plain line (no "#", bold or colon) is a heading only when heading words make up most of it,
 * or it opens with "About": "Requirements", "Preferred qualifications", "About Acme" are; a job
 * title such as "Benefits Coordinator" or a list line such as "Experience with Python" is not.
 */
const PLAIN_HEADING_COVERAGE = 0.6;
const TITLE_LABEL = /^(?:job title|position|role|title)\s*:\s*/i;

function stripEmphasis(line: string): { text: string; offset: number } {
  let text = line;
  let offset = 0;
  const lead = /^[*_]{1,3}/.exec(text);
  if (lead) {
    offset += lead[0].length;
    text = text.slice(lead[0].length);
  }
  text = text.replace(/[*_]{1,3}:?\s*$/, (m) => (m.includes(':') ? ':' : ''));
  return { text, offset };
}

/**
 * Splits a posting into sentences and list items, each labelled with the section it sits in
 * (from headings such as "What you'll do", "Requirements", "Benefits") and whether it is
 * boilerplate. One pass over the lines; no regular expression runs over the whole text.
 */
export function readPostingStructure(text: string): PostingStructure {
  const sentences: PostingSentence[] = [];
  let section: SectionKind = 'intro';
  let title: string | null = null;
  const headings: string[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const raw = text.slice(lineStart, lineEnd);
    const next = lineEnd + 1;
    const leading = raw.length - raw.trimStart().length;
    let body = raw.trim();
    let offset = lineStart + leading;
    if (!body) {
      lineStart = next;
      continue;
    }
    const hashes = HEADING_MARK.exec(body);
    const markdownHeading = !!hashes && body.startsWith('#');
    if (hashes && markdownHeading) {
      offset += hashes[0].length;
      body = body.slice(hashes[0].length);
    }
    const bulletMatch = BULLET_MARK.exec(body);
    const bullet = !!bulletMatch && !markdownHeading;
    if (bulletMatch && bullet) {
      offset += bulletMatch[0].length;
      body = body.slice(bulletMatch[0].length);
    }
    const emph = stripEmphasis(body);
    const boldLine = emph.offset > 0 && /[*_]$/.test(body.trimEnd()) && !bullet;
    body = emph.text;
    offset += emph.offset;

    const tokens = tokenize(body).filter((t) => t.kind !== 'newline');
    for (const t of tokens) {
      t.start += offset;
      t.end += offset;
    }
    const words = tokens.filter((t) => t.kind === 'word' || t.kind === 'number');
    const shortLine = words.length > 0 && words.length <= MAX_HEADING_WORDS && body.length <= 70;
    const endsColon = /:\s*$/.test(body);
    const noStop = !/[.!?]$/.test(body.trim());
    const heading = shortLine ? headingKind(words) : null;
    const plainHeading =
      !!heading &&
      noStop &&
      (heading.coverage >= PLAIN_HEADING_COVERAGE || words[0]!.norm === 'about');
    const isHeading =
      !bullet && shortLine && (markdownHeading || boldLine || endsColon || plainHeading);
    const kind =
      isHeading && heading && (!endsColon || heading.coverage >= 0.5 || markdownHeading || boldLine)
        ? heading.kind
        : null;
    if (isHeading) {
      headings.push(body.replace(/:\s*$/, ''));
      if (kind) section = kind;
      else if (markdownHeading || boldLine) section = section === 'intro' ? 'intro' : 'other';
      if (title === null && sentences.length === 0 && !kind)
        title = body.replace(/:\s*$/, '').replace(TITLE_LABEL, '');
      lineStart = next;
      continue;
    }
    if (title === null && sentences.length === 0 && shortLine && noStop && !bullet) {
      title = body.replace(TITLE_LABEL, '');
      lineStart = next;
      continue;
    }
    // "Requirements: 3+ years of Python": a heading and its first item on one line.
    const colon = tokens.findIndex((t) => t.kind === 'punct' && t.text === ':');
    if (colon > 0 && colon <= 4 && !bullet) {
      const lead = headingKind(tokens.slice(0, colon).filter((t) => t.kind === 'word'));
      if (lead && lead.coverage >= PLAIN_HEADING_COVERAGE) {
        section = lead.kind;
        pushSentences(sentences, text, tokens.slice(colon + 1), section, false);
        lineStart = next;
        continue;
      }
    }
    pushSentences(sentences, text, tokens, section, bullet);
    lineStart = next;
  }
  return { text, title, headings, sentences };
}

function pushSentences(
  out: PostingSentence[],
  text: string,
  tokens: Token[],
  section: SectionKind,
  bullet: boolean,
): void {
  let from = 0;
  const flush = (to: number): void => {
    const part = tokens.slice(from, to);
    from = to;
    const words = part.filter((t) => t.kind === 'word' || t.kind === 'number');
    if (words.length === 0) return;
    const start = part[0]!.start;
    const end = part[part.length - 1]!.end;
    const legal = section === 'legal' || section === 'benefits' || section === 'apply';
    out.push({
      text: text.slice(start, end),
      start,
      end,
      section,
      bullet,
      boilerplate: legal || boilerplate.find(words).length > 0,
      words,
      tokens: part,
    });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'punct' || !TERMINATORS.has(t.text)) continue;
    const nextTok = tokens[i + 1];
    // "e.g.", "i.e.", "U.S.": a full stop right before a letter is not a sentence end;
    // before a closing quote or bracket, the sentence ends after it.
    if (t.text === '.' && nextTok && nextTok.start === t.end) {
      if (!CLOSERS.has(nextTok.text)) continue;
      flush(i + 2);
      i++;
      continue;
    }
    const before = tokens[i - 1]?.text ?? '';
    // "L.U. Electric", "Dr. Lee": initials and abbreviations do not end a sentence.
    if (
      t.text === '.' &&
      (/^[A-Z]$/.test(before) || /^(e|g|i|etc|vs|inc|ltd|co|sr|jr|dr)$/i.test(before))
    )
      continue;
    flush(i + 1);
  }
  flush(tokens.length);
}
