import { STORY_CUES } from '../../data/tailor.ts';
import { QUESTION_STOPWORDS } from '../../data/synonyms.ts';
import type { Category, Framework } from '../../data/bank/index.ts';
import { findQuestion, stem } from '../bank/match.ts';
import { PhraseSet } from '../text/phrases.ts';
import { tokenize } from '../text/tokenize.ts';
import { analyze } from '../analysis/analyze.ts';
import { vocabularyMatcher } from '../tailor/skills.ts';
import type { RankedSkill } from '../tailor/rank.ts';
import { storyText, type Story } from './story.ts';

/** What a story is matched against: a bank question or one built from the posting. */
export interface QuestionLike {
  id: string | null;
  question: string;
  category: Category;
}

export interface StoryFit {
  storyId: string;
  /** 0-1: how well the story answers the question. */
  score: number;
  reasons: string[];
}

export interface QuestionCoverage {
  question: QuestionLike;
  /** Motivation and weakness questions are answered from research and reflection, not a story. */
  needsStory: boolean;
  /** The story to use, when one fits. */
  best: StoryFit | null;
}

export interface Coverage {
  questions: QuestionCoverage[];
  /** Scores by question (rows, in order) and story (columns, in order). */
  matrix: number[][];
  storyIds: string[];
  /** The posting's skills that no story shows yet. */
  uncoveredSkills: string[];
  /** The posting's skills each story shows, by story id. */
  storySkills: Record<string, string[]>;
}

/** A story fits when it scores at least this. */
export const FIT_THRESHOLD = 0.35;
const NO_STORY: readonly Framework[] = ['motivation', 'weakness'];
const PROOF_CATEGORIES = new Set<string>(['strengths', 'achievement']);
const STOP = new Set([
  ...QUESTION_STOPWORDS,
  'tell',
  'time',
  'describe',
  'example',
  'me',
  'you',
  'your',
  'the',
]);
const cueSets = Object.fromEntries(
  Object.entries(STORY_CUES).map(([k, v]) => [k, new PhraseSet(v)]),
) as Record<string, PhraseSet>;

const contentStems = (text: string): Set<string> =>
  new Set(
    tokenize(text)
      .filter((t) => t.kind === 'word' && t.norm.length > 2 && !STOP.has(t.norm))
      .map((t) => stem(t.norm)),
  );

interface StoryProfile {
  story: Story;
  words: ReturnType<typeof tokenize>;
  stems: Set<string>;
  tags: Set<string>;
  quality: { result: boolean; quantified: boolean; learning: boolean };
  skills: string[];
}

function profile(story: Story, skills: readonly RankedSkill[]): StoryProfile {
  const text = storyText(story);
  const tokens = tokenize(text).filter((t) => t.kind !== 'newline');
  const known = new Set(
    vocabularyMatcher()
      .find(tokens)
      .map((h) => h.skill.name.toLowerCase()),
  );
  const lower = ` ${tokens.map((t) => t.norm).join(' ')} `;
  const tags = new Set(story.tags.map((t) => t.toLowerCase().trim()));
  const checks = text.trim() ? analyze(text.slice(0, 20_000)).checks : null;
  return {
    story,
    words: tokens.filter((t) => t.kind === 'word'),
    stems: contentStems(text),
    tags,
    quality: {
      result: !!checks?.result,
      quantified: !!checks?.quantified,
      learning: !!checks?.learning,
    },
    skills: skills
      .filter((s) => {
        const name = s.name.toLowerCase();
        return (
          known.has(name) ||
          tags.has(name) ||
          lower.includes(
            ` ${tokenize(name)
              .map((t) => t.norm)
              .join(' ')} `,
          )
        );
      })
      .map((s) => s.name),
  };
}

function fit(q: QuestionLike, p: StoryProfile): StoryFit {
  const reasons: string[] = [];
  let score = 0;
  const category = q.category;
  if (p.tags.has(category) || p.tags.has(category.replace('-', ' '))) {
    score += 0.45;
    reasons.push(`tagged "${category}"`);
  }
  const cues = cueSets[category]?.find(p.words) ?? [];
  const cueWords = [...new Set(cues.map((c) => c.phrase))];
  if (cueWords.length) {
    score += Math.min(0.3, 0.12 * cueWords.length);
    reasons.push(
      `mentions ${cueWords
        .slice(0, 3)
        .map((c) => `"${c}"`)
        .join(', ')}`,
    );
  }
  const shared = [...contentStems(q.question)].filter((s) => p.stems.has(s));
  if (shared.length) {
    score += Math.min(q.id === null ? 0.45 : 0.2, (q.id === null ? 0.12 : 0.06) * shared.length);
    if (shared.length >= 2 || q.id === null)
      reasons.push(`shares "${shared.slice(0, 3).join('", "')}" with the question`);
  }
  // A strength or an achievement is proved by any story with a measured result that shows
  // a skill the posting asks for.
  if (PROOF_CATEGORIES.has(category) && p.quality.result) {
    const proof = (p.quality.quantified ? 0.25 : 0.1) + Math.min(0.2, 0.1 * p.skills.length);
    score += proof;
    if (p.skills.length) reasons.push(`shows ${p.skills.slice(0, 3).join(', ')}`);
  }
  if (score > 0) {
    if (p.quality.quantified) {
      score += 0.1;
      reasons.push('result with numbers');
    } else if (p.quality.result) score += 0.05;
    if (p.quality.learning) score += 0.05;
  }
  return { storyId: p.story.id, score: Math.round(Math.min(1, score) * 100) / 100, reasons };
}

/**
 * Which story answers which question: a score per pair (tags, the words a story of that kind
 * uses, words shared with the question, and whether the story has a measured result and a
 * lesson), the best story per question (spreading stories so that one is not used for
 * everything), and the posting's skills that no story shows.
 */
export function coverStories(
  stories: readonly Story[],
  questions: readonly QuestionLike[],
  skills: readonly RankedSkill[] = [],
): Coverage {
  const top = skills.slice(0, 20);
  const profiles = stories.map((s) => profile(s, top));
  const uses = new Map<string, number>();
  const matrix: number[][] = [];
  const rows: QuestionCoverage[] = questions.map((q) => {
    const framework = q.id ? findQuestion(q.id)?.framework : 'carl';
    const fits = profiles.map((p) => fit(q, p));
    matrix.push(fits.map((f) => f.score));
    const needsStory = !framework || !NO_STORY.includes(framework);
    const ranked = fits
      .filter((f) => f.score >= FIT_THRESHOLD)
      .sort(
        (a, b) =>
          b.score - 0.1 * (uses.get(b.storyId) ?? 0) - (a.score - 0.1 * (uses.get(a.storyId) ?? 0)),
      );
    const best = needsStory ? (ranked[0] ?? null) : null;
    if (best) uses.set(best.storyId, (uses.get(best.storyId) ?? 0) + 1);
    return { question: q, needsStory, best };
  });
  const shown = new Set(profiles.flatMap((p) => p.skills));
  return {
    questions: rows,
    matrix,
    storyIds: stories.map((s) => s.id),
    uncoveredSkills: top.map((s) => s.name).filter((n) => !shown.has(n)),
    storySkills: Object.fromEntries(profiles.map((p) => [p.story.id, p.skills])),
  };
}
