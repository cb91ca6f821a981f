import {
  REQUIRED_CHECKS,
  RULES,
  scoreLines,
  type Analysis,
  type Checks,
  type Part,
  DEFAULT_SEVERITY,
  findQuestion,
} from '../core/index.ts';

const useColor = (): boolean => process.stdout.isTTY === true && !process.env.NO_COLOR;
const paint =
  (code: number) =>
  (s: string): string =>
    useColor() ? `\x1b[${code}m${s}\x1b[0m` : s;
export const c = {
  bold: paint(1),
  dim: paint(2),
  red: paint(31),
  green: paint(32),
  yellow: paint(33),
  cyan: paint(36),
};

const MARK: Record<Part, string> = {
  context: 'C',
  action: 'A',
  result: 'R',
  learning: 'L',
  question: '?',
  other: '·',
};
const PART_COLOR: Record<Part, (s: string) => string> = {
  context: c.cyan,
  action: c.green,
  result: c.yellow,
  learning: paint(35),
  question: paint(34),
  other: c.dim,
};

const CHECK_LABELS: [keyof Checks, string, boolean][] = [
  ['context', 'Context', true],
  ['action', 'Action (yours)', true],
  ['result', 'Result', true],
  ['quantified', 'Numbers in the result', true],
  ['learning', 'Learning', true],
  ['followUpQuestion', 'Question back', true],
  ['blame', 'No blame', false],
  ['weaknessNamed', 'Real weakness named', true],
  ['weaknessCompensation', 'How you compensate', true],
  ['weaknessImprovement', 'How you keep improving', true],
];

export function wrap(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l)).join('\n');
}

/** Line and column (1-based) of a character offset. */
function position(text: string, offset: number): string {
  let line = 1;
  let col = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      col = 1;
    } else col++;
  }
  return `${line}:${col}`;
}

/** The human report of one analysis: checklist, marked answer, findings, score, timing. */
export function renderAnalysis(answer: string, a: Analysis, questionText?: string): string {
  const out: string[] = [];
  const bank = a.question.id ? findQuestion(a.question.id) : undefined;
  if (bank) {
    out.push(
      `${c.bold('Question')}  ${bank.question} ${c.dim(`(${bank.id}, ${Math.round(a.question.confidence * 100)}% match)`)}`,
    );
  } else if (questionText) {
    out.push(
      `${c.bold('Question')}  ${questionText} ${c.dim('(not one of the bank questions: general checks only)')}`,
    );
  }

  out.push('', c.bold('Checklist'));
  const framework = bank?.framework ?? 'carl';
  for (const [key, label, good] of CHECK_LABELS) {
    const value = a.checks[key];
    if (value === null) continue;
    const ok = value === good;
    if (!ok && key !== 'blame' && !REQUIRED_CHECKS[framework].includes(key)) {
      out.push(c.dim(`  - ${label} (not needed for this question)`));
      continue;
    }
    out.push(`  ${ok ? c.green('✓') : c.red('✗')} ${label}`);
  }

  out.push(
    '',
    `${c.bold('Your answer')} ${c.dim('[C]ontext [A]ction [R]esult [L]earning [?] question [·] other')}`,
  );
  for (const s of a.sentences) {
    const text = answer.slice(s.start, s.end).replace(/\s+/g, ' ');
    out.push(`  ${PART_COLOR[s.part](`[${MARK[s.part]}]`)} ${wrap(text, 88, '      ')}`);
  }

  if (a.tailoring) {
    const t = a.tailoring;
    out.push('', c.bold(`For this interview${t.company ? ` at ${t.company}` : ''}`));
    out.push(
      `  Skills from the posting: ${t.skills.map((s) => s.name).join(', ') || c.yellow('none')}`,
    );
    out.push(
      `  Pain points addressed:   ${t.painPoints.map((p) => `"${p.summary}"`).join(', ') || c.yellow('none')}`,
    );
    out.push(
      `  Names the company: ${t.namesCompany ? 'yes' : 'no'} · mission or their work: ${t.mission ? 'yes' : 'no'}${t.generic ? ` · ${c.yellow('generic')}` : ''}`,
    );
    if (t.reusedAt.length)
      out.push(`  ${c.yellow(`Same answer given at ${t.reusedAt.join(', ')}`)}`);
    const off = t.figures.length;
    out.push(
      `  Figures checked against your stories and resume: ${off ? c.yellow(`${off} to look at (see findings)`) : 'all consistent'}`,
    );
  }

  out.push('', c.bold(`Findings (${a.findings.length})`));
  if (a.findings.length === 0) out.push('  None: this answer does what the round asks.');
  for (const f of a.findings) {
    const sev =
      f.severity === 'error'
        ? c.red('error  ')
        : f.severity === 'warning'
          ? c.yellow('warning')
          : c.cyan('info   ');
    const quote = answer.slice(f.start, f.end).replace(/\s+/g, ' ');
    const excerpt = quote.length > 70 ? `${quote.slice(0, 67)}...` : quote;
    out.push(`  ${sev} ${c.dim(position(answer, f.start).padEnd(6))} ${c.bold(f.ruleId)}`);
    out.push(`          ${wrap(f.message, 86, '          ')}`);
    if (excerpt) out.push(`          ${c.dim(`> ${excerpt}`)}`);
    out.push(`          ${c.dim(`docs/rules/${f.ruleId}.md`)}`);
  }

  const english = !a.findings.some((f) => f.ruleId === 'english-only');
  const lines = scoreLines(RULES, a.findings, {
    framework,
    id: a.question.id,
    english,
    severity: { ...DEFAULT_SEVERITY },
    interview: a.tailoring ?? null,
  }).filter((l) => l.lost > 0);
  const lost = lines.map((l) => `-${l.lost} ${l.ruleId}`).join(', ');
  out.push(
    '',
    `${c.bold('Score')}  ${a.score}/100${lost ? c.dim(`   (points lost by weight: ${lost}; see docs/scoring.md)`) : ''}`,
  );
  const st = a.stats;
  const timing = st.speakingSeconds < 60 ? c.yellow : st.speakingSeconds > 120 ? c.yellow : c.green;
  out.push(
    `${c.bold('Speaking time')}  ${timing(`about ${st.speakingSeconds} s`)} (aim 60-120 s) · ${st.words} words · ${st.sentences} sentences · fillers ${(st.fillerRate * 100).toFixed(1)}% · "I" ×${st.iCount}, "we" ×${st.weCount}`,
  );
  return out.join('\n') + '\n';
}
