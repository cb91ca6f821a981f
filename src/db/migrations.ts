/**
 * The schema's migrations: named, append-only, applied in order inside one transaction each.
 * Never edit one that has shipped; add the next.
 */
export const MIGRATIONS: readonly { name: string; sql: string }[] = [
  {
    name: '0001_stories',
    sql: `
      CREATE TABLE stories (
        user_id text NOT NULL,
        id text NOT NULL,
        title text NOT NULL,
        context text NOT NULL DEFAULT '',
        action text NOT NULL DEFAULT '',
        result text NOT NULL DEFAULT '',
        learning text NOT NULL DEFAULT '',
        tags jsonb NOT NULL DEFAULT '[]'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, id)
      );
    `,
  },
];
