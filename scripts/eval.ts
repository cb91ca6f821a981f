/**
 * Measures the analyzer's checks against human labels.
 * Usage: npm run eval [-- FILE.jsonl ...] [--verbose]
 * By default: ../shared/data/answers.dev.jsonl and the sets in test/fixtures (see its README).
 */
import { resolve } from 'node:path';
import { measure, measureRecognition, readLabelled } from './measure.ts';
import { measureSkills } from './measure-skills.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  files.push(
    resolve(import.meta.dirname, '../../shared/data/answers.dev.jsonl'),
    ...['tuning-a', 'tuning-b', 'tuning-c', 'blind'].map((name) =>
      resolve(import.meta.dirname, `../test/fixtures/answers.${name}.jsonl`),
    ),
  );
}

const f = (x: number): string => x.toFixed(3);
for (const file of files) {
  const m = measure(readLabelled(file));
  console.log(`secondround eval: ${m.rows} answers from ${file}\n`);
  console.log('check                  precision  recall     F1    (tp fp fn tn)');
  for (const c of m.checks) {
    console.log(
      `${c.check.padEnd(22)} ${f(c.precision).padStart(9)} ${f(c.recall).padStart(7)} ${f(c.f1).padStart(7)}    (${c.tp} ${c.fp} ${c.fn} ${c.tn})`,
    );
  }
  console.log(
    `\nmean F1 ${f(m.meanF1)}   lowest F1 ${f(m.lowestF1)}   (target: mean >= 0.85, none < 0.75)`,
  );
  if (verbose) console.log('\n' + m.misses.join('\n'));
  console.log('');
}

const paraphrases = resolve(
  import.meta.dirname,
  '../test/fixtures/question-paraphrases.heldout.jsonl',
);
if (args.filter((a) => !a.startsWith('--')).length === 0) {
  const r = measureRecognition(paraphrases);
  console.log(
    `question recognition: ${r.correct}/${r.total} top-1 = ${(r.accuracy * 100).toFixed(1)}% on held-out paraphrases (${paraphrases}); target >= 90%`,
  );
  if (verbose) console.log('\n' + r.misses.join('\n'));
}

if (args.filter((a) => !a.startsWith('--')).length === 0) {
  const sets: [string, string, string][] = [
    [
      'dev',
      resolve(import.meta.dirname, '../../shared/data/jobs.dev.jsonl'),
      resolve(import.meta.dirname, '../test/fixtures/jobs.dev.labels.json'),
    ],
    [
      'held-out',
      resolve(import.meta.dirname, '../test/fixtures/jobs.heldout.jsonl'),
      resolve(import.meta.dirname, '../test/fixtures/jobs.heldout.labels.json'),
    ],
  ];
  console.log(
    '\nposting skills: human-labelled key skills found in the top 20 (see test/fixtures/README.md)',
  );
  for (const [name, postings, labels] of sets) {
    const m = measureSkills(postings, labels);
    console.log(
      `  ${name.padEnd(9)} ${m.postings} postings  recall ${f(m.recall)} (${m.found}/${m.keySkills})  mean per posting ${f(m.meanRecall)}  lowest ${m.lowest.id} ${f(m.lowest.recall)}  ${m.ms.toFixed(1)} ms per posting`,
    );
    if (verbose) console.log(m.misses.map((x) => `    ${x}`).join('\n'));
  }
}
