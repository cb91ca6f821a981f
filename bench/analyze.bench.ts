/**
 * Throughput and latency of analyze() on a synthetic corpus, against a retext pipeline
 * (english parser + intensify + readability) on the same corpus.
 * Usage: npm run bench
 *
 * Single thread, one answer at a time, timed with performance.now(). Budgets are printed as
 * PASS/FAIL for information only; the process always exits 0.
 */
import retextEnglish from 'retext-english';
import retextIntensify from 'retext-intensify';
import retextReadability from 'retext-readability';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { analyze } from '../src/core/index.ts';
import { buildCorpus, type BenchAnswer } from './corpus.ts';

const WARMUP_ROUNDS = 2;
/** Measured passes over the whole corpus, each capped by a time budget (at least one pass). */
const SECONDROUND = { rounds: 10, budgetMs: 20_000 };
const RETEXT = { rounds: 5, budgetMs: 25_000 };

const BUDGET_P99_MS = 5;
const BUDGET_RATIO = 3;

let peakRss = process.memoryUsage().rss;
const sampleRss = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

interface Result {
  answers: number;
  rounds: number;
  elapsedMs: number;
  latencies: Float64Array;
  /** A value derived from every output so no work can be skipped; also a sanity figure. */
  sink: number;
}

/** Runs `fn` over the corpus `rounds` times (or until `budgetMs`), timing every call. */
function measure(
  corpus: BenchAnswer[],
  fn: (a: BenchAnswer) => number,
  { rounds, budgetMs }: { rounds: number; budgetMs: number },
): Result {
  const latencies = new Float64Array(corpus.length * rounds);
  let n = 0;
  let sink = 0;
  let elapsedMs = 0;
  let done = 0;
  while (done < rounds && (done === 0 || elapsedMs < budgetMs)) {
    const roundStart = performance.now();
    for (const a of corpus) {
      const t0 = performance.now();
      sink += fn(a);
      latencies[n++] = performance.now() - t0;
    }
    elapsedMs += performance.now() - roundStart;
    done++;
    sampleRss();
  }
  return { answers: n, rounds: done, elapsedMs, latencies: latencies.slice(0, n), sink };
}

function warmUp(corpus: BenchAnswer[], fn: (a: BenchAnswer) => number): void {
  for (let r = 0; r < WARMUP_ROUNDS; r++) for (const a of corpus) fn(a);
  sampleRss();
}

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

interface Summary {
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

function summarise(r: Result): Summary {
  const sorted = r.latencies.slice().sort();
  let total = 0;
  for (const x of sorted) total += x;
  return {
    perSecond: r.answers / (r.elapsedMs / 1000),
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
    mean: total / sorted.length,
  };
}

const ms = (x: number): string => `${x.toFixed(3)} ms`;
const rate = (x: number): string => `${Math.round(x).toLocaleString('en-US')} answers/s`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const verdict = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');
const row = (label: string, value: string): string => `  ${label.padEnd(22)}${value}`;

// --- corpus -----------------------------------------------------------------------------------

const started = performance.now();
const corpus = buildCorpus();
const words = corpus.map((a) => a.words);
const meanWords = words.reduce((s, w) => s + w, 0) / words.length;

console.log('secondround bench: analyze() vs retext (english + intensify + readability)\n');
console.log('corpus');
console.log(row('answers', String(corpus.length)));
console.log(row('fields', String(new Set(corpus.map((a) => a.field)).size)));
console.log(row('words per answer', `mean ${meanWords.toFixed(1)}`));
console.log(row('', `min ${Math.min(...words)}, max ${Math.max(...words)}`));

// --- secondround ------------------------------------------------------------------------------

const runSecondround = (a: BenchAnswer): number => {
  const analysis = analyze(a.answer, { question: a.question });
  return analysis.findings.length;
};

warmUp(corpus, runSecondround);
const sr = measure(corpus, runSecondround, SECONDROUND);
const srSum = summarise(sr);

console.log(`\nsecondround analyze() (${sr.rounds} rounds, ${sr.answers} answers)`);
console.log(row('throughput', rate(srSum.perSecond)));
console.log(row('latency p50', ms(srSum.p50)));
console.log(row('latency p99', ms(srSum.p99)));
console.log(row('latency max', ms(srSum.max)));
console.log(row('latency mean', ms(srSum.mean)));
console.log(row('findings per answer', (sr.sink / sr.answers).toFixed(2)));

// --- retext -----------------------------------------------------------------------------------

// Frozen once, as an app would; each answer gets its own file so messages are collected.
const processor = unified().use(retextEnglish).use(retextIntensify).use(retextReadability).freeze();

const runRetext = (a: BenchAnswer): number => {
  const file = new VFile(a.answer);
  processor.runSync(processor.parse(file), file);
  return file.messages.length;
};

warmUp(corpus, runRetext);
const rt = measure(corpus, runRetext, RETEXT);
const rtSum = summarise(rt);

console.log(`\nretext runSync(parse()) (${rt.rounds} rounds, ${rt.answers} answers)`);
console.log(row('throughput', rate(rtSum.perSecond)));
console.log(row('latency p50', ms(rtSum.p50)));
console.log(row('latency p99', ms(rtSum.p99)));
console.log(row('latency max', ms(rtSum.max)));
console.log(row('messages per answer', (rt.sink / rt.answers).toFixed(2)));

// --- budgets ----------------------------------------------------------------------------------

const ratio = srSum.perSecond / rtSum.perSecond;
console.log('\ncomparison');
console.log(row('secondround / retext', `${ratio.toFixed(2)}x throughput`));

console.log('\nbudgets (informational)');
console.log(
  row(
    `p99 <= ${BUDGET_P99_MS} ms`,
    `${verdict(srSum.p99 <= BUDGET_P99_MS)}  (p99 ${ms(srSum.p99)})`,
  ),
);
console.log(
  row(`>= ${BUDGET_RATIO}x retext`, `${verdict(ratio >= BUDGET_RATIO)}  (${ratio.toFixed(2)}x)`),
);

// --- memory -----------------------------------------------------------------------------------

sampleRss();
console.log('\nmemory');
console.log(row('rss at end', mb(process.memoryUsage().rss)));
console.log(row('peak rss (sampled)', mb(peakRss)));
// getrusage's maxRSS is in kilobytes and covers the whole process lifetime.
console.log(row('peak rss (getrusage)', mb(process.resourceUsage().maxRSS * 1024)));
console.log(`\ntotal time ${((performance.now() - started) / 1000).toFixed(1)} s`);
