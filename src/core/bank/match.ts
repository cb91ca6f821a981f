import { QUESTIONS, type BankQuestion } from '../../data/bank/index.ts';
import { QUESTION_STOPWORDS, QUESTION_SYNONYMS } from '../../data/synonyms.ts';
import { QUESTION_CONCEPTS } from '../../data/concepts.ts';
import { PhraseSet } from '../text/phrases.ts';
import { tokenize } from '../text/tokenize.ts';

export interface QuestionMatch {
  id: string | null;
  confidence: number;
}

const STOP = new Set(QUESTION_STOPWORDS);
/** Weight of the nearest single wording against all of a question's wordings together. */
const NEAREST_WEIGHT = 0.3;
/** Below this similarity no question of the bank fits. */
export const MATCH_THRESHOLD = 0.15;

/** Crude, predictable English stemming: enough to equate "leaving" and "leave". */
export function stem(word: string): string {
  const canon = QUESTION_SYNONYMS[word];
  if (canon) return canon;
  let w = word.replace(/'s$/, '');
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return QUESTION_SYNONYMS[w] ?? w;
}

const concepts = new PhraseSet(Object.keys(QUESTION_CONCEPTS));

/**
 * Features of a question: concepts ("tight turnaround" and "deadline" are one), content stems,
 * pairs of neighbours to capture phrasing, and character 4-grams of each word so that
 * "prioritise" still meets "priorities".
 */
export function questionFeatures(text: string, spell?: (word: string) => string): string[] {
  const words = tokenize(text)
    .filter((t) => t.kind === 'word' || t.kind === 'number')
    .map((t) => (spell ? { ...t, norm: spell(t.norm) } : t));
  const units: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const m = concepts.longestAt(words, i);
    if (m) {
      units.push(`@${QUESTION_CONCEPTS[m.phrase]}`);
      i = m.to - 1;
      continue;
    }
    for (const part of words[i]!.norm.split(/['-]/)) {
      if (!part || STOP.has(part) || (part.length < 2 && part !== '5')) continue;
      units.push(stem(part));
    }
  }
  const features = [...units];
  for (let i = 0; i + 1 < units.length; i++) features.push(`${units[i]} ${units[i + 1]}`);
  for (const u of units) {
    if (u.startsWith('@') || u.length < 5) continue;
    const padded = `<${u}>`;
    for (let i = 0; i + 4 <= padded.length; i++) features.push(`#${padded.slice(i, i + 4)}`);
  }
  return features;
}

type Vector = Map<string, number>;

/** Optimal string alignment distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

function nearest(word: string, vocabulary: readonly string[]): string | undefined {
  if (word.length < 5) return undefined;
  const max = word.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const v of vocabulary) {
    const d = editDistance(word, v, max);
    if (d < bestDistance) {
      best = v;
      bestDistance = d;
    }
  }
  return best;
}

function vectorize(features: string[], idf: Map<string, number>, charWeight = CHAR_WEIGHT): Vector {
  const v: Vector = new Map();
  for (const f of features) {
    const weight = f.startsWith('#') ? charWeight : 1;
    v.set(f, (v.get(f) ?? 0) + weight * (idf.get(f) ?? MAX_IDF_FALLBACK));
  }
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (const [k, x] of v) v.set(k, x / norm);
  return v;
}

/** An unseen feature cannot point to any question. */
const MAX_IDF_FALLBACK = 0;
/** How much character 4-grams count next to whole words and concepts. */
const CHAR_WEIGHT = 0.3;

export interface QuestionIndex {
  match(text: string): QuestionMatch;
  /** Every bank question with its similarity to `text`, best first. */
  rank(text: string): { id: string; score: number }[];
}

/** Builds a nearest-neighbour index over each question and its paraphrases (TF-IDF, cosine). */
export interface IndexOptions {
  /** Weight of the nearest single wording against all of a question's wordings together. */
  nearestWeight?: number;
  /** How much character 4-grams count next to whole words and concepts. */
  charWeight?: number;
  /** Also learn from each question's guidance (what it assesses, how to answer); on by default. */
  guidance?: boolean;
}

export function buildQuestionIndex(
  questions: readonly BankQuestion[],
  options: IndexOptions = {},
): QuestionIndex {
  const nearestWeight = options.nearestWeight ?? NEAREST_WEIGHT;
  const charWeight = options.charWeight ?? CHAR_WEIGHT;
  const guidance = options.guidance ?? true;
  const docs = questions.flatMap((q) =>
    [q.question, ...q.paraphrases].map((text) => ({ id: q.id, features: questionFeatures(text) })),
  );
  const df = new Map<string, number>();
  for (const d of docs) for (const f of new Set(d.features)) df.set(f, (df.get(f) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [f, n] of df) idf.set(f, Math.log(1 + docs.length / n));
  const vectors = docs.map((d) => ({ id: d.id, v: vectorize(d.features, idf, charWeight) }));
  const centroids = new Map(
    questions.map((q) => [
      q.id,
      vectorize(
        [
          ...docs.filter((d) => d.id === q.id).flatMap((d) => d.features),
          ...(guidance ? questionFeatures(`${q.assesses} ${q.howToAnswer}`) : []),
        ],
        idf,
        charWeight,
      ),
    ]),
  );

  // A misspelt word ("strenghts", "challange") is read as the known word one or two edits away.
  // Every word of every concept phrase is known, so "messed up" is not "corrected" to "missed up".
  const known = new Set<string>(Object.keys(QUESTION_CONCEPTS).flatMap((k) => k.split(' ')));
  for (const q of questions) {
    for (const t of tokenize([q.question, ...q.paraphrases].join(' ')))
      if (t.kind === 'word') known.add(t.norm);
  }
  const byLength = new Map<number, string[]>();
  for (const w of known) byLength.set(w.length, [...(byLength.get(w.length) ?? []), w]);
  const spelled = new Map<string, string>();
  const spell = (word: string): string => {
    if (known.has(word) || STOP.has(word) || word.length < 5) return word;
    let fixed = spelled.get(word);
    if (fixed === undefined) {
      const max = word.length >= 8 ? 2 : 1;
      const candidates: string[] = [];
      for (let n = word.length - max; n <= word.length + max; n++)
        candidates.push(...(byLength.get(n) ?? []));
      fixed = nearest(word, candidates) ?? word;
      if (spelled.size < 5000) spelled.set(word, fixed);
    }
    return fixed;
  };

  // Inverted indexes: feature -> (wording or question, weight), so a query only touches
  // the wordings it shares a feature with.
  const invert = (vs: readonly Vector[]): Map<string, [number, number][]> => {
    const index = new Map<string, [number, number][]>();
    vs.forEach((v, i) => {
      for (const [f, w] of v) {
        let postings = index.get(f);
        if (!postings) index.set(f, (postings = []));
        postings.push([i, w]);
      }
    });
    return index;
  };
  const ids = [...centroids.keys()];
  const byWording = invert(vectors.map((d) => d.v));
  const byQuestion = invert([...centroids.values()]);
  const dot = (q: Vector, index: Map<string, [number, number][]>, size: number): Float64Array => {
    const sums = new Float64Array(size);
    for (const [f, w] of q) for (const [i, x] of index.get(f) ?? []) sums[i]! += w * x;
    return sums;
  };

  const rank = (text: string): { id: string; score: number }[] => {
    const q = vectorize(questionFeatures(text, spell), idf, charWeight);
    if (q.size === 0) return [];
    // Each bank question: its best wording, blended with all its wordings together.
    const wordings = dot(q, byWording, vectors.length);
    const best = new Map<string, number>();
    vectors.forEach(({ id }, i) => best.set(id, Math.max(best.get(id) ?? 0, wordings[i]!)));
    const whole = dot(q, byQuestion, ids.length);
    return ids
      .map((id, i) => ({
        id,
        score: nearestWeight * best.get(id)! + (1 - nearestWeight) * whole[i]!,
      }))
      .sort((a, b) => b.score - a.score);
  };

  return {
    rank,
    match(text: string): QuestionMatch {
      const top = rank(text)[0];
      if (!top) return { id: null, confidence: 0 };
      const confidence = Math.round(Math.min(1, top.score) * 100) / 100;
      return confidence >= MATCH_THRESHOLD ? { id: top.id, confidence } : { id: null, confidence };
    },
  };
}

let defaultIndex: QuestionIndex | undefined;

const recent = new Map<string, QuestionMatch>();

/** Recognises which bank question a free-text question is (the last few hundred are remembered). */
export function matchQuestion(text: string): QuestionMatch {
  const cached = recent.get(text);
  if (cached) return cached;
  defaultIndex ??= buildQuestionIndex(QUESTIONS);
  const m = defaultIndex.match(text);
  if (recent.size >= 500) recent.delete(recent.keys().next().value!);
  recent.set(text, m);
  return m;
}

export function findQuestion(id: string): BankQuestion | undefined {
  return QUESTIONS.find((q) => q.id === id);
}
