import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, count, eq, gt, lt, ne, sql } from 'drizzle-orm';
import { prepared, type Db } from './database.ts';
import { authAttempts, passwordResets, sessions, users } from './schema.ts';
import { deleteAll } from './transfer.ts';

export interface User {
  id: string;
  email: string;
}

export interface Session {
  user: User;
  /** The SHA-256 of the cookie's secret: the row's id. */
  id: string;
  csrfToken: string;
  expiresAt: Date;
}

export class EmailTakenError extends Error {
  constructor() {
    super('An account with this email already exists.');
  }
}

/**
 * A token handed to a browser or an admin: "<user id>.<secret>". The database keeps only the
 * secret's SHA-256, keyed by the user id (so the row sits with the user's other rows).
 */
function newToken(userId: string): { token: string; id: string } {
  const secret = randomBytes(32).toString('base64url');
  return { token: `${userId}.${secret}`, id: sha256(secret) };
}
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
function readToken(token: string): { userId: string; id: string } | null {
  const dot = token.indexOf('.');
  if (dot < 1 || token.length > 200) return null;
  return { userId: token.slice(0, dot), id: sha256(token.slice(dot + 1)) };
}

/** Accounts, sessions, reset links and attempt counts of the multi-user mode. */
export class AccountsRepository {
  constructor(private readonly db: Db) {}

  /** Creates an account; the email is stored as given (callers normalize it). */
  async createUser(email: string, passwordHash: string): Promise<User> {
    const rows = await this.db
      .insert(users)
      .values({ id: randomUUID(), email, passwordHash })
      .onConflictDoNothing()
      .returning({ id: users.id, email: users.email });
    if (!rows[0]) throw new EmailTakenError();
    return rows[0];
  }

  async findByEmail(email: string): Promise<(User & { passwordHash: string }) | null> {
    const [row] = await this.db
      .select({ id: users.id, email: users.email, passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.email, email));
    return row ?? null;
  }

  async passwordHash(userId: string): Promise<string | null> {
    const [row] = await this.db
      .select({ hash: users.passwordHash })
      .from(users)
      .where(eq(users.id, userId));
    return row?.hash ?? null;
  }

  /** Sets a new password and ends every session of the user but `keepSessionId`. */
  async setPassword(userId: string, passwordHash: string, keepSessionId?: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx
        .update(users)
        .set({ passwordHash, updatedAt: new Date() })
        .where(eq(users.id, userId));
      await tx
        .delete(sessions)
        .where(
          keepSessionId
            ? and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId))
            : eq(sessions.userId, userId),
        );
    });
  }

  /** Deletes the account and everything it saved, in one transaction. */
  async deleteUser(userId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await deleteAll(tx, userId);
      await tx.delete(sessions).where(eq(sessions.userId, userId));
      await tx.delete(passwordResets).where(eq(passwordResets.userId, userId));
      await tx.delete(users).where(eq(users.id, userId));
    });
  }

  /** A new session; the token goes into the cookie and is never stored. */
  async createSession(user: User, ttlMs: number): Promise<{ token: string; session: Session }> {
    const { token, id } = newToken(user.id);
    const expiresAt = new Date(Date.now() + ttlMs);
    const csrfToken = randomBytes(24).toString('base64url');
    // Expired sessions of this user go as a new one comes.
    await this.db
      .delete(sessions)
      .where(and(eq(sessions.userId, user.id), lt(sessions.expiresAt, new Date())));
    await this.db.insert(sessions).values({ userId: user.id, id, csrfToken, expiresAt });
    return { token, session: { user, id, csrfToken, expiresAt } };
  }

  /** The live session a cookie's token names, with its user; null if unknown or expired. */
  async findSession(token: string): Promise<Session | null> {
    const key = readToken(token);
    if (!key) return null;
    const find = prepared(this.db, 'find_session', () =>
      this.db
        .select({
          id: sessions.id,
          csrfToken: sessions.csrfToken,
          expiresAt: sessions.expiresAt,
          email: users.email,
        })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(
          and(
            eq(sessions.userId, sql.placeholder('userId')),
            eq(sessions.id, sql.placeholder('id')),
            gt(sessions.expiresAt, sql.placeholder('now')),
          ),
        ),
    );
    const [row] = await find.execute({ ...key, now: new Date() });
    return row
      ? {
          user: { id: key.userId, email: row.email },
          id: row.id,
          csrfToken: row.csrfToken,
          expiresAt: row.expiresAt,
        }
      : null;
  }

  async deleteSession(userId: string, id: string): Promise<void> {
    await this.db.delete(sessions).where(and(eq(sessions.userId, userId), eq(sessions.id, id)));
  }

  /** A one-time reset token for the account with this email; null if there is none. */
  async createReset(email: string, ttlMs: number): Promise<string | null> {
    const user = await this.findByEmail(email);
    if (!user) return null;
    const { token, id } = newToken(user.id);
    await this.db
      .insert(passwordResets)
      .values({ userId: user.id, id, expiresAt: new Date(Date.now() + ttlMs) });
    return token;
  }

  /** Uses up a reset token: the user id it was for, or null if unknown, used or expired. */
  async useReset(token: string): Promise<string | null> {
    const key = readToken(token);
    if (!key) return null;
    const rows = await this.db
      .delete(passwordResets)
      .where(
        and(
          eq(passwordResets.userId, key.userId),
          eq(passwordResets.id, key.id),
          gt(passwordResets.expiresAt, new Date()),
        ),
      )
      .returning({ userId: passwordResets.userId });
    return rows[0]?.userId ?? null;
  }

  /** How many attempts `key` made in the last `windowMs`. */
  async attempts(key: string, windowMs: number): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(authAttempts)
      .where(and(eq(authAttempts.key, key), gt(authAttempts.at, new Date(Date.now() - windowMs))));
    return row?.n ?? 0;
  }

  /** Records an attempt, and forgets this key's attempts older than a day. */
  async recordAttempt(key: string): Promise<void> {
    await this.db
      .delete(authAttempts)
      .where(and(eq(authAttempts.key, key), lt(authAttempts.at, sql`now() - interval '1 day'`)));
    await this.db.insert(authAttempts).values({ key });
  }

  async clearAttempts(key: string): Promise<void> {
    await this.db.delete(authAttempts).where(eq(authAttempts.key, key));
  }
}
