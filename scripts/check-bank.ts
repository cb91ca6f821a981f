/**
 * Checks question-bank entries as a writer works on them.
 * Usage: node --import tsx scripts/check-bank.ts [ID_PREFIX_OR_FILE_STEM ...]
 * For each entry: required checks its example answer misses, its score, its findings; then
 * leave-one-out recognition of every paraphrase against the whole bank.
 */
import { analyze, QUESTIONS } from '../src/core/index.ts';
import { buildQuestionIndex } from '../src/core/bank/match.ts';
import { missingChecks } from '../src/core/bank/requirements.ts';

const filters = process.argv.slice(2);
const selected = QUESTIONS.filter(
  (q) => filters.length === 0 || filters.some((f) => q.id.startsWith(f)),
);
let problems = 0;

for (const q of selected) {
  if (!q.exampleAnswer) {
    problems++;
    console.log(`FAIL ${q.id.padEnd(34)} no example answer`);
    continue;
  }
  const a = analyze(q.exampleAnswer, { questionId: q.id });
  const missing = missingChecks(q.framework, a.checks);
  const ok = missing.length === 0 && a.score >= 80;
  if (!ok) problems++;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${q.id.padEnd(34)} score ${String(a.score).padStart(3)}  ${a.stats.words} words  ${missing.length ? 'missing: ' + missing.join(', ') : ''}`,
  );
  if (!ok)
    for (const f of a.findings) console.log(`       ${f.ruleId}: ${f.message.slice(0, 110)}`);
}

console.log('\nLeave-one-out recognition of paraphrases:');
let right = 0;
let total = 0;
for (const q of selected) {
  q.paraphrases.forEach((p, i) => {
    const others = QUESTIONS.map((o) =>
      o.id === q.id ? { ...o, paraphrases: o.paraphrases.filter((_, j) => j !== i) } : o,
    );
    const m = buildQuestionIndex(others).match(p);
    total++;
    if (m.id === q.id) right++;
    else console.log(`  ${q.id}: "${p}" -> ${m.id ?? 'none'} (${m.confidence})`);
  });
}
console.log(`${right}/${total} paraphrases recognised; ${problems} example answers need work.`);
