import { QUESTIONS, type BankQuestion } from '../../data/questions.ts';
import { QUESTION_STOPWORDS, QUESTION_SYNONYMS } from '../../data/synonyms.ts';
import { tokenize } from '../text/tokenize.ts';

export interface QuestionMatch {
  id: string | null;
  confidence: number;
}

const STOP = new Set(QUESTION_STOPWORDS);
/** Below this similarity no question of the bank fits. */
export const MATCH_THRESHOLD = 0.4;

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

/** Content stems of a question, plus adjacent-pair features to capture phrasing. */
export function questionFeatures(text: string): string[] {
  const stems: string[] = [];
  for (const t of tokenize(text)) {
    if (t.kind !== 'word' && t.kind !== 'number') continue;
    for (const part of t.norm.split(/['-]/)) {
      if (!part || STOP.has(part) || (part.length < 2 && part !== '5')) continue;
      stems.push(stem(part));
    }
  }
  const features = [...stems];
  for (let i = 0; i + 1 < stems.length; i++) features.push(`${stems[i]} ${stems[i + 1]}`);
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

function vectorize(features: string[], idf: Map<string, number>): Vector {
  const v: Vector = new Map();
  for (const f of features) v.set(f, (v.get(f) ?? 0) + (idf.get(f) ?? MAX_IDF_FALLBACK));
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (const [k, x] of v) v.set(k, x / norm);
  return v;
}

const MAX_IDF_FALLBACK = 0; // an unseen feature cannot point to any question

function cosine(a: Vector, b: Vector): number {
  let s = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const [k, x] of small) s += x * (large.get(k) ?? 0);
  return s;
}

export interface QuestionIndex {
  match(text: string): QuestionMatch;
}

/** Builds a nearest-neighbour index over each question and its paraphrases (TF-IDF, cosine). */
export function buildQuestionIndex(questions: readonly BankQuestion[]): QuestionIndex {
  const docs = questions.flatMap((q) =>
    [q.question, ...q.paraphrases].map((text) => ({ id: q.id, features: questionFeatures(text) })),
  );
  const df = new Map<string, number>();
  for (const d of docs) for (const f of new Set(d.features)) df.set(f, (df.get(f) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [f, n] of df) idf.set(f, Math.log(1 + docs.length / n));
  const vectors = docs.map((d) => ({ id: d.id, v: vectorize(d.features, idf) }));

  const vocabulary = [...df.keys()].filter((f) => !f.includes(' '));
  /** A misspelt word ("strenghts") is read as the known word one or two edits away. */
  const correct = (features: string[]): string[] => {
    const fixed = features.map((f) =>
      f.includes(' ') || df.has(f) ? f : (nearest(f, vocabulary) ?? f),
    );
    const words = fixed.filter((f) => !f.includes(' '));
    for (let i = 0; i + 1 < words.length; i++) fixed.push(`${words[i]} ${words[i + 1]}`);
    return fixed;
  };

  return {
    match(text: string): QuestionMatch {
      const q = vectorize(correct(questionFeatures(text)), idf);
      if (q.size === 0) return { id: null, confidence: 0 };
      // Score each bank question by its best paraphrase, softened by its second best.
      const best = new Map<string, [number, number]>();
      for (const { id, v } of vectors) {
        const s = cosine(q, v);
        const [a, b] = best.get(id) ?? [0, 0];
        if (s > a) best.set(id, [s, a]);
        else if (s > b) best.set(id, [a, s]);
      }
      let top: QuestionMatch = { id: null, confidence: 0 };
      for (const [id, [a, b]] of best) {
        const score = 0.8 * a + 0.2 * b;
        if (score > top.confidence) top = { id, confidence: score };
      }
      const confidence = Math.round(Math.min(1, top.confidence) * 100) / 100;
      return confidence >= MATCH_THRESHOLD ? { id: top.id, confidence } : { id: null, confidence };
    },
  };
}

let defaultIndex: QuestionIndex | undefined;

/** Recognises which bank question a free-text question is. */
export function matchQuestion(text: string): QuestionMatch {
  defaultIndex ??= buildQuestionIndex(QUESTIONS);
  return defaultIndex.match(text);
}

export function findQuestion(id: string): BankQuestion | undefined {
  return QUESTIONS.find((q) => q.id === id);
}
