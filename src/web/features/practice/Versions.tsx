import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api.ts';

interface Saved {
  id: string;
  text: string;
  score: number;
  createdAt: string;
}

const when = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Versions of the answer to one question, kept with their scores; any two side by side. */
export function Versions({ questionId, answer }: { questionId: string; answer: string }) {
  const [versions, setVersions] = useState<Saved[]>([]);
  const [picked, setPicked] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const load = (): void => {
    api<Saved[]>(`/api/answers?questionId=${encodeURIComponent(questionId)}`).then(
      setVersions,
      (e: Error) => setError(e.message),
    );
  };
  useEffect(load, [questionId]);

  const save = async (): Promise<void> => {
    setError(null);
    try {
      await api('/api/answers', {
        method: 'POST',
        body: JSON.stringify({ questionId, text: answer }),
      });
      load();
    } catch (e) {
      setError(e instanceof ApiError ? e.body.message : (e as Error).message);
    }
  };
  const toggle = (id: string): void =>
    setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p.slice(-1), id]));
  const compared = versions.filter((v) => picked.includes(v.id));

  return (
    <section className="versions" aria-labelledby="versions-title">
      <h2 id="versions-title">Saved versions</h2>
      <button type="button" onClick={() => void save()} disabled={!answer.trim()}>
        Save this version
      </button>
      {error && <p role="alert">{error}</p>}
      {versions.length === 0 ? (
        <p className="muted">None yet. Save a version to track your score as you improve it.</p>
      ) : (
        <>
          <p className="muted">Tick two versions to compare them.</p>
          <ul className="version-list">
            {versions.map((v, i) => (
              <li key={v.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={picked.includes(v.id)}
                    onChange={() => toggle(v.id)}
                  />
                  Version {i + 1} · <strong>{v.score}</strong>/100 · {when(v.createdAt)}
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      {compared.length === 2 && (
        <div className="compare" aria-label="Comparison">
          {compared.map((v) => (
            <article key={v.id}>
              <h3>
                Version {versions.indexOf(v) + 1}: {v.score}/100
              </h3>
              <p>{v.text}</p>
            </article>
          ))}
          <p className="delta">
            Change: {compared[1]!.score - compared[0]!.score >= 0 ? '+' : ''}
            {compared[1]!.score - compared[0]!.score} points
          </p>
        </div>
      )}
    </section>
  );
}
