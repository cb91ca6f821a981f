/**
 * Measures the analyzer's checks against human labels.
 * Usage: npm run eval [-- FILE.jsonl] [--verbose]
 * Default data: ../shared/data/answers.dev.jsonl (rows: {id, question, answer, labels}).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, type Checks } from '../src/core/index.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  files.push(
    resolve(import.meta.dirname, '../../shared/data/answers.dev.jsonl'),
    // Written for secondround (test/fixtures/README.md): rows with even ids were never read while tuning.
    resolve(import.meta.dirname, '../test/fixtures/answers.holdout.jsonl'),
  );
}

const KEYS: [keyof Checks, string][] = [
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

interface Row {
  id: string;
  question: string;
  answer: string;
  labels: Record<string, boolean | null>;
}

function evaluate(file: string): void {
  const rows: Row[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);

  const tally = new Map(KEYS.map(([k]) => [k, { tp: 0, fp: 0, fn: 0, tn: 0 }]));
  const misses: string[] = [];
  for (const row of rows) {
    const { checks } = analyze(row.answer, { question: row.question });
    for (const [key, label] of KEYS) {
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

  const pct = (x: number): string => x.toFixed(3);
  console.log(`secondround eval: ${rows.length} answers from ${file}\n`);
  console.log('check                  precision  recall     F1    (tp fp fn tn)');
  const f1s: number[] = [];
  for (const [key] of KEYS) {
    const { tp, fp, fn, tn } = tally.get(key)!;
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    f1s.push(f1);
    console.log(
      `${key.padEnd(22)} ${pct(precision).padStart(9)} ${pct(recall).padStart(7)} ${pct(f1).padStart(7)}    (${tp} ${fp} ${fn} ${tn})`,
    );
  }
  const mean = f1s.reduce((a, b) => a + b, 0) / f1s.length;
  console.log(
    `\nmean F1 ${pct(mean)}   lowest F1 ${pct(Math.min(...f1s))}   (target: mean >= 0.85, none < 0.75)`,
  );
  if (verbose) console.log('\n' + misses.join('\n'));
  console.log('');
}

for (const file of files) evaluate(file);
