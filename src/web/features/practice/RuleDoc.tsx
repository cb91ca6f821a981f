import { useState } from 'react';
import { api } from '../../api.ts';

/** A rule's docs page, fetched when opened and shown as simple blocks (no HTML from Markdown). */
export function RuleDoc({ ruleId }: { ruleId: string }) {
  const [markdown, setMarkdown] = useState<string | null>(null);
  const load = (open: boolean): void => {
    if (open && markdown === null)
      api<{ markdown: string }>(`/api/rules/${encodeURIComponent(ruleId)}`).then(
        (r) => setMarkdown(r.markdown),
        () => setMarkdown('The explanation could not be loaded.'),
      );
  };
  const blocks = (markdown ?? '').split(/\n{2,}/).filter((b) => b.trim() && !b.startsWith('# '));
  return (
    <details className="rule-doc" onToggle={(e) => load((e.target as HTMLDetailsElement).open)}>
      <summary>Why this matters ({ruleId})</summary>
      {markdown === null ? (
        <p>Loading…</p>
      ) : (
        blocks.map((b, k) =>
          b.startsWith('## ') ? (
            <h4 key={k}>{b.slice(3)}</h4>
          ) : b.startsWith('```') ? (
            <pre key={k}>{b.replace(/^```\w*\n?|```$/g, '')}</pre>
          ) : (
            <p key={k}>{b.replace(/\s+/g, ' ').replace(/[*_`]/g, '')}</p>
          ),
        )
      )}
    </details>
  );
}
