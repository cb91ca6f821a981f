import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, type Interview, type Interviewer } from '../../api.ts';
import { AfterInterview } from './AfterInterview.tsx';
import { PrepSheetView } from './PrepSheetView.tsx';

interface Tailored {
  interview: Interview;
  tailoring: {
    skills: { name: string; kind: string }[];
    painPoints: { summary: string }[];
    mission: { text: string; stated: boolean } | null;
    values: string[];
    questionsToAsk: { question: string; reason: string }[];
    openers: { interviewer: string; kind: string; detail: string; say: string }[];
  };
  readiness: {
    question: string;
    id: string | null;
    bestScore: number | null;
    story: string | null;
    needsStory: boolean;
  }[];
  uncoveredSkills: string[];
}

const STAGES = [
  ['recruiter-screen', 'Recruiter screen'],
  ['hiring-manager', 'Hiring manager (second round)'],
  ['panel', 'Panel or team'],
  ['final', 'Final'],
] as const;

const EMPTY = {
  company: '',
  role: '',
  stage: 'hiring-manager',
  startsAt: '',
  posting: '',
  companyText: '',
};

/** The interview form: a new interview, or an existing one to change. */
function InterviewForm({
  onSaved,
  existing,
}: {
  onSaved: (id: string) => void;
  existing?: Interview;
}) {
  const [form, setForm] = useState(
    existing
      ? {
          company: existing.company,
          role: existing.role,
          stage: existing.stage,
          startsAt: existing.startsAt,
          posting: existing.posting,
          companyText: existing.companyText,
        }
      : EMPTY,
  );
  const [people, setPeople] = useState<Interviewer[]>(
    existing?.interviewers.length ? existing.interviewers : [{ name: '', role: '', notes: '' }],
  );
  /** The change handler of one field of the i-th person. */
  const setPerson =
    (i: number, field: keyof Interviewer) =>
    (e: { target: { value: string } }): void =>
      setPeople(people.map((x, k) => (k === i ? { ...x, [field]: e.target.value } : x)));
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setError(null);
    try {
      const interviewers = people
        .filter((p) => p.name?.trim())
        .map((p) => ({
          name: p.name,
          ...(p.role ? { role: p.role } : {}),
          ...(p.notes ? { notes: p.notes } : {}),
        }));
      const body = JSON.stringify({ ...form, interviewers });
      const saved = existing
        ? await api<Interview>(`/api/interviews/${encodeURIComponent(existing.id)}`, {
            method: 'PUT',
            body,
          })
        : await api<Interview>('/api/interviews', { method: 'POST', body });
      onSaved(saved.id);
    } catch (err) {
      setError(err instanceof ApiError ? err.body.message : (err as Error).message);
    }
  };
  return (
    <form onSubmit={submit} className="interview-form" aria-label="New interview">
      <h2>{existing ? 'Change this interview' : 'New interview'}</h2>
      <div className="two">
        <div>
          <label htmlFor="i-company">Company</label>
          <input
            id="i-company"
            value={form.company}
            onChange={set('company')}
            required
            maxLength={120}
          />
        </div>
        <div>
          <label htmlFor="i-role">Role</label>
          <input id="i-role" value={form.role} onChange={set('role')} required maxLength={120} />
        </div>
        <div>
          <label htmlFor="i-stage">Stage</label>
          <select id="i-stage" value={form.stage} onChange={set('stage')}>
            {STAGES.map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="i-when">Date and time</label>
          <input
            id="i-when"
            type="datetime-local"
            value={form.startsAt}
            onChange={set('startsAt')}
          />
        </div>
      </div>
      <label htmlFor="i-posting">The job posting (paste it whole)</label>
      <textarea
        id="i-posting"
        rows={8}
        value={form.posting}
        onChange={set('posting')}
        maxLength={100_000}
      />
      <label htmlFor="i-about">The company's mission or About page (optional)</label>
      <textarea
        id="i-about"
        rows={3}
        value={form.companyText}
        onChange={set('companyText')}
        maxLength={50_000}
      />
      <fieldset>
        <legend>Who you will meet</legend>
        {people.map((p, i) => (
          <div key={i} className="person">
            <label htmlFor={`p-name-${i}`}>Name</label>
            <input
              id={`p-name-${i}`}
              value={p.name}
              onChange={setPerson(i, 'name')}
              maxLength={80}
            />
            <label htmlFor={`p-role-${i}`}>Their role</label>
            <input
              id={`p-role-${i}`}
              value={p.role}
              onChange={setPerson(i, 'role')}
              maxLength={120}
            />
            <label htmlFor={`p-notes-${i}`}>
              What you found out (school, past employers, shared connections, recent work)
            </label>
            <textarea
              id={`p-notes-${i}`}
              rows={2}
              value={p.notes}
              onChange={setPerson(i, 'notes')}
              maxLength={5000}
            />
          </div>
        ))}
        {people.length < 10 && (
          <button
            type="button"
            className="secondary"
            onClick={() => setPeople([...people, { name: '', role: '', notes: '' }])}
          >
            Add another person
          </button>
        )}
      </fieldset>
      {error && <p role="alert">{error}</p>}
      <button type="submit">{existing ? 'Save changes' : 'Save interview'}</button>
    </form>
  );
}

/** What is left to do before the date, most useful first. */
export function toDo(data: Tailored, now = new Date()): string[] {
  const { interview: i, tailoring: t } = data;
  const out: string[] = [];
  const practise = data.readiness.filter((r) => r.id && (r.bestScore ?? 0) < 80);
  const noStory = data.readiness.filter((r) => r.needsStory && !r.story);
  if (noStory.length)
    out.push(
      `Write a story for ${noStory.length} likely question${noStory.length === 1 ? '' : 's'} that no story answers yet.`,
    );
  if (practise.length)
    out.push(
      `Practise ${practise.length} question${practise.length === 1 ? '' : 's'} until a saved answer scores 80 or more.`,
    );
  if (!t.mission?.stated)
    out.push("Read the company's About page and paste its mission into this interview.");
  if (i.interviewers.length === 0)
    out.push('Add the people you will meet, with what you found out about them.');
  else if (i.interviewers.some((p) => !p.notes?.trim()))
    out.push(
      'Look up each interviewer: where they studied and worked, shared connections, their recent work.',
    );
  out.push('Pick two questions to ask at the end from the list below.');
  out.push('Run a mock interview against this posting.');
  const start = i.startsAt ? new Date(i.startsAt) : null;
  if (start && !Number.isNaN(start.getTime())) {
    const days = Math.ceil((start.getTime() - now.getTime()) / 86_400_000);
    if (days >= 0)
      out.unshift(
        days === 0 ? 'The interview is today.' : `${days} day${days === 1 ? '' : 's'} to go.`,
      );
    else out.unshift('The interview has passed: write the thank-you emails below within 24 hours.');
  }
  return out;
}

function ToDo({ data }: { data: Tailored }) {
  return (
    <ul className="todo">
      {toDo(data).map((line, k) => (
        <li key={k}>{line}</li>
      ))}
    </ul>
  );
}

function InterviewDetail({ id }: { id: string }) {
  const [data, setData] = useState<Tailored | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<Tailored>(`/api/interviews/${encodeURIComponent(id)}/tailoring`).then(setData, (e: Error) =>
      setError(e.message),
    );
  }, [id]);
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p>Reading the posting…</p>;
  const { interview: i, tailoring: t } = data;
  const remove = async (): Promise<void> => {
    if (!window.confirm(`Delete the interview at ${i.company}?`)) return;
    await api(`/api/interviews/${encodeURIComponent(id)}`, { method: 'DELETE' });
    window.location.hash = '#/interviews';
  };
  const ready = data.readiness.filter(
    (r) => !r.needsStory || (r.bestScore ?? 0) >= 80 || r.story,
  ).length;
  return (
    <article className="interview">
      <h1>
        {i.role} at {i.company}
      </h1>
      <p className="muted">{i.startsAt ? new Date(i.startsAt).toLocaleString() : 'No date set'}</p>
      <p>
        <a className="button" href={`#/interviews/${id}/sheet`}>
          View and print the prep sheet
        </a>{' '}
        <a href={`/api/interviews/${encodeURIComponent(id)}/prep-sheet`} download>
          Download the prep sheet (PDF)
        </a>{' '}
        <a href={`/api/interviews/${encodeURIComponent(id)}/prep-sheet?format=md`} download>
          Markdown
        </a>
      </p>
      <section>
        <h2>Before the interview</h2>
        <ToDo data={data} />
      </section>
      <section>
        <h2>
          Readiness: {ready} of {data.readiness.length} likely questions prepared
        </h2>
        <table className="readiness">
          <thead>
            <tr>
              <th scope="col">Likely question</th>
              <th scope="col">Best saved score</th>
              <th scope="col">Story to tell</th>
            </tr>
          </thead>
          <tbody>
            {data.readiness.map((r, k) => (
              <tr key={k}>
                <td>{r.id ? <a href={`#/practice/${r.id}`}>{r.question}</a> : r.question}</td>
                <td>{r.bestScore === null ? '–' : `${r.bestScore}/100`}</td>
                <td>{!r.needsStory ? 'No story needed' : (r.story ?? 'None yet')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {data.uncoveredSkills.length > 0 && (
          <p>
            <strong>Skills no story shows yet:</strong>{' '}
            {data.uncoveredSkills.slice(0, 10).join(', ')}. <a href="#/stories">Write a story</a>
          </p>
        )}
      </section>
      <section>
        <h2>What the role is for</h2>
        <ul>
          {t.painPoints.map((p, k) => (
            <li key={k}>{p.summary}</li>
          ))}
        </ul>
        <p>
          <strong>Skills they ask for most:</strong>{' '}
          {t.skills
            .slice(0, 12)
            .map((s) => s.name)
            .join(', ')}
        </p>
        {t.mission && (
          <p>
            <strong>{t.mission.stated ? 'Mission' : 'What they do'}:</strong> {t.mission.text}
          </p>
        )}
      </section>
      <section>
        <h2>Questions to ask</h2>
        <ol>
          {t.questionsToAsk.map((q, k) => (
            <li key={k}>{q.question}</li>
          ))}
        </ol>
      </section>
      {t.openers.length > 0 && (
        <section>
          <h2>Openers</h2>
          <ul>
            {t.openers.map((o, k) => (
              <li key={k}>
                <strong>{o.interviewer}</strong> ({o.kind}): {o.say}
              </li>
            ))}
          </ul>
        </section>
      )}
      <details className="edit">
        <summary>Change the details, the posting or the people</summary>
        <InterviewForm existing={i} onSaved={() => window.location.reload()} />
      </details>
      <AfterInterview interview={i} />
      <button type="button" className="danger" onClick={() => void remove()}>
        Delete this interview
      </button>
    </article>
  );
}

/** Journey 2: interviews, each tailored to its posting, with readiness and the prep sheet. */
export function InterviewsPage({ id, view }: { id: string | null; view?: string }) {
  const [list, setList] = useState<Interview[] | null>(null);
  useEffect(() => {
    api<Interview[]>('/api/interviews').then(setList, () => setList([]));
  }, [id]);
  if (id && view === 'sheet') return <PrepSheetView id={id} />;
  if (id && id !== 'new') return <InterviewDetail id={id} />;
  return (
    <div className="interviews">
      <h1>Your interviews</h1>
      {list?.length ? (
        <ul>
          {list.map((i) => (
            <li key={i.id}>
              <a href={`#/interviews/${i.id}`}>
                {i.role} at {i.company}
              </a>{' '}
              <span className="muted">
                {i.startsAt ? new Date(i.startsAt).toLocaleDateString() : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">
          No interviews yet. Add the one you are preparing for: everything gets tailored to it.
        </p>
      )}
      <InterviewForm onSaved={(newId) => (window.location.hash = `#/interviews/${newId}`)} />
    </div>
  );
}
