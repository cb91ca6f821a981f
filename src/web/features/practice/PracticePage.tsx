import { useEffect, useMemo, useState } from 'react';
import { api, type QuestionSummary } from '../../api.ts';
import { Feedback } from './Feedback.tsx';
import { Versions } from './Versions.tsx';
import { useAnalyzer } from './useAnalyzer.ts';
import { useDraft } from './useDraft.ts';

interface Question extends QuestionSummary {
  assesses: string;
  howToAnswer: string;
  structure: string;
  pitfalls: string[];
  followUps: string[];
}

const STAGES = [
  ['', 'All stages'],
  ['recruiter-screen', 'Recruiter screen'],
  ['hiring-manager', 'Hiring manager (second round)'],
  ['panel', 'Panel or team'],
  ['final', 'Final'],
] as const;

function QuestionList({ selected }: { selected: string | null }) {
  const [all, setAll] = useState<QuestionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [stage, setStage] = useState('hiring-manager');
  const [category, setCategory] = useState('');
  useEffect(() => {
    api<QuestionSummary[]>('/api/questions').then(setAll, (e: Error) => setError(e.message));
  }, []);
  const shown = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return (all ?? []).filter(
      (q) =>
        (!stage || q.stages.includes(stage)) &&
        (!category || q.category === category) &&
        words.every((w) => `${q.question} ${q.category}`.toLowerCase().includes(w)),
    );
  }, [all, query, stage, category]);
  const categories = [...new Set((all ?? []).map((q) => q.category))].sort();
  return (
    <aside className="questions" aria-label="Questions">
      <h2>Questions</h2>
      <label htmlFor="q-search">Search</label>
      <input
        id="q-search"
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="leadership, conflict, weakness…"
      />
      <label htmlFor="q-stage">Stage</label>
      <select id="q-stage" value={stage} onChange={(e) => setStage(e.target.value)}>
        {STAGES.map(([id, label]) => (
          <option key={id} value={id}>
            {label}
          </option>
        ))}
      </select>
      <label htmlFor="q-category">Theme</label>
      <select id="q-category" value={category} onChange={(e) => setCategory(e.target.value)}>
        <option value="">All themes</option>
        {categories.map((c) => (
          <option key={c} value={c}>
            {c.replace(/-/g, ' ')}
          </option>
        ))}
      </select>
      {error && <p role="alert">Could not load the questions: {error}</p>}
      {!all && !error && <p>Loading…</p>}
      <p className="muted">{all ? `${shown.length} questions` : ''}</p>
      <ul>
        {shown.map((q) => (
          <li key={q.id}>
            <a href={`#/practice/${q.id}`} aria-current={q.id === selected ? 'true' : undefined}>
              {q.question}
            </a>
          </li>
        ))}
      </ul>
    </aside>
  );
}

function Editor({ question }: { question: Question }) {
  const [answer, setAnswer, saved] = useDraft(question.id);
  const analyzer = useAnalyzer();
  const analysis = useMemo(() => {
    if (!analyzer || !answer.trim() || answer.length > analyzer.MAX_ANSWER_CHARS) return null;
    const start = performance.now();
    const result = analyzer.analyze(answer, { questionId: question.id });
    // Read by bench/web-feedback.bench.ts: the time live feedback takes per keystroke.
    performance.measure('secondround:analyze', { start });
    return result;
  }, [analyzer, answer, question.id]);
  const tooLong = analyzer && answer.length > analyzer.MAX_ANSWER_CHARS;
  return (
    <div className="editor">
      <label htmlFor="answer">Your answer</label>
      <textarea
        id="answer"
        value={answer}
        onChange={(e) => setAnswer(e.target.value)}
        rows={10}
        placeholder="Say it as you would in the room: the situation, what you did, the result with a number, what you learned, and a question back."
        aria-describedby="answer-status"
      />
      <p id="answer-status" className="muted">
        {answer.length.toLocaleString('en-US')} characters ·{' '}
        {saved === 'saved'
          ? 'Saved'
          : saved === 'local'
            ? 'Saved in this browser only: the server cannot be reached'
            : 'Saving…'}
        {tooLong && (
          <strong role="alert">
            {' '}
            · Over the 20,000-character limit: shorten it to see feedback.
          </strong>
        )}
      </p>
      {!analyzer && answer.trim() && <p>Loading the coach…</p>}
      <Versions questionId={question.id} answer={answer} />
      {analysis && analyzer && (
        <Feedback
          answer={answer}
          analysis={analysis}
          required={analyzer.REQUIRED_CHECKS[question.framework as 'carl'] ?? []}
        />
      )}
    </div>
  );
}

/** Journey 1: pick a question, write an answer, get live feedback; drafts autosave. */
export function PracticePage({ questionId }: { questionId: string | null }) {
  const [question, setQuestion] = useState<Question | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setQuestion(null);
    setError(null);
    if (questionId)
      api<Question>(`/api/questions/${encodeURIComponent(questionId)}`).then(
        setQuestion,
        (e: Error) => setError(e.message),
      );
  }, [questionId]);
  return (
    <div className="practice">
      <QuestionList selected={questionId} />
      <section className="work" aria-label="Practice">
        {!questionId && (
          <div className="intro">
            <h1>Practise the second round</h1>
            <p>
              Pick a question. Answer it the way you would say it: the situation, what you did
              yourself, the result with a number, what you learned, and a question back to the
              interviewer. Feedback appears as you type, and nothing you write leaves this computer.
            </p>
          </div>
        )}
        {error && <p role="alert">{error}</p>}
        {question && (
          <>
            <h1>{question.question}</h1>
            <details>
              <summary>What they are assessing, and how to answer</summary>
              <p>{question.assesses}</p>
              <p>{question.howToAnswer}</p>
              <p className="muted">Structure: {question.structure}</p>
            </details>
            <Editor question={question} />
          </>
        )}
      </section>
    </div>
  );
}
