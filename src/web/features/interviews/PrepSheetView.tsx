import { useEffect, useState } from 'react';
import { api } from '../../api.ts';

interface Item {
  lead?: string;
  text: string;
}
type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: Item[] }
  | { kind: 'checklist'; items: string[] };
interface Doc {
  title: string;
  subtitle?: string;
  sections: { title: string; blocks: Block[] }[];
  footer?: string;
}

/** Journey 6: the prep sheet on screen, ready to print (the print styles hide the app around it). */
export function PrepSheetView({ id }: { id: string }) {
  const [doc, setDoc] = useState<Doc | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<Doc>(`/api/interviews/${encodeURIComponent(id)}/prep-sheet?format=json`).then(
      setDoc,
      (e: Error) => setError(e.message),
    );
  }, [id]);
  if (error) return <p role="alert">{error}</p>;
  if (!doc) return <p>Preparing the sheet…</p>;
  return (
    <article className="sheet">
      <p className="no-print">
        <a href={`#/interviews/${id}`}>Back to the interview</a> ·{' '}
        <button type="button" onClick={() => window.print()}>
          Print
        </button>{' '}
        <a
          className="button"
          href={`/api/interviews/${encodeURIComponent(id)}/prep-sheet`}
          download
        >
          Download PDF
        </a>
      </p>
      <h1>{doc.title}</h1>
      {doc.subtitle && <p className="muted">{doc.subtitle}</p>}
      <div className="sheet-columns">
        {doc.sections.map((section) => (
          <section key={section.title}>
            <h2>{section.title}</h2>
            {section.blocks.map((b, k) =>
              b.kind === 'paragraph' ? (
                <p key={k}>{b.text}</p>
              ) : b.kind === 'list' ? (
                <ul key={k}>
                  {b.items.map((item, j) => (
                    <li key={j}>
                      {item.lead && <strong>{item.lead} </strong>}
                      {item.text}
                    </li>
                  ))}
                </ul>
              ) : (
                <ul key={k} className="boxes">
                  {b.items.map((item, j) => (
                    <li key={j}>☐ {item}</li>
                  ))}
                </ul>
              ),
            )}
          </section>
        ))}
      </div>
      {doc.footer && <p className="muted">{doc.footer}</p>}
    </article>
  );
}
