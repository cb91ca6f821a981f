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
  {
    name: '0002_answers_interviews',
    sql: `
      CREATE TABLE answers (
        user_id text NOT NULL,
        id text NOT NULL,
        question_id text NOT NULL,
        text text NOT NULL,
        score integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, id)
      );
      CREATE INDEX answers_by_question ON answers (user_id, question_id, created_at);
      CREATE TABLE interviews (
        user_id text NOT NULL,
        id text NOT NULL,
        company text NOT NULL,
        role text NOT NULL,
        stage text NOT NULL DEFAULT 'hiring-manager',
        starts_at text NOT NULL DEFAULT '',
        posting text NOT NULL DEFAULT '',
        company_text text NOT NULL DEFAULT '',
        interviewers jsonb NOT NULL DEFAULT '[]'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, id)
      );
    `,
  },
  {
    name: '0003_interview_outcome',
    sql: `ALTER TABLE interviews ADD COLUMN outcome text NOT NULL DEFAULT '';`,
  },
  {
    name: '0004_drafts',
    sql: `
      CREATE TABLE drafts (
        user_id text NOT NULL,
        question_id text NOT NULL,
        text text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, question_id)
      );
    `,
  },
  {
    name: '0005_accounts',
    sql: `
      CREATE TABLE users (
        id text PRIMARY KEY,
        email text NOT NULL,
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX users_email ON users (email);
      CREATE TABLE sessions (
        user_id text NOT NULL,
        id text NOT NULL,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, id)
      );
      CREATE TABLE password_resets (
        user_id text NOT NULL,
        id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, id)
      );
      CREATE TABLE auth_attempts (
        key text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX auth_attempts_by_key ON auth_attempts (key, at);
    `,
  },
];
