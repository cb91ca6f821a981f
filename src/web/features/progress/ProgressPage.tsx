import { useEffect, useMemo, useState } from 'react';
import { api } from '../../api.ts';
import { useAnalyzer } from '../practice/useAnalyzer.ts';
import type { Checks } from '../practice/analyzer.ts';

interface Saved {
  id: string;
  questionId: string;
  text: string;
  score: number;
  createdAt: string;
}

const CHECK_NAMES: Partial<Record<keyof Checks, string>> = {
  context: 'Context',
  action: 'Your own action',
  result: 'Result',
  quantified: 'Numbers in the result',
  learning: 'Learning',
  followUpQuestion: 'Question back',
  weaknessNamed: 'A real weakness',
  weaknessCompensation: 'How you compensate',
  weaknessImprovement: 'How you keep improving',
};

const day = (iso: string): string => iso.slice(0, 10);

/** Consecutive days, up to today or yesterday, with at least one saved answer. */
export function streak(dates: readonly string[], today = new Date()): number {
  const days = new Set(dates.map(day));
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  if (!days.has(d.toISOString().slice(0, 10))) d.setUTCDate(d.getUTCDate() - 1);
  let n = 0;
  while (days.has(d.toISOString().slice(0, 10))) {
    n++;
    d.setUTCDate(d.getUTCDate() - 1);
  }
  return n;
}

/** A line of scores over time, drawn as SVG (no inline styles: the page's CSP forbids them). */
function Chart({ points, label }: { points: { x: number; y: number }[]; label: string }) {
  const W = 640;
  const H = 200;
  const pad = 28;
  const xs = points.map((p) => p.x);
  const min = Math.min(...xs);
  const span = Math.max(1, Math.max(...xs) - min);
  const px = (x: number): number => pad + ((x - min) / span) * (W - 2 * pad);
  const py = (y: number): number => H - pad - (y / 100) * (H - 2 * pad);
  const path = points
    .map((p, i) => `${i ? 'L' : 'M'}${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`)
    .join(' ');
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="chart" role="img" aria-label={label}>
      {[0, 50, 80, 100].map((y) => (
        <g key={y}>
          <line
            x1={pad}
            x2={W - pad}
            y1={py(y)}
            y2={py(y)}
            className={y === 80 ? 'target' : 'grid'}
          />
          <text x={4} y={py(y) + 4} className="axis">
            {y}
          </text>
        </g>
      ))}
      <path d={path} className="line" />
      {points.map((p, i) => (
        <circle key={i} cx={px(p.x)} cy={py(p.y)} r={4} className="dot" />
      ))}
    </svg>
  );
}

/** Journey 7: scores over time, per question and per check, the streak, the checks missed most. */
export function ProgressPage() {
  const analyzer = useAnalyzer();
  const [saved, setSaved] = useState<Saved[] | null>(null);
  const [questionId, setQuestionId] = useState('');
  useEffect(() => {
    api<Saved[]>('/api/answers').then(setSaved, () => setSaved([]));
  }, []);
  const missed = useMemo(() => {
    if (!analyzer || !saved) return [];
    const counts = new Map<keyof Checks, number>();
    for (const s of saved) {
      const q = analyzer.findQuestion(s.questionId);
      const required = analyzer.REQUIRED_CHECKS[q?.framework ?? 'carl'];
      const checks = analyzer.analyze(s.text, { questionId: s.questionId }).checks;
      for (const c of required) if (checks[c] === false) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1]);
  }, [analyzer, saved]);
  if (!saved) return <p>Loading…</p>;
  const questions = [...new Set(saved.map((s) => s.questionId))];
  const shown = saved.filter((s) => !questionId || s.questionId === questionId);
  const days = streak(saved.map((s) => s.createdAt));
  const title = (id: string): string => analyzer?.findQuestion(id)?.question ?? id;
  return (
    <div className="progress">
      <h1>Your progress</h1>
      {saved.length === 0 ? (
        <p>
          Nothing saved yet. Practise a question and save a version: your scores will show here.
        </p>
      ) : (
        <>
          <p className="stats">
            <strong>{saved.length}</strong> answers saved · <strong>{questions.length}</strong>{' '}
            questions practised · practice streak <strong>{days}</strong>{' '}
            {days === 1 ? 'day' : 'days'}
          </p>
          <label htmlFor="p-question">Question</label>
          <select
            id="p-question"
            value={questionId}
            onChange={(e) => setQuestionId(e.target.value)}
          >
            <option value="">All questions</option>
            {questions.map((id) => (
              <option key={id} value={id}>
                {title(id)}
              </option>
            ))}
          </select>
          <Chart
            label={`Scores over time${questionId ? ` for ${title(questionId)}` : ''}: ${shown.map((s) => s.score).join(', ')}`}
            points={shown.map((s) => ({ x: Date.parse(s.createdAt), y: s.score }))}
          />
          <h2>Checks you miss most</h2>
          {missed.length === 0 ? (
            <p>{analyzer ? 'None: every saved answer does what its question asks.' : 'Loading…'}</p>
          ) : (
            <ol>
              {missed.map(([check, n]) => (
                <li key={check}>
                  {CHECK_NAMES[check] ?? check}: missed in {n} of {saved.length} answers
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </div>
  );
}
