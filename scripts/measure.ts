/** Precision, recall and F1 of the analyzer's checks against labelled answers. */
import { readFileSync } from 'node:fs';
import { analyze, matchQuestion, type Checks } from '../src/core/index.ts';

/** Check name in the analysis, and the label's name in the JSON Lines files. */
export const CHECK_LABELS: [keyof Checks, string][] = [
  ['context', 'context'],
  ['action', 'action'],
  ['result', 'result'],
  ['quantified', 'quantified'],
  ['learning', 'learning'],
  ['followUpQuestion', 'follow_up_question'],
  ['blame', 'blame'],
  ['weaknessNamed', 'weakness_named'],
  ['weaknessCompensation', 'weakness_compensation'],
  ['weaknessImprovement', 'weakness_improvement'],
];

export interface LabelledAnswer {
  id: string;
  question: string;
  answer: string;
  labels: Record<string, boolean | null>;
}

export interface CheckScore {
  check: keyof Checks;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Measurement {
  rows: number;
  checks: CheckScore[];
  meanF1: number;
  lowestF1: number;
  /** "id<TAB>check<TAB>predicted x, labelled y" for each disagreement. */
  misses: string[];
}

export function readLabelled(file: string): LabelledAnswer[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledAnswer);
}

/** Rows whose label is null (a weakness check off a weakness question) are not counted. */
export function measure(rows: readonly LabelledAnswer[]): Measurement {
  const tally = new Map(CHECK_LABELS.map(([k]) => [k, { tp: 0, fp: 0, fn: 0, tn: 0 }]));
  const misses: string[] = [];
  for (const row of rows) {
    const { checks } = analyze(row.answer, { question: row.question });
    for (const [key, label] of CHECK_LABELS) {
      const truth = row.labels[label];
      if (truth === null || truth === undefined) continue;
      const predicted = checks[key] === true;
      const t = tally.get(key)!;
      if (predicted && truth) t.tp++;
      else if (predicted) t.fp++;
      else if (truth) t.fn++;
      else t.tn++;
      if (predicted !== truth)
        misses.push(`${row.id}\t${key}\tpredicted ${predicted}, labelled ${truth}`);
    }
  }
  const checks = CHECK_LABELS.map(([check]): CheckScore => {
    const { tp, fp, fn, tn } = tally.get(check)!;
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { check, tp, fp, fn, tn, precision, recall, f1 };
  });
  const f1s = checks.map((c) => c.f1);
  return {
    rows: rows.length,
    checks,
    meanF1: f1s.reduce((a, b) => a + b, 0) / f1s.length,
    lowestF1: Math.min(...f1s),
    misses,
  };
}

export interface RecognitionMeasurement {
  total: number;
  correct: number;
  accuracy: number;
  /** "expected <- got (confidence) | text" for each miss. */
  misses: string[];
}

/** Top-1 accuracy of question recognition on {"id","text"} lines. */
export function measureRecognition(file: string): RecognitionMeasurement {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string });
  const misses: string[] = [];
  let correct = 0;
  for (const row of rows) {
    const m = matchQuestion(row.text);
    if (m.id === row.id) correct++;
    else misses.push(`${row.id} <- ${m.id ?? 'none'} (${m.confidence}) | ${row.text}`);
  }
  return { total: rows.length, correct, accuracy: rows.length ? correct / rows.length : 0, misses };
}
