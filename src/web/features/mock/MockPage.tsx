import { useEffect, useRef, useState } from 'react';
import { api } from '../../api.ts';
import { useAnalyzer } from '../practice/useAnalyzer.ts';
import type { MockQuestion, MockState } from '../practice/analyzer.ts';

interface InterviewSummary {
  id: string;
  company: string;
  role: string;
}

const CHECK_NAMES: Record<string, string> = {
  context: 'a concrete situation',
  action: 'your own action',
  result: 'the result',
  quantified: 'numbers in the result',
  learning: 'the lesson',
  followUpQuestion: 'a question back',
  weaknessNamed: 'a real weakness',
  weaknessCompensation: 'how you compensate',
  weaknessImprovement: 'how you keep improving',
};

type Recognition = {
  continuous: boolean;
  interimResults: boolean;
  lang: string;
  onresult: (e: {
    results: ArrayLike<ArrayLike<{ transcript: string }>>;
    resultIndex: number;
  }) => void;
  onend: () => void;
  start(): void;
  stop(): void;
};

function speak(text: string): void {
  if (!('speechSynthesis' in window)) return;
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
}

function useElapsed(key: string): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    setSeconds(0);
    const started = Date.now();
    const timer = window.setInterval(
      () => setSeconds(Math.floor((Date.now() - started) / 1000)),
      1000,
    );
    return () => window.clearInterval(timer);
  }, [key]);
  return seconds;
}

/** Journey 4: a hiring-manager persona asks, probes the gaps, and closes; then a scorecard. */
export function MockPage() {
  const analyzer = useAnalyzer();
  const [interviews, setInterviews] = useState<InterviewSummary[]>([]);
  const [source, setSource] = useState('stage:hiring-manager');
  const [length, setLength] = useState(5);
  const [state, setState] = useState<MockState | null>(null);
  const [draft, setDraft] = useState('');
  const [voice, setVoice] = useState(true);
  const [dictation, setDictation] = useState(false);
  const [listening, setListening] = useState(false);
  const recognition = useRef<Recognition | null>(null);
  const prompt = state && analyzer ? analyzer.currentPrompt(state) : null;
  const elapsed = useElapsed(`${state?.index}-${state?.phase}`);
  const SpeechRecognition =
    (window as unknown as Record<string, (new () => Recognition) | undefined>).SpeechRecognition ??
    (window as unknown as Record<string, (new () => Recognition) | undefined>)
      .webkitSpeechRecognition;

  useEffect(() => {
    api<InterviewSummary[]>('/api/interviews').then(setInterviews, () => setInterviews([]));
  }, []);
  useEffect(() => {
    if (prompt && voice) speak(prompt);
  }, [prompt, voice]);

  const start = async (): Promise<void> => {
    if (!analyzer) return;
    let questions: MockQuestion[];
    if (source.startsWith('interview:')) {
      const t = await api<{ tailoring: { predictedQuestions: MockQuestion[] } }>(
        `/api/interviews/${encodeURIComponent(source.slice(10))}/tailoring`,
      );
      questions = t.tailoring.predictedQuestions.slice(0, length);
    } else {
      questions = analyzer
        .planQuestions(analyzer.QUESTIONS, {
          stage: source.slice(6) as 'hiring-manager',
          count: length,
          seed: Date.now() % 1000,
        })
        .map((p) => ({ id: p.question.id, question: p.question.question }));
    }
    setDraft('');
    setState(analyzer.startMock(questions));
  };

  const send = (type: 'answer' | 'skip'): void => {
    if (!analyzer || !state) return;
    recognition.current?.stop();
    const nextState = analyzer.mockReducer(
      state,
      type === 'answer' ? { type, text: draft } : { type },
    );
    setState(nextState);
    setDraft('');
    if (nextState.phase === 'done')
      for (const t of nextState.turns)
        if (t.question.id)
          void api('/api/answers', {
            method: 'POST',
            body: JSON.stringify({ questionId: t.question.id, text: t.answer }),
          }).catch(() => {});
  };

  const toggleListening = (): void => {
    if (!SpeechRecognition) return;
    if (listening) return recognition.current?.stop();
    const r = new SpeechRecognition();
    r.continuous = true;
    r.interimResults = false;
    r.lang = 'en-US';
    r.onresult = (e) => {
      let text = '';
      for (let k = e.resultIndex; k < e.results.length; k++) text += e.results[k]![0]!.transcript;
      setDraft((d) => `${d}${d && !d.endsWith(' ') ? ' ' : ''}${text.trim()}`);
    };
    r.onend = () => setListening(false);
    recognition.current = r;
    r.start();
    setListening(true);
  };

  if (!state || !analyzer)
    return (
      <div className="mock">
        <h1>Mock interview</h1>
        <p>
          A hiring manager asks one question at a time. Answer as you would in the room. When an
          answer leaves a gap, they ask about it, just as a real one would. At the end you get a
          scorecard.
        </p>
        <label htmlFor="m-source">Questions from</label>
        <select id="m-source" value={source} onChange={(e) => setSource(e.target.value)}>
          <option value="stage:hiring-manager">The hiring-manager round (second round)</option>
          <option value="stage:recruiter-screen">The recruiter screen</option>
          <option value="stage:panel">A panel or team interview</option>
          <option value="stage:final">The final round</option>
          {interviews.map((i) => (
            <option key={i.id} value={`interview:${i.id}`}>
              Your interview: {i.role} at {i.company}
            </option>
          ))}
        </select>
        <label htmlFor="m-length">Length</label>
        <select id="m-length" value={length} onChange={(e) => setLength(Number(e.target.value))}>
          <option value={3}>Short: 3 questions</option>
          <option value={5}>Standard: 5 questions</option>
          <option value={8}>Long: 8 questions</option>
        </select>
        <button type="button" onClick={() => void start()} disabled={!analyzer}>
          {analyzer ? 'Start the interview' : 'Loading…'}
        </button>
      </div>
    );

  if (state.phase === 'done') {
    const card = analyzer.scorecard(state);
    return (
      <div className="mock">
        <h1>Scorecard</h1>
        <p className="score">
          <span className="score-value">{card.averageScore ?? '–'}</span>
          <span className="score-of">/100 on average over {card.answered} answers</span>
        </p>
        {card.mostMissed.length > 0 && (
          <p>
            <strong>Missed most often:</strong>{' '}
            {card.mostMissed
              .map((m) => `${CHECK_NAMES[m.check] ?? m.check} (${m.times}×)`)
              .join(', ')}
          </p>
        )}
        <p>
          {card.askedQuestionsBack
            ? '✓ You asked the interviewer questions at the end.'
            : '✗ You had no questions for the interviewer: always have two ready.'}
        </p>
        <ol className="turns">
          {state.turns.map((t, k) => (
            <li key={k}>
              <h2>{t.question.question}</h2>
              <p>
                <strong>{t.analysis.score}/100</strong> · about {t.analysis.stats.speakingSeconds} s
              </p>
              <p>{t.answer}</p>
              {t.probe && (
                <p className="muted">
                  They asked: “{t.probe.text}” You said: {t.probe.answer ?? '(nothing)'}
                </p>
              )}
              {t.analysis.findings.slice(0, 2).map((f, j) => (
                <p key={j} className="tip">
                  {f.message}
                </p>
              ))}
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => setState(null)}>
          Another interview
        </button>
      </div>
    );
  }

  const total = state.questions.length;
  const target =
    state.phase === 'asking' ? (elapsed < 60 ? 'under' : elapsed > 120 ? 'over' : 'good') : 'good';
  return (
    <div className="mock">
      <h1>Mock interview</h1>
      <p className="muted">
        {state.phase === 'closing' ? 'Last question' : `Question ${state.index + 1} of ${total}`}
        {state.phase === 'probing' && ' · follow-up'}
      </p>
      <blockquote className="interviewer" aria-live="polite">
        <span className="sr-only">The interviewer asks: </span>
        {prompt}
      </blockquote>
      <p>
        <button type="button" className="secondary" onClick={() => prompt && speak(prompt)}>
          Read it aloud
        </button>{' '}
        <label className="inline">
          <input type="checkbox" checked={voice} onChange={(e) => setVoice(e.target.checked)} />{' '}
          Read each question aloud
        </label>
      </p>
      <p className={`timer timer-${target}`} role="timer" aria-live="off">
        {Math.floor(elapsed / 60)}:{String(elapsed % 60).padStart(2, '0')}{' '}
        <span className="muted">(aim for 1:00–2:00)</span>
      </p>
      <label htmlFor="m-answer">Your answer</label>
      <textarea id="m-answer" rows={8} value={draft} onChange={(e) => setDraft(e.target.value)} />
      <p>
        <button type="button" onClick={() => send('answer')} disabled={!draft.trim()}>
          Answer
        </button>{' '}
        <button type="button" className="secondary" onClick={() => send('skip')}>
          {state.phase === 'closing' ? 'No questions' : 'Skip'}
        </button>
      </p>
      {SpeechRecognition && (
        <section className="dictation">
          <label className="inline">
            <input
              type="checkbox"
              checked={dictation}
              onChange={(e) => setDictation(e.target.checked)}
            />{' '}
            Dictate instead of typing
          </label>
          <p className="muted">
            Off by default: some browsers send the audio to their vendor&apos;s servers to turn it
            into text. Everything else stays on this computer.
          </p>
          {dictation && (
            <button type="button" className="secondary" onClick={toggleListening}>
              {listening ? 'Stop dictating' : 'Start dictating'}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
