import { useEffect, useState } from 'react';
import { api } from '../../api.ts';

interface Route {
  method: string;
  url: string;
  description?: string;
  body?: unknown;
  querystring?: unknown;
}

/** The HTTP API's documentation, read from the server's own route schemas (GET /api). */
export function ApiPage() {
  const [routes, setRoutes] = useState<Route[] | null>(null);
  useEffect(() => {
    api<Route[]>('/api').then(setRoutes, () => setRoutes([]));
  }, []);
  return (
    <article className="learn">
      <h1>The HTTP API</h1>
      <p>
        Everything this page does goes through these routes on this computer. Every body is checked
        against its schema; every error comes as{' '}
        <code>{'{ "error": { "code", "message", "fields" } }'}</code>.
      </p>
      {routes?.map((r) => (
        <section key={`${r.method} ${r.url}`}>
          <h2>
            <code>
              {r.method} {r.url}
            </code>
          </h2>
          <p>{r.description}</p>
          {(r.body ?? r.querystring) !== undefined && (
            <details>
              <summary>Schema</summary>
              <pre>{JSON.stringify(r.body ?? r.querystring, null, 2)}</pre>
            </details>
          )}
        </section>
      ))}
    </article>
  );
}
