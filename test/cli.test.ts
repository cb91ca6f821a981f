// End-to-end tests of the real `secondround` binary, run as a child process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONS } from '../src/core/index.ts';
import { run, type Run } from './helpers/cli.ts';

/** A user error: exit 2, nothing on stdout, one clear line on stderr and no stack trace. */
function expectUsageError(r: Run, message: RegExp | string): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^secondround: [^\n]+\n$/);
  if (typeof message === 'string') expect(r.stderr).toContain(message);
  else expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/\.ts:\d+/);
}

// --- Answers (written for these tests) -------------------------------------------------

const GOOD_CARL = `Last spring I was the backend engineer at a small logistics startup, and our billing service began sending duplicate invoices every night. The hard part was that our largest customer threatened to cancel a contract worth a third of our revenue if it happened again that month. I took ownership of the incident and traced the duplicates to a retry loop in the payment queue. I rewrote the job so that it was idempotent, added a unique key to each invoice, and set up an alert that fires when retries spike. I also wrote a short runbook so the next person on call could act without waiting for me. Within two weeks duplicate invoices dropped by 95 percent, support tickets fell from 40 a week to 3, and the customer renewed for another year. I learned to design for retries from the first day instead of patching them after an outage. How does your team balance feature work against reliability?
`;

const WEAKNESS = `My biggest weakness is that I find speaking in front of large groups hard, and I used to rush through my slides. To compensate, I write short speaker notes before every review and share the deck a day early so people can send questions in advance. To keep improving, I joined a presenting workshop last autumn and now volunteer to run our monthly team demo, asking one colleague for honest feedback each time. What kind of presentations would this role involve?
`;

const BLAMING = `I left because my manager was toxic and micromanaged everything. My team lead was incompetent and never listened to anyone, so the whole department was a mess. Now I want a place where people respect engineers.
`;

const WHY_LEFT = `I spent four good years at a regional bank, where I moved from support into building internal reporting tools. Over the last year I realised that I want to work on a product used by customers directly, and the bank's roadmap is focused on compliance projects. I led the rebuild of our loan dashboard, which cut the weekly reporting effort from two days to three hours, and I want to bring that kind of work to a product team. What does a typical first project look like here?
`;

const SPANISH = `El año pasado mi equipo tuvo un problema serio con las facturas de los clientes, porque muchas salían duplicadas cada noche. Yo me encargué de revisar el código y encontré el fallo en la cola de pagos. Después de corregirlo, las quejas bajaron casi por completo y aprendí a probar mejor los cambios antes de publicarlos.
`;

const FRENCH = `L'année dernière, notre équipe devait livrer une nouvelle application mobile en seulement trois mois. J'ai organisé des réunions courtes chaque matin et j'ai réparti les tâches selon les forces de chacun. Nous avons livré à temps et les clients étaient très satisfaits du résultat.
`;

const ANALYSIS_KEYS = ['question', 'checks', 'sentences', 'findings', 'score', 'stats'];
const CHECK_KEYS = [
  'context',
  'action',
  'result',
  'quantified',
  'learning',
  'followUpQuestion',
  'blame',
  'weaknessNamed',
  'weaknessCompensation',
  'weaknessImprovement',
];
const PARTS = ['context', 'action', 'result', 'learning', 'question', 'other'];

interface Finding {
  ruleId: string;
  severity: string;
  message: string;
  start: number;
  end: number;
}
interface Analysis {
  question: { id: string | null; confidence: number };
  checks: Record<string, boolean | null>;
  sentences: { start: number; end: number; part: string }[];
  findings: Finding[];
  score: number;
  stats: Record<string, number>;
}

/** The shape every analysis must have, whatever the answer. */
function expectAnalysisShape(a: Analysis, answer: string): void {
  expect(Object.keys(a).sort()).toEqual([...ANALYSIS_KEYS].sort());
  expect(Object.keys(a.checks).sort()).toEqual([...CHECK_KEYS].sort());
  expect(a.score).toBeGreaterThanOrEqual(0);
  expect(a.score).toBeLessThanOrEqual(100);
  for (const s of a.sentences) {
    expect(PARTS).toContain(s.part);
    expect(s.start).toBeLessThan(s.end);
    expect(s.end).toBeLessThanOrEqual(answer.length);
  }
  for (const f of a.findings) {
    expect(Object.keys(f).sort()).toEqual(['end', 'message', 'ruleId', 'severity', 'start']);
    expect(typeof f.ruleId).toBe('string');
    expect(['error', 'warning', 'info']).toContain(f.severity);
    expect(f.message.length).toBeGreaterThan(10);
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.start).toBeLessThan(f.end);
    expect(f.end).toBeLessThanOrEqual(answer.length);
  }
}

function parseAnalysis(r: Run, answer: string): Analysis {
  expect(r.status, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  const a = JSON.parse(r.stdout) as Analysis;
  expectAnalysisShape(a, answer);
  return a;
}

let dir = '';
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'secondround-cli-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('secondround analyze', () => {
  it('reports checklist, marked sentences, score and speaking time for a good CARL answer file', async () => {
    const r = await run([
      'analyze',
      file('good.txt', GOOD_CARL),
      '--question-id',
      'major-challenge',
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out).toMatch(
      /^Question {2}Tell us about a time you faced a major challenge.*\(major-challenge, 100% match\)$/m,
    );
    expect(out).toContain('Checklist');
    for (const label of [
      'Context',
      'Action (yours)',
      'Result',
      'Numbers in the result',
      'Learning',
      'Question back',
      'No blame',
    ])
      expect(out).toContain(`✓ ${label}\n`);
    expect(out).not.toContain('✗');
    // Weakness checks are not shown off weakness questions.
    expect(out).not.toContain('Real weakness named');
    // Each sentence is marked with its CARL part (not just the legend line).
    expect(out).toMatch(/^ {2}\[C\] Last spring I was the backend engineer/m);
    expect(out).toMatch(/^ {2}\[A\] I took ownership of the incident/m);
    expect(out).toMatch(/^ {2}\[R\] Within two weeks duplicate invoices dropped/m);
    expect(out).toMatch(/^ {2}\[L\] I learned to design for retries/m);
    expect(out).toMatch(/^ {2}\[\?\] How does your team balance/m);
    const score = /^Score {2}(\d+)\/100/m.exec(out);
    expect(score).not.toBeNull();
    expect(Number(score![1])).toBeGreaterThanOrEqual(80);
    expect(out).toMatch(
      /^Speaking time {2}about \d+ s \(aim 60-120 s\) · \d+ words · 8 sentences/m,
    );
    // NO_COLOR: no ANSI escapes.
    expect(out).not.toContain('\x1b[');
  });

  it('prints the analysis as JSON from standard input, without weakness checks off weakness questions', async () => {
    const a = parseAnalysis(await run(['analyze', '--json'], GOOD_CARL), GOOD_CARL);
    expect(a.question).toEqual({ id: null, confidence: 0 });
    expect(a.checks.weaknessNamed).toBeNull();
    expect(a.checks.weaknessCompensation).toBeNull();
    expect(a.checks.weaknessImprovement).toBeNull();
    for (const key of CHECK_KEYS.slice(0, 6)) expect(a.checks[key], key).toBe(true);
    expect(a.checks.blame).toBe(false);
    expect(a.findings.map((f) => f.ruleId)).not.toContain('no-blame');
    expect(a.sentences).toHaveLength(8);
    expect(a.stats.words).toBeGreaterThan(140);
    expect(a.stats.speakingSeconds).toBeGreaterThanOrEqual(60);
  });

  it('fills the weakness checks with booleans for a free-text weakness question', async () => {
    const r = await run(
      ['analyze', '--json', '--question', "What's your biggest weakness?"],
      WEAKNESS,
    );
    const a = parseAnalysis(r, WEAKNESS);
    expect(a.question.id).toBe('weaknesses');
    expect(a.question.confidence).toBeGreaterThan(0.5);
    expect(a.checks.weaknessNamed).toBe(true);
    expect(a.checks.weaknessCompensation).toBe(true);
    expect(a.checks.weaknessImprovement).toBe(true);
    for (const key of CHECK_KEYS) expect(typeof a.checks[key], key).toBe('boolean');
  });

  it('flags blame of a former manager with no-blame findings', async () => {
    const a = parseAnalysis(await run(['analyze', '--json'], BLAMING), BLAMING);
    expect(a.checks.blame).toBe(true);
    const blame = a.findings.filter((f) => f.ruleId === 'no-blame');
    expect(blame.length).toBeGreaterThanOrEqual(1);
    const quoted = blame.map((f) => BLAMING.slice(f.start, f.end)).join(' | ');
    expect(quoted).toMatch(/toxic|micromanag|incompetent/);
    for (const f of blame) expect(f.message).toContain(BLAMING.slice(f.start, f.end));
  });

  it('recognises "why are you looking to leave" as the why-you-left question', async () => {
    const r = await run(
      ['analyze', '--json', '--question', 'Why are you looking to leave your current job?'],
      WHY_LEFT,
    );
    const a = parseAnalysis(r, WHY_LEFT);
    expect(a.question.id).toBe('why-you-left');
    expect(a.question.confidence).toBeGreaterThan(0.5);
    expect(a.checks.blame).toBe(false);
  });

  it.each([
    ['Spanish', SPANISH],
    ['French', FRENCH],
  ])('gives a %s answer exactly one finding: english-only', async (_lang, answer) => {
    const a = parseAnalysis(await run(['analyze', '--json'], answer), answer);
    expect(a.findings).toHaveLength(1);
    expect(a.findings[0]!.ruleId).toBe('english-only');
    expect(a.findings[0]!.severity).toBe('error');
    expect(a.findings[0]!.message).toMatch(/English/);
  });

  it('analyses JSON Lines in order, reporting bad lines as {id, error}', async () => {
    const input = [
      JSON.stringify({ id: 'first', questionId: 'weaknesses', answer: WEAKNESS }),
      '{"id": "second", "answer": "unterminated',
      JSON.stringify({ id: 'third', question: 'What is your biggest weakness?', answer: '' }),
    ].join('\n');
    const r = await run(['analyze', '--jsonl'], input + '\n');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const [first, second, third] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);

    expect(Object.keys(first!).sort()).toEqual(['id', ...ANALYSIS_KEYS].sort());
    expect(first!.id).toBe('first');
    const analysis = { ...first! } as unknown as Analysis & { id?: unknown };
    delete analysis.id;
    expectAnalysisShape(analysis, WEAKNESS);
    expect(analysis.question).toEqual({ id: 'weaknesses', confidence: 1 });

    for (const bad of [second!, third!]) {
      expect(Object.keys(bad).sort()).toEqual(['error', 'id']);
      expect(typeof bad.error).toBe('string');
      expect((bad.error as string).length).toBeGreaterThan(5);
    }
    expect(second!.error).toMatch(/JSON/);
    expect(third!.id).toBe('third');
    expect(third!.error).toMatch(/empty/i);
  });
});

describe.concurrent('secondround analyze: user errors exit 2 with a message', () => {
  it('refuses an empty answer on standard input', async () => {
    expectUsageError(await run(['analyze'], ''), /empty/i);
  });

  it('refuses a whitespace-only answer', async () => {
    expectUsageError(await run(['analyze', '--json'], '  \n\t \n  '), /empty/i);
  });

  it('refuses an answer over 20,000 characters, stating length and limit', async () => {
    const long = 'I fixed the build and we shipped on time. '.repeat(500).slice(0, 20_001);
    expect(long).toHaveLength(20_001);
    const r = await run(['analyze', file('long.txt', long)]);
    expectUsageError(r, '20,000');
    expect(r.stderr).toContain('20,001');
  });

  it('refuses a file that is not text', async () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
      0x52, 0x00, 0x00, 0x00, 0x01,
    ]);
    const path = file('picture.png', png);
    const r = await run(['analyze', path]);
    expectUsageError(r, /not a text file/);
    expect(r.stderr).toContain('picture.png');
  });

  it('reports a missing file', async () => {
    const path = join(dir, 'does-not-exist.txt');
    const r = await run(['analyze', path]);
    expectUsageError(r, /not found/i);
    expect(r.stderr).toContain('does-not-exist.txt');
  });

  it('reports an unknown --question-id', async () => {
    expectUsageError(
      await run(['analyze', '--question-id', 'no-such-question'], GOOD_CARL),
      'Unknown question id "no-such-question"',
    );
  });

  it('refuses --question together with --question-id', async () => {
    expectUsageError(
      await run(['analyze', '--question', 'Why here?', '--question-id', 'weaknesses'], GOOD_CARL),
      /either --question or --question-id/,
    );
  });
});

describe.concurrent('secondround questions', () => {
  it('matches a paraphrase to its bank id as JSON', async () => {
    const r = await run(['questions', 'match', "What's your biggest weakness?", '--json']);
    expect(r.status, r.stderr).toBe(0);
    const m = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(m).sort()).toEqual(['confidence', 'id']);
    expect(m.id).toBe('weaknesses');
    expect(typeof m.confidence).toBe('number');
    expect(m.confidence).toBeGreaterThan(0.5);
    expect(m.confidence).toBeLessThanOrEqual(1);
  });

  it('lists every bank question with its id', async () => {
    const r = await run(['questions', 'list']);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => /^[a-z][a-z0-9-]* /.test(l))).toHaveLength(QUESTIONS.length);
    expect(lines[lines.length - 1]).toContain(`${QUESTIONS.length} questions`);
    for (const q of QUESTIONS) {
      const line = lines.find((l) => l.startsWith(`${q.id} `));
      expect(line, q.id).toBeDefined();
      expect(line).toContain(q.question);
    }
    expect(r.stdout).toContain('weaknesses');
    expect(r.stdout).toContain('why-you-left');
  });

  it('shows one question with the ways it may be asked', async () => {
    const r = await run(['questions', 'show', 'weaknesses']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('What are your weaknesses?');
    for (const heading of [
      'What they are assessing',
      'How to answer',
      'Pitfalls',
      'They may follow up with',
      'Example answer',
      'Also asked as',
    ]) {
      expect(r.stdout).toContain(heading);
    }
    expect(r.stdout).toContain("  - What's your biggest weakness?\n");
  });

  it('exits 2 for an unknown question id', async () => {
    expectUsageError(await run(['questions', 'show', 'nope']), 'Unknown question id "nope"');
  });
});

describe.concurrent('secondround practice', () => {
  it('with piped input, prints the question and feedback on the answer', async () => {
    const r = await run(['practice', '--question-id', 'weaknesses'], WEAKNESS);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toBe('What are your weaknesses?');
    expect(r.stdout).toContain('Checklist');
    expect(r.stdout).toContain('✓ Real weakness named');
    expect(r.stdout).toContain('✓ How you compensate');
    expect(r.stdout).toMatch(/^ {2}\[\S\] My biggest weakness is/m);
    expect(r.stdout).toMatch(/^Score {2}\d+\/100/m);
    expect(r.stdout).toMatch(/^Speaking time {2}about \d+ s/m);
  });

  it('with piped input, refuses an empty answer', async () => {
    expectUsageError(await run(['practice', '--question-id', 'weaknesses'], '\n'), /empty/i);
  });
});
