import { QUESTION_STOPWORDS } from '../../data/synonyms.ts';
import { stem } from '../bank/match.ts';
import type { ParsedText } from '../text/parse.ts';
import { storyText, type Story } from '../stories/story.ts';
import { checkFigures, type FigureCheck } from './consistency.ts';
import { phraseKeys, vocabularyMatcher } from './skills.ts';
import type { Tailoring } from './tailor.ts';

/** The interview an answer belongs to: what makes its feedback specific to one job. */
export interface InterviewContext {
  tailoring: Tailoring;
  /** The candidate's stories and resume: every figure in the answer is checked against them. */
  stories?: readonly Story[];
  resume?: string;
  /** Answers given for other interviews: the same text reused unchanged is flagged. */
  otherAnswers?: readonly { company: string; text: string }[];
}

/** How an answer fits its interview: part of the analysis when the answer belongs to one. */
export interface AnswerTailoring {
  company: string | null;
  /** The posting's top skills the answer shows, where it shows them. */
  skills: { name: string; start: number; end: number }[];
  /** The posting's pain points the answer speaks to, and the sentence that does. */
  painPoints: { summary: string; start: number; end: number }[];
  namesCompany: boolean;
  /** Refers to the company's mission, values or its own named work. */
  mission: boolean;
  /** Names nothing specific to this company or role. */
  generic: boolean;
  /** How many answers for other interviews it was compared with. */
  comparedWith: number;
  /** Other companies this same answer was given for. */
  reusedAt: string[];
  /** The candidate had stories or a resume to check the figures against. */
  figuresChecked: boolean;
  figures: FigureCheck[];
}

/** What the interview rules read: the answer against its interview, and the interview itself. */
export interface InterviewFacts {
  answer: AnswerTailoring;
  tailoring: Tailoring;
}

const TOP_SKILLS = 20;
const STOP = new Set([
  ...QUESTION_STOPWORDS,
  'company',
  'help',
  'helping',
  'make',
  'people',
  'provide',
  'team',
  'work',
  'world',
  'every',
  'more',
  'best',
  'new',
]);
const REUSE_SIMILARITY = 0.85;

const contentStems = (words: readonly { norm: string; kind: string }[]): Set<string> =>
  new Set(
    words
      .filter((w) => w.kind === 'word' && w.norm.length > 3 && !STOP.has(w.norm))
      .map((w) => stem(w.norm)),
  );

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\d']+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) out.add(words.slice(i, i + 3).join(' '));
  if (words.length < 3) out.add(words.join(' '));
  return out;
}

function similarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/** The name and its distinctive first word ("Precision for Medicine (PMG)" -> also "Precision"). */
function companyForms(company: string | null): string[][] {
  if (!company) return [];
  const core = company
    .replace(/\(.*?\)/g, '')
    .replace(/,?\s+(inc|llc|ltd|corp|co)\.?$/i, '')
    .trim();
  const forms = [core];
  const first = core.split(/\s+/)[0] ?? '';
  if (first.length >= 4 && !STOP.has(first.toLowerCase())) forms.push(first);
  return forms.map((f) => phraseKeys(f)).filter((k) => k.length > 0);
}

/**
 * Reads an answer against its interview: the posting's skills and pain points it addresses,
 * whether it names the company or its mission, whether it is generic or reused from another
 * company's interview, and whether its figures match the candidate's stories and resume.
 */
export function tailorAnswer(parsed: ParsedText, context: InterviewContext): AnswerTailoring {
  const t = context.tailoring;
  const tokens = parsed.tokens.filter((x) => x.kind !== 'newline');
  const norms = tokens.map((x) => x.norm);
  const top = t.skills.slice(0, TOP_SKILLS);
  const topNames = new Map(top.map((s) => [s.name.toLowerCase(), s]));
  const skills: AnswerTailoring['skills'] = [];
  const seen = new Set<string>();
  const note = (name: string, start: number, end: number): void => {
    if (seen.has(name.toLowerCase())) return;
    seen.add(name.toLowerCase());
    skills.push({ name, start, end });
  };
  for (const h of vocabularyMatcher().find(tokens)) {
    const s = topNames.get(h.skill.name.toLowerCase());
    if (s) note(s.name, h.start, h.end);
  }
  const findKeys = (keys: readonly string[]): number => {
    for (let i = 0; i + keys.length <= norms.length; i++)
      if (keys.every((k, j) => norms[i + j] === k)) return i;
    return -1;
  };
  for (const s of top) {
    if (s.kind !== 'term') continue;
    const keys = phraseKeys(s.name);
    const at = keys.length ? findKeys(keys) : -1;
    if (at >= 0) note(s.name, tokens[at]!.start, tokens[at + keys.length - 1]!.end);
  }

  const painPoints: AnswerTailoring['painPoints'] = [];
  for (const p of t.painPoints) {
    const want = stemsOf(p.summary);
    if (want.size === 0) continue;
    const hit = parsed.sentences.find((s) => {
      const have = contentStems(s.words);
      let shared = 0;
      for (const x of want) if (have.has(x)) shared++;
      return shared >= Math.min(2, want.size);
    });
    if (hit) painPoints.push({ summary: p.summary, start: hit.start, end: hit.end });
  }

  const namesCompany = companyForms(t.company).some((k) => findKeys(k) >= 0);
  const answerStems = contentStems(parsed.words);
  const missionStems = t.mission ? stemsOf(t.mission.text) : new Set<string>();
  const companyWords = new Set(
    companyForms(t.company)
      .flat()
      .map((w) => stem(w)),
  );
  let missionShared = 0;
  for (const m of missionStems) if (answerStems.has(m) && !companyWords.has(m)) missionShared++;
  const values = t.values.some((v) => findKeys(phraseKeys(v)) >= 0);
  const ownWork = skills.some((s) => topNames.get(s.name.toLowerCase())?.kind === 'term');
  const mission = missionShared >= 2 || values || ownWork;
  const specificSkill = skills.some((s) => topNames.get(s.name.toLowerCase())?.kind !== 'soft');
  const generic = !namesCompany && !mission && painPoints.length === 0 && !specificSkill;

  const mine = shingles(parsed.text);
  const here = t.company?.toLowerCase().trim();
  const reusedAt = [
    ...new Set(
      (context.otherAnswers ?? [])
        .filter((o) => o.company.toLowerCase().trim() !== here)
        .filter((o) => similarity(mine, shingles(o.text)) >= REUSE_SIMILARITY)
        .map((o) => o.company),
    ),
  ];

  const material = [
    ...(context.stories ?? []).map((s) => ({
      label: `your story "${s.title}"`,
      text: storyText(s),
    })),
    ...(context.resume ? [{ label: 'your resume', text: context.resume }] : []),
  ];
  return {
    company: t.company,
    skills,
    painPoints,
    namesCompany,
    mission,
    generic,
    comparedWith: context.otherAnswers?.length ?? 0,
    reusedAt,
    figuresChecked: material.some((m) => m.text.trim()),
    figures: checkFigures(parsed, material),
  };
}

function stemsOf(text: string): Set<string> {
  return new Set(
    phraseKeys(text)
      .filter((w) => /^[\p{L}]/u.test(w) && w.length > 3 && !STOP.has(w))
      .map((w) => stem(w)),
  );
}
