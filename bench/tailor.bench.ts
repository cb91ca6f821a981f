/**
 * Speed of tailor(): postings of about 10,000 characters, built by joining real postings from
 * ../shared/data/jobs.dev.jsonl and our held-out set, read one at a time on one thread.
 * Usage: npm run bench:tailor
 *
 * Budget (printed, never asserted): a 10,000-character posting in under 50 ms.
 */
import { resolve } from 'node:path';
import { tailor } from '../src/core/index.ts';
import { readJsonl } from '../scripts/measure-skills.ts';

const TARGET_CHARS = 10_000;
const BUDGET_MS = 50;
const ROUNDS = 20;

interface Posting {
  title: string;
  company: string;
  text: string;
}

const postings = [
  ...readJsonl<Posting>(resolve(import.meta.dirname, '../../shared/data/jobs.dev.jsonl')),
  ...readJsonl<Posting>(resolve(import.meta.dirname, '../test/fixtures/jobs.heldout.jsonl')),
];

/** Each posting, followed by the next ones until the text reaches TARGET_CHARS, cut there. */
const corpus = postings.map((p, i) => {
  let text = p.text;
  for (let k = 1; text.length < TARGET_CHARS; k++)
    text += `\n\n${postings[(i + k) % postings.length]!.text}`;
  return { ...p, text: text.slice(0, TARGET_CHARS) };
});

const quantile = (sorted: Float64Array, q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
tailor({ posting: corpus[0]!.text, title: corpus[0]!.title });
const cold = performance.now() - t0;

const times = new Float64Array(corpus.length * ROUNDS);
let sink = 0;
let n = 0;
for (let r = 0; r < ROUNDS; r++) {
  for (const p of corpus) {
    const start = performance.now();
    const out = tailor({ posting: p.text, title: p.title, companyName: p.company });
    times[n++] = performance.now() - start;
    sink += out.skills.length + out.painPoints.length;
  }
}
times.sort();
const p50 = quantile(times, 0.5);
const p99 = quantile(times, 0.99);
const max = times[times.length - 1]!;
const f = (x: number): string => `${x.toFixed(2)} ms`;

console.log(
  `secondround tailor(): ${corpus.length} postings of ${TARGET_CHARS.toLocaleString('en-US')} characters, ${ROUNDS} rounds (${n} calls)`,
);
console.log(`  first call (compiles the skills vocabulary)  ${f(cold)}`);
console.log(`  latency p50                                  ${f(p50)}`);
console.log(`  latency p99                                  ${f(p99)}`);
console.log(`  latency max                                  ${f(max)}`);
console.log(
  `  rss growth                                   ${((process.memoryUsage().rss - rssBefore) / 1e6).toFixed(1)} MB`,
);
console.log(`  (sink ${sink})`);
console.log(
  `\nbudget (informational)\n  10,000 characters < ${BUDGET_MS} ms   ${max < BUDGET_MS && cold < BUDGET_MS ? 'PASS' : 'FAIL'}  (max ${f(max)}, first call ${f(cold)})`,
);
