import { useEffect, useState } from 'react';
import { api } from '../../api.ts';

interface Stage {
  id: string;
  order: number;
  name: string;
  whoYouMeet: string;
  whatTheyDecide: string;
  howItDiffers: string;
  whatToPrepare: string[];
}
interface Ask {
  id: string;
  question: string;
  purpose: string;
  whenItFits: string;
  whatItTellsYou: string;
}

/** Journey 8: the stage guide, CARL and STAR, and questions to ask at the end. */
export function LearnPage() {
  const [stages, setStages] = useState<Stage[]>([]);
  const [ask, setAsk] = useState<Ask[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<Stage[]>('/api/stages').then(setStages, (e: Error) => setError(e.message));
    api<Ask[]>('/api/ask?stage=hiring-manager').then(setAsk, (e: Error) => setError(e.message));
  }, []);
  return (
    <article className="learn">
      <h1>How the second round works</h1>
      {error && <p role="alert">{error}</p>}
      <section>
        <h2>CARL, or STAR</h2>
        <dl className="carl">
          <dt>Context</dt>
          <dd>
            Where you were and what was going on: a role, a team, a moment. Two sentences, not ten.
          </dd>
          <dt>Action</dt>
          <dd>
            What you did yourself. Say “I”, and name the steps you took and the choices you made.
          </dd>
          <dt>Result</dt>
          <dd>
            What changed because of it, with a number where you have one: a percentage, money, time,
            people.
          </dd>
          <dt>Learning</dt>
          <dd>What you took from it and do differently since. This is what CARL adds to STAR.</dd>
        </dl>
        <p>
          STAR (Situation, Task, Action, Result) is the same walk without the lesson. Either way,
          end with a question back to the interviewer: it turns an interrogation into a
          conversation.
        </p>
      </section>
      <section>
        <h2>The four stages</h2>
        {stages.map((s) => (
          <section key={s.id} className="stage">
            <h3>
              {s.order}. {s.name}
            </h3>
            <p>
              <strong>Who you meet:</strong> {s.whoYouMeet}
            </p>
            <p>
              <strong>What they decide:</strong> {s.whatTheyDecide}
            </p>
            <p>
              <strong>How it differs:</strong> {s.howItDiffers}
            </p>
            <ul>
              {s.whatToPrepare.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </section>
        ))}
      </section>
      <p>
        Building on secondround? <a href="#/api">The HTTP API</a> is documented here.
      </p>
      <section>
        <h2>Five questions to ask the hiring manager</h2>
        <ol>
          {ask.map((q) => (
            <li key={q.id}>
              <p>
                <strong>{q.question}</strong>
              </p>
              <p className="muted">{q.whatItTellsYou}</p>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
