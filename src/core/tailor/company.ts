import { MISSION_CUES, PAIN_CUES, VALUE_WORDS } from '../../data/tailor.ts';
import { PhraseSet } from '../text/phrases.ts';
import type { PostingSentence, PostingStructure } from './posting.ts';

/** A sentence found in the posting or the company's text, with where it came from. */
export interface Found {
  text: string;
  source: 'posting' | 'company';
  start: number;
  end: number;
}

/** A problem the hire is expected to solve, with the sentence it came from. */
export interface PainPoint extends Found {
  /** The sentence, shortened to a phrase that fits in a list. */
  summary: string;
  /** The words that marked it as a problem to solve. */
  cues: string[];
  score: number;
}

const painCues = new PhraseSet(Object.keys(PAIN_CUES));
const missionCues = new PhraseSet(Object.keys(MISSION_CUES));
const valueWords = new PhraseSet(VALUE_WORDS);
const MAX_PAIN_POINTS = 5;
/** A sentence of the posting that speaks of the company's values. */
const VALUE_CUE = /\b(values?|believe|principles|culture)\b/i;
/** A sentence about whom they hire, not what they are for. */
const RECRUITING =
  /\b(looking for|seeking|candidates?|apply|hiring|join (us|our)|diversity|inclusive|equal|employees)\b/i;
const SUMMARY_WORDS = 12;
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', '\u2013', '\u2014']);

/** A sentence cut to a short phrase: at its first clause break after a few words, or at SUMMARY_WORDS. */
export function summarise(s: PostingSentence): string {
  const words = s.words;
  let last = Math.min(words.length, SUMMARY_WORDS) - 1;
  for (const t of s.tokens) {
    if (t.kind !== 'punct' || !CLAUSE_BREAKS.has(t.text)) continue;
    const before = words.filter((w) => w.end <= t.start).length;
    if (before >= 4) {
      last = Math.min(last, before - 1);
      break;
    }
  }
  const cut = last < words.length - 1;
  const text = s.text.slice(0, words[last]!.end - s.start).replace(/[\s,.;:]+$/, '');
  return cut ? `${text}…` : text;
}

const PAIN_SECTION_BONUS: Partial<Record<PostingSentence['section'], number>> = {
  responsibilities: 1,
  other: 0.25,
};

/** The sentences that say what the hire is for: "scale", "reduce wait times", "backlog". */
export function findPainPoints(posting: PostingStructure, company: string | null): PainPoint[] {
  const scored: PainPoint[] = [];
  const name = company?.toLowerCase();
  for (const s of posting.sentences) {
    if (s.boilerplate || !(s.section in PAIN_SECTION_BONUS || s.section === 'intro')) continue;
    // A sentence about the company itself ("Acme is the first...") describes it, not the job.
    if (name && s.text.toLowerCase().includes(name)) continue;
    const hits = painCues.find(s.words);
    if (hits.length === 0) continue;
    const score =
      hits.reduce((sum, h) => sum + (PAIN_CUES[h.phrase] ?? 0), 0) +
      (PAIN_SECTION_BONUS[s.section] ?? 0);
    if (score < 1.5 || s.words.length < 4) continue;
    scored.push({
      text: s.text,
      summary: summarise(s),
      source: 'posting',
      start: s.start,
      end: s.end,
      cues: [...new Set(hits.map((h) => h.phrase))],
      score,
    });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.start - b.start)
    .slice(0, MAX_PAIN_POINTS)
    .sort((a, b) => a.start - b.start);
}

/** The pain point with the strongest cues (the list itself stays in the posting's order). */
export const strongest = (painPoints: readonly PainPoint[]): PainPoint | undefined =>
  [...painPoints].sort((a, b) => b.score - a.score)[0];

/**
 * The company's mission: the sentence of its own text (or of the posting's company blurb)
 * that says what it exists to do. `stated` when a mission word says so, else the first
 * sentence that describes the company.
 */
export function findMission(
  company: PostingStructure | null,
  posting: PostingStructure,
): (Found & { stated: boolean }) | null {
  const sources: [PostingStructure, Found['source']][] = [];
  if (company) sources.push([company, 'company']);
  sources.push([posting, 'posting']);
  let best: (Found & { stated: boolean; score: number }) | null = null;
  for (const [doc, source] of sources) {
    for (const s of doc.sentences) {
      if (s.boilerplate || RECRUITING.test(s.text)) continue;
      const cued = missionCues
        .find(s.words)
        .reduce((sum, h) => sum + (MISSION_CUES[h.phrase] ?? 0), 0);
      const score =
        cued + (source === 'company' || s.section === 'about' || s.section === 'intro' ? 0.5 : 0);
      if (cued >= 1.5 && (!best || score > best.score))
        best = { ...quoted(s), source, stated: true, score };
    }
    if (best) break;
  }
  if (!best) {
    const first = (company ?? posting).sentences.find(
      (s) =>
        !s.boilerplate &&
        (company || s.section === 'about' || s.section === 'intro') &&
        s.words.length >= 8,
    );
    if (!first) return null;
    return {
      text: first.text,
      source: company ? 'company' : 'posting',
      start: first.start,
      end: first.end,
      stated: false,
    };
  }
  return { text: best.text, source: best.source, start: best.start, end: best.end, stated: true };
}

/** A mission often quotes itself: 'our mission of "To affirm..."'. Keep the quotation then. */
function quoted(s: PostingSentence): { text: string; start: number; end: number } {
  const m = /[\u201c"]([^\u201d"]{30,})[\u201d"]/.exec(s.text);
  if (!m) return { text: s.text, start: s.start, end: s.end };
  const start = s.start + m.index + 1;
  return { text: m[1]!.trim(), start, end: start + m[1]!.length };
}

/** Values the company names: integrity, transparency, inclusion... in order of appearance. */
export function findValues(company: PostingStructure | null, posting: PostingStructure): string[] {
  const out = new Set<string>();
  for (const doc of company ? [company, posting] : [posting]) {
    for (const s of doc.sentences) {
      if (s.boilerplate || s.section === 'legal' || s.section === 'benefits') continue;
      if (doc === posting && s.section !== 'about' && !VALUE_CUE.test(s.text)) continue;
      for (const h of valueWords.find(s.words)) out.add(h.phrase);
    }
  }
  return [...out];
}
