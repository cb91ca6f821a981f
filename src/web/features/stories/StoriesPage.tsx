import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api.ts';

interface Story {
  id: string;
  title: string;
  context: string;
  action: string;
  result: string;
  learning: string;
  tags: string[];
}

const FIELDS = [
  ['context', 'Context', 'Where were you, and what was going on?'],
  ['action', 'Action', 'What did you do yourself?'],
  ['result', 'Result', 'What changed? Put a number on it.'],
  ['learning', 'Learning', 'What do you do differently since?'],
] as const;

const EMPTY = { title: '', context: '', action: '', result: '', learning: '', tags: '' };

interface Coverage {
  stories: { id: string; title: string; answers: string[]; skills: string[] }[];
  uncovered: string[];
  uncoveredSkills: string[];
}
interface InterviewSummary {
  id: string;
  company: string;
  role: string;
}

/** Journey 3: write CARL stories, tag them, keep them (saved in the embedded database). */
export function StoriesPage() {
  const [stories, setStories] = useState<Story[] | null>(null);
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [interviews, setInterviews] = useState<InterviewSummary[]>([]);
  const [interviewId, setInterviewId] = useState('');
  const [coverage, setCoverage] = useState<Coverage | null>(null);
  const load = (): void => {
    api<Story[]>('/api/stories').then(setStories, (e: Error) => setError(e.message));
  };
  useEffect(load, []);
  useEffect(() => {
    api<InterviewSummary[]>('/api/interviews').then(setInterviews, () => setInterviews([]));
  }, []);
  useEffect(() => {
    // A slower, older response must not overwrite a newer one.
    let live = true;
    api<Coverage>(
      `/api/coverage${interviewId ? `?interviewId=${encodeURIComponent(interviewId)}` : ''}`,
    ).then(
      (c) => live && setCoverage(c),
      () => live && setCoverage(null),
    );
    return () => {
      live = false;
    };
  }, [interviewId, stories]);
  const covers = (id: string) => coverage?.stories.find((c) => c.id === id);
  const edit = (s: Story): void => {
    setEditing(s.id);
    setForm({
      title: s.title,
      context: s.context,
      action: s.action,
      result: s.result,
      learning: s.learning,
      tags: s.tags.join(', '),
    });
    document.getElementById('s-title')?.focus();
  };

  const save = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setError(null);
    try {
      const tags = form.tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean);
      const body = JSON.stringify({ ...form, tags });
      if (editing)
        await api(`/api/stories/${encodeURIComponent(editing)}`, { method: 'PUT', body });
      else await api('/api/stories', { method: 'POST', body });
      setForm(EMPTY);
      setEditing(null);
      load();
    } catch (err) {
      setError(err instanceof ApiError ? err.body.message : (err as Error).message);
    }
  };
  const remove = async (id: string): Promise<void> => {
    await api(`/api/stories/${encodeURIComponent(id)}`, { method: 'DELETE' });
    load();
  };

  return (
    <div className="stories">
      <h1>Your story bank</h1>
      <p>
        A handful of good stories answers most questions. Write each once, in CARL, and tag it with
        what it shows (leadership, conflict, failure, customer…).
      </p>
      <form onSubmit={save} className="story-form" aria-label="New story">
        <label htmlFor="s-title">Title</label>
        <input
          id="s-title"
          value={form.title}
          onChange={(e) => setForm({ ...form, title: e.target.value })}
          required
          maxLength={120}
        />
        {FIELDS.map(([key, label, hint]) => (
          <div key={key}>
            <label htmlFor={`s-${key}`}>{label}</label>
            <textarea
              id={`s-${key}`}
              rows={2}
              placeholder={hint}
              value={form[key]}
              onChange={(e) => setForm({ ...form, [key]: e.target.value })}
              maxLength={3000}
            />
          </div>
        ))}
        <label htmlFor="s-tags">Tags, separated by commas</label>
        <input
          id="s-tags"
          value={form.tags}
          onChange={(e) => setForm({ ...form, tags: e.target.value })}
        />
        {error && <p role="alert">{error}</p>}
        <button type="submit">{editing ? 'Save changes' : 'Save story'}</button>
        {editing && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setEditing(null);
              setForm(EMPTY);
            }}
          >
            Cancel
          </button>
        )}
      </form>
      <h2>Saved stories {stories ? `(${stories.length})` : ''}</h2>
      <label htmlFor="s-for">Which questions they answer, for</label>
      <select id="s-for" value={interviewId} onChange={(e) => setInterviewId(e.target.value)}>
        <option value="">The second round&apos;s nine questions</option>
        {interviews.map((i) => (
          <option key={i.id} value={i.id}>
            {i.role} at {i.company}
          </option>
        ))}
      </select>
      {coverage && coverage.uncovered.length > 0 && (
        <p>
          <strong>No story yet for:</strong> {coverage.uncovered.join(' · ')}
        </p>
      )}
      {coverage && interviewId && coverage.uncoveredSkills.length > 0 && (
        <p>
          <strong>Skills of the posting no story shows:</strong>{' '}
          {coverage.uncoveredSkills.slice(0, 10).join(', ')}
        </p>
      )}
      {stories?.length === 0 && <p>No stories yet.</p>}
      <ul className="story-list">
        {stories?.map((s) => (
          <li key={s.id}>
            <h3>{s.title}</h3>
            {s.tags.length > 0 && <p className="muted">Tags: {s.tags.join(', ')}</p>}
            <dl>
              {FIELDS.map(([key, label]) =>
                s[key] ? (
                  <div key={key}>
                    <dt>{label}</dt>
                    <dd>{s[key]}</dd>
                  </div>
                ) : null,
              )}
            </dl>
            <p className="covers">
              <strong>Answers:</strong>{' '}
              {covers(s.id)?.answers.join(' · ') || 'none of these questions yet'}
            </p>
            <button
              type="button"
              className="secondary"
              onClick={() => edit(s)}
              aria-label={`Edit “${s.title}”`}
            >
              Edit
            </button>{' '}
            <button
              type="button"
              onClick={() => void remove(s.id)}
              aria-label={`Delete “${s.title}”`}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
