import { useEffect, useMemo, useState } from 'react';
import { api, storageKey, type Interview } from '../../api.ts';
import { useAnalyzer } from '../practice/useAnalyzer.ts';
import type { DraftReview, ThankYouEmail } from '../practice/analyzer.ts';

const OUTCOMES = [
  ['', 'Not yet recorded'],
  ['waiting', 'Waiting to hear'],
  ['next-round', 'Invited to the next round'],
  ['offer', 'Offer'],
  ['rejected', 'Not selected'],
  ['withdrew', 'I withdrew'],
] as const;

const lines = (s: string): string[] =>
  s
    .split(/\n|;/)
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * Journey 5: after the interview, a short debrief becomes one personal thank-you email per
 * interviewer, checked as you edit it, with the time left in the 24-hour window; copy it,
 * download it as .eml or open it in your mail app. The outcome is recorded on the interview.
 */
export function AfterInterview({ interview }: { interview: Interview }) {
  const analyzer = useAnalyzer();
  const key = storageKey(`debrief:${interview.id}`);
  const [debrief, setDebrief] = useState(() => {
    const saved = localStorage.getItem(key);
    return saved
      ? (JSON.parse(saved) as {
          topics: string;
          connection: string;
          addOrCorrect: string;
          candidateName: string;
          when: string;
          perPerson: Record<string, string>;
        })
      : {
          topics: '',
          connection: '',
          addOrCorrect: '',
          candidateName: '',
          when: interview.startsAt,
          perPerson: {} as Record<string, string>,
        };
  });
  const [emails, setEmails] = useState<ThankYouEmail[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState(interview.outcome);
  const [now, setNow] = useState(() => new Date());
  useEffect(() => localStorage.setItem(key, JSON.stringify(debrief)), [key, debrief]);
  useEffect(() => {
    const t = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(t);
  }, []);

  const parsed = useMemo(() => {
    if (!analyzer) return null;
    try {
      return analyzer.parseDebrief({
        company: interview.company,
        role: interview.role,
        interviewDate: debrief.when,
        ...(debrief.candidateName.trim() ? { candidateName: debrief.candidateName } : {}),
        interviewers: interview.interviewers.map((p) => ({
          name: p.name,
          ...(p.role ? { role: p.role } : {}),
          topics: lines(debrief.perPerson[p.name] ?? ''),
        })),
        topics: lines(debrief.topics),
        ...(debrief.connection.trim() ? { connection: debrief.connection } : {}),
        ...(debrief.addOrCorrect.trim() ? { addOrCorrect: debrief.addOrCorrect } : {}),
      });
    } catch (e) {
      return e instanceof analyzer.DebriefError ? e.problems : [(e as Error).message];
    }
  }, [analyzer, debrief, interview]);

  const compose = (): void => {
    if (!analyzer || !parsed || Array.isArray(parsed))
      return setError(Array.isArray(parsed) ? parsed.join('; ') : null);
    setError(null);
    setEmails(analyzer.composeThankYou(parsed, now));
  };
  const saveOutcome = async (value: string): Promise<void> => {
    setOutcome(value);
    const { id: _id, ...fields } = interview;
    await api(`/api/interviews/${encodeURIComponent(interview.id)}`, {
      method: 'PUT',
      body: JSON.stringify({
        ...fields,
        outcome: value,
        createdAt: undefined,
        updatedAt: undefined,
      }),
    });
  };
  const set = (field: keyof typeof debrief) => (e: { target: { value: string } }) =>
    setDebrief({ ...debrief, [field]: e.target.value });

  if (interview.interviewers.length === 0)
    return (
      <section>
        <h2>After the interview</h2>
        <p>Add the people you met to this interview to write their thank-you emails.</p>
      </section>
    );
  return (
    <section className="after" aria-labelledby="after-title">
      <h2 id="after-title">After the interview</h2>
      <label htmlFor="outcome">Outcome</label>
      <select id="outcome" value={outcome} onChange={(e) => void saveOutcome(e.target.value)}>
        {OUTCOMES.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
      <h3>Debrief</h3>
      <label htmlFor="d-when">When it started</label>
      <input id="d-when" type="datetime-local" value={debrief.when} onChange={set('when')} />
      <label htmlFor="d-name">Your name (to sign the emails)</label>
      <input
        id="d-name"
        value={debrief.candidateName}
        onChange={set('candidateName')}
        maxLength={80}
      />
      {interview.interviewers.map((p) => (
        <div key={p.name}>
          <label htmlFor={`d-topics-${p.name}`}>
            What you discussed with {p.name} (one per line)
          </label>
          <textarea
            id={`d-topics-${p.name}`}
            rows={2}
            value={debrief.perPerson[p.name] ?? ''}
            onChange={(e) =>
              setDebrief({
                ...debrief,
                perPerson: { ...debrief.perPerson, [p.name]: e.target.value },
              })
            }
          />
        </div>
      ))}
      <label htmlFor="d-connection">A moment of connection (optional)</label>
      <input
        id="d-connection"
        value={debrief.connection}
        onChange={set('connection')}
        maxLength={300}
      />
      <label htmlFor="d-add">Anything to add or correct (optional)</label>
      <textarea
        id="d-add"
        rows={2}
        value={debrief.addOrCorrect}
        onChange={set('addOrCorrect')}
        maxLength={500}
      />
      <button type="button" onClick={compose} disabled={!analyzer}>
        Write the thank-you emails
      </button>
      {error && <p role="alert">{error}</p>}
      {emails?.map((email, k) => (
        <Draft
          key={k}
          email={email}
          onChange={(e) => setEmails(emails.map((x, j) => (j === k ? e : x)))}
          review={(e) => {
            if (!analyzer || !parsed || Array.isArray(parsed)) return null;
            const person =
              parsed.interviewers.find((p) => p.name === e.to.name) ?? parsed.interviewers[0]!;
            return analyzer.reviewThankYou(e, parsed, person, now);
          }}
          mailto={analyzer ? analyzer.toMailto(email) : '#'}
          eml={analyzer ? analyzer.toEml(email, { date: now }) : ''}
        />
      ))}
    </section>
  );
}

interface DraftProps {
  email: ThankYouEmail;
  onChange: (e: ThankYouEmail) => void;
  review: (e: ThankYouEmail) => DraftReview | null;
  mailto: string;
  /** The email as an .eml file's text. */
  eml: string;
}

function Draft({ email, onChange, review, mailto, eml }: DraftProps) {
  const [copied, setCopied] = useState(false);
  const r = review(email);
  const id = email.to.name.replace(/\W+/g, '-');
  const href = useMemo(
    () => URL.createObjectURL(new Blob([eml], { type: 'message/rfc822' })),
    [eml],
  );
  useEffect(() => () => URL.revokeObjectURL(href), [href]);
  return (
    <article className="draft">
      <h3>To {email.to.name}</h3>
      {r && (
        <p className={r.window.overdue ? 'overdue' : 'countdown'} role="status">
          {r.window.overdue
            ? 'The 24-hour window has passed: send it anyway, today.'
            : `${Math.floor(r.window.hoursLeft)} h ${Math.round((r.window.hoursLeft % 1) * 60)} min left in the 24-hour window.`}
        </p>
      )}
      <label htmlFor={`subject-${id}`}>Subject</label>
      <input
        id={`subject-${id}`}
        value={email.subject}
        onChange={(e) => onChange({ ...email, subject: e.target.value })}
      />
      <label htmlFor={`body-${id}`}>Email</label>
      <textarea
        id={`body-${id}`}
        rows={9}
        value={email.body}
        onChange={(e) => onChange({ ...email, body: e.target.value })}
      />
      {r && r.findings.length > 0 && (
        <ul className="draft-findings">
          {r.findings.map((f, k) => (
            <li key={k}>{f.message}</li>
          ))}
        </ul>
      )}
      <p className="actions">
        <button
          type="button"
          onClick={() =>
            void navigator.clipboard?.writeText(`Subject: ${email.subject}\n\n${email.body}`).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? 'Copied' : 'Copy'}
        </button>{' '}
        <a className="button" href={href} download={`thank-you-${id}.eml`}>
          Download .eml
        </a>{' '}
        <a href={mailto}>Open in your mail app</a>
      </p>
    </article>
  );
}
