import { z } from 'zod';
import type { StageId } from '../../data/bank/index.ts';
import { pickQuestionsToAsk } from '../plan/ask.ts';
import type { AskPurpose } from '../../data/ask.ts';
import { tokenize } from '../text/tokenize.ts';
import {
  findMission,
  findPainPoints,
  findValues,
  strongest,
  type Found,
  type PainPoint,
} from './company.ts';
import { findOpeners, type Opener } from './openers.ts';
import { readPostingStructure, type PostingStructure } from './posting.ts';
import { predictQuestions, type PredictedQuestion } from './predict.ts';
import { rankSkills, type RankedSkill } from './rank.ts';
import { phraseKeys, vocabularyMatcher } from './skills.ts';

export const MAX_POSTING_CHARS = 100_000;
export const MAX_COMPANY_CHARS = 50_000;
export const MAX_RESUME_CHARS = 50_000;
export const MAX_NOTES_CHARS = 5_000;
export const MAX_INTERVIEWERS = 10;
/** How many skills the tailoring reports; the top 20 are what the prep sheet and eval read. */
export const MAX_SKILLS = 40;
const RESUME_SKILLS = 25;

const STAGES = ['recruiter-screen', 'hiring-manager', 'panel', 'final'] as const;

const text = (what: string, max: number) =>
  z
    .string({ error: (i) => (i.input === undefined ? 'is required' : 'must be text') })
    .max(max, `${what} must be at most ${max.toLocaleString('en-US')} characters`)
    .refine((v) => !v.includes('\u0000'), `${what} must be text, not binary data`);

const nonEmpty = (what: string, max: number) =>
  text(what, max).refine((v) => v.trim().length > 0, `${what} must not be empty`);

export const interviewerNotesSchema = z.object({
  name: nonEmpty('the name', 80),
  role: text('the role', 120).optional(),
  notes: text('the notes', MAX_NOTES_CHARS).optional(),
});

/** What the tailoring reads: the posting, and optionally the company, the resume, the interviewers. */
export const tailorInputSchema = z.object({
  posting: nonEmpty('the posting', MAX_POSTING_CHARS),
  /** The job title, when known apart from the posting's text. */
  title: text('the title', 200).optional(),
  /** The company's name, when known. */
  companyName: text('the company name', 120).optional(),
  /** The company's mission or about text. */
  company: text('the company text', MAX_COMPANY_CHARS).optional(),
  resume: text('the resume', MAX_RESUME_CHARS).optional(),
  interviewers: z
    .array(interviewerNotesSchema)
    .max(MAX_INTERVIEWERS, `must have at most ${MAX_INTERVIEWERS} interviewers`)
    .optional(),
  stage: z.enum(STAGES).optional(),
});

export type TailorInput = z.input<typeof tailorInputSchema>;

export interface Phrase {
  text: string;
  start: number;
  end: number;
}

export interface ResumeMatch {
  /** Share of the posting's top skills the resume shows, 0-100. */
  percent: number;
  shown: string[];
  missing: string[];
}

export interface AskSuggestion {
  question: string;
  purpose: AskPurpose;
  reason: string;
}

/** Everything secondround reads from one job: what every tailored feature renders. */
export interface Tailoring {
  title: string | null;
  company: string | null;
  stage: StageId;
  skills: RankedSkill[];
  responsibilities: Phrase[];
  requirements: (Phrase & { required: boolean })[];
  painPoints: PainPoint[];
  mission: (Found & { stated: boolean }) | null;
  values: string[];
  predictedQuestions: PredictedQuestion[];
  questionsToAsk: AskSuggestion[];
  openers: Opener[];
  resumeMatch: ResumeMatch | null;
}

export class TailorInputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

/** Validates tailoring input, naming each field that is wrong. */
export function parseTailorInput(value: unknown): z.output<typeof tailorInputSchema> {
  const result = tailorInputSchema.safeParse(value);
  if (result.success) return result.data;
  throw new TailorInputError(
    result.error.issues.map((i) =>
      i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message,
    ),
  );
}

/** "Acme is a ..." or "About Acme": the company's name when the input does not give it. */
function guessCompany(posting: PostingStructure, company: PostingStructure | null): string | null {
  for (const h of [...(company?.headings ?? []), ...posting.headings]) {
    const m = /^About\s+((?:[A-Z0-9][\w&.'-]*\s*){1,5})$/.exec(h.trim());
    if (m && !/^(Us|You|The|This|Our)\b/.test(m[1]!)) return m[1]!.trim();
  }
  for (const doc of company ? [company, posting] : [posting]) {
    for (const s of doc.sentences.slice(0, 8)) {
      const m = /^((?:[A-Z][\w&.'-]*\s?){1,4}?)\s(?:is|are|was|has been|builds|helps|makes)\b/.exec(
        s.text,
      );
      if (m && !/^(We|Our|The|This|You|It|Are|Do)\b/.test(m[1]!)) return m[1]!.trim();
    }
  }
  return null;
}

/** The posting's text of a section kind as phrases (list items, or sentences). */
function phrasesOf(posting: PostingStructure, kinds: readonly string[]): Phrase[] {
  return posting.sentences
    .filter((s) => kinds.includes(s.section) && !s.boilerplate)
    .map((s) => {
      const text = s.text.replace(/[.;]+$/, '');
      return { text, start: s.start, end: s.start + text.length };
    });
}

function askSuggestions(
  stage: StageId,
  painPoints: readonly PainPoint[],
  openers: readonly Opener[],
): AskSuggestion[] {
  const out: AskSuggestion[] = [];
  const pain = strongest(painPoints);
  if (pain)
    out.push({
      question: `The posting talks about "${pain.summary}". Where does that stand today, and what would good progress on it look like in my first six months?`,
      purpose: 'problem',
      reason:
        'Ties the conversation to the problem this hire is for, and tells you how you would be judged.',
    });
  const work = openers.find((o) => o.kind === 'recent-work');
  if (work)
    out.push({
      question: `I read that ${work.detail}. How is that shaping what the team works on next?`,
      purpose: 'team',
      reason: `Shows you researched ${work.interviewer}'s work, and opens a real conversation about the team's direction.`,
    });
  // The stage's own picks fill the rest; the closing "anything I didn't cover?" comes last.
  const picks = pickQuestionsToAsk({ stage, count: 5 });
  const used = new Set(out.map((q) => q.purpose));
  for (const q of picks) {
    if (out.length >= 4 || q.purpose === 'closing' || used.has(q.purpose)) continue;
    used.add(q.purpose);
    out.push({ question: q.question, purpose: q.purpose, reason: q.whatItTellsYou });
  }
  const closing = picks.find((q) => q.purpose === 'closing');
  if (closing)
    out.push({
      question: closing.question,
      purpose: closing.purpose,
      reason: closing.whatItTellsYou,
    });
  return out.slice(0, 5);
}

/** Which of the posting's top skills the resume shows: vocabulary skills by any of their names. */
function matchResume(resume: string, skills: readonly RankedSkill[]): ResumeMatch {
  const tokens = tokenize(resume).filter((t) => t.kind !== 'newline');
  const found = new Set(
    vocabularyMatcher()
      .find(tokens)
      .map((h) => h.skill.name.toLowerCase()),
  );
  const norms = ` ${tokens.map((t) => t.norm).join(' ')} `;
  const top = skills.slice(0, RESUME_SKILLS);
  const shown: string[] = [];
  const missing: string[] = [];
  for (const s of top) {
    const has =
      found.has(s.name.toLowerCase()) ||
      (s.kind === 'term' && norms.includes(` ${phraseKeys(s.name).join(' ')} `));
    (has ? shown : missing).push(s.name);
  }
  return {
    percent: top.length ? Math.round((100 * shown.length) / top.length) : 0,
    shown,
    missing,
  };
}

/**
 * Reads one job: the posting's skills (ranked), duties and requirements, the problems the hire
 * is for, the company's mission and values, the questions likely to be asked and five to ask,
 * openers for each interviewer, and how the resume matches. Pure and synchronous.
 */
export function tailor(input: TailorInput): Tailoring {
  const data = parseTailorInput(input);
  const posting = readPostingStructure(data.posting);
  const company = data.company?.trim() ? readPostingStructure(data.company) : null;
  const title = data.title?.trim() || posting.title;
  const companyName = data.companyName?.trim() || guessCompany(posting, company);
  const stage = data.stage ?? 'hiring-manager';
  const skills = rankSkills(posting, title).slice(0, MAX_SKILLS);
  const painPoints = findPainPoints(posting, companyName);
  const mission = findMission(company, posting);
  const resume = data.resume?.trim() ? data.resume : null;
  const openers = findOpeners(data.interviewers ?? [], resume, companyName);
  return {
    title,
    company: companyName,
    stage,
    skills,
    responsibilities: phrasesOf(posting, ['responsibilities']),
    requirements: [
      ...phrasesOf(posting, ['requirements']).map((p) => ({ ...p, required: true })),
      ...phrasesOf(posting, ['preferred']).map((p) => ({ ...p, required: false })),
    ].sort((a, b) => a.start - b.start),
    painPoints,
    mission,
    values: findValues(company, posting),
    predictedQuestions: predictQuestions(posting, {
      stage,
      company: companyName,
      skills,
      painPoints,
      missionStated: !!mission?.stated,
    }),
    questionsToAsk: askSuggestions(stage, painPoints, openers),
    openers,
    resumeMatch: resume ? matchResume(resume, skills) : null,
  };
}
