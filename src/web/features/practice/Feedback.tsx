import type { Analysis, Checks, Part } from './analyzer.ts';
import { RuleDoc } from './RuleDoc.tsx';

const PART_LABEL: Record<Part, string> = {
  context: 'Context',
  action: 'Action',
  result: 'Result',
  learning: 'Learning',
  question: 'Question back',
  other: 'Other',
};

const CHECKS: [keyof Checks, string, boolean][] = [
  ['context', 'Context: a concrete situation of yours', true],
  ['action', 'Action: what you did yourself', true],
  ['result', 'Result: the outcome', true],
  ['quantified', 'Numbers in the result', true],
  ['learning', 'Learning: what you took from it', true],
  ['followUpQuestion', 'Ends with a question back', true],
  ['blame', 'No blame of a former employer', false],
  ['weaknessNamed', 'A real weakness, named', true],
  ['weaknessCompensation', 'How you compensate for it', true],
  ['weaknessImprovement', 'How you keep improving', true],
];

interface Props {
  answer: string;
  analysis: Analysis;
  required: readonly (keyof Checks)[];
}

/** The analysis of an answer: score, timing, checklist, the answer marked by part, findings. */
export function Feedback({ answer, analysis, required }: Props) {
  const s = analysis.stats;
  const timing = s.speakingSeconds < 60 ? 'short' : s.speakingSeconds > 120 ? 'long' : 'good';
  return (
    <section className="feedback" aria-labelledby="feedback-title">
      <h2 id="feedback-title" className="sr-only">
        Feedback
      </h2>
      <div className="scoreline" aria-live="polite">
        <p className="score">
          <span className="score-value">{analysis.score}</span>
          <span className="score-of">/100</span>
          <meter
            min={0}
            max={100}
            low={60}
            high={80}
            optimum={100}
            value={analysis.score}
            aria-label="Score"
          />
        </p>
        <p className={`timing timing-${timing}`}>
          About {s.speakingSeconds} s to say <span className="muted">(aim for 60–120 s)</span>
          <br />
          <span className="muted">
            {s.words} words · {s.sentences} sentences · “I” ×{s.iCount}, “we” ×{s.weCount}
          </span>
        </p>
      </div>

      <h3>Checklist</h3>
      <ul className="checklist">
        {CHECKS.filter(([key]) => analysis.checks[key] !== null).map(([key, label, good]) => {
          const ok = analysis.checks[key] === good;
          const needed = key === 'blame' || required.includes(key);
          return (
            <li key={key} className={ok ? 'ok' : needed ? 'missing' : 'optional'}>
              <span aria-hidden="true">{ok ? '✓' : needed ? '✗' : '–'}</span> {label}
              <span className="sr-only">
                {ok ? ': done' : needed ? ': missing' : ': not needed here'}
              </span>
            </li>
          );
        })}
      </ul>

      <h3>Your answer, part by part</h3>
      <p className="marked">
        {analysis.sentences.map((sentence, i) => (
          <span key={i} className={`part part-${sentence.part}`} title={PART_LABEL[sentence.part]}>
            <span className="part-tag">{PART_LABEL[sentence.part]}</span>
            {answer.slice(sentence.start, sentence.end)}{' '}
          </span>
        ))}
      </p>

      <h3>What to change ({analysis.findings.length})</h3>
      {analysis.findings.length === 0 ? (
        <p>Nothing: this answer does what the round asks.</p>
      ) : (
        <ol className="findings">
          {analysis.findings.map((f, i) => (
            <li key={i} className={`finding finding-${f.severity}`}>
              <p>
                <strong>
                  {f.severity === 'error' ? 'Fix' : f.severity === 'warning' ? 'Improve' : 'Tip'}
                </strong>{' '}
                {f.message}
              </p>
              {f.end > f.start && f.end - f.start < answer.length && (
                <blockquote>{answer.slice(f.start, f.end)}</blockquote>
              )}
              <RuleDoc ruleId={f.ruleId} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
