import { and, asc, eq, sql } from 'drizzle-orm';
import { prepared, type Db } from './database.ts';
import { drafts } from './schema.ts';

export interface Draft {
  questionId: string;
  text: string;
  updatedAt: string;
}

const toDraft = (r: typeof drafts.$inferSelect): Draft => ({
  questionId: r.questionId,
  text: r.text,
  updatedAt: r.updatedAt.toISOString(),
});

/** One user's unsaved answers, one per question, scoped by the user id given to the constructor. */
export class DraftsRepository {
  constructor(
    private readonly db: Db,
    private readonly userId: string,
  ) {}

  private where(questionId: string) {
    return and(eq(drafts.userId, this.userId), eq(drafts.questionId, questionId));
  }

  async list(): Promise<Draft[]> {
    const rows = await this.db
      .select()
      .from(drafts)
      .where(eq(drafts.userId, this.userId))
      .orderBy(asc(drafts.questionId));
    return rows.map(toDraft);
  }

  async get(questionId: string): Promise<Draft | null> {
    const [row] = await this.db.select().from(drafts).where(this.where(questionId));
    return row ? toDraft(row) : null;
  }

  /** Saves the draft, replacing the one before; empty text removes it (null is returned). */
  async put(questionId: string, text: string): Promise<Draft | null> {
    if (!text) {
      await this.remove(questionId);
      return null;
    }
    const upsert = prepared(this.db, 'upsert_draft', () =>
      this.db
        .insert(drafts)
        .values({
          userId: sql.placeholder('userId'),
          questionId: sql.placeholder('questionId'),
          text: sql.placeholder('text'),
          updatedAt: sql.placeholder('updatedAt'),
        })
        .onConflictDoUpdate({
          target: [drafts.userId, drafts.questionId],
          set: { text: sql`excluded.text`, updatedAt: sql`excluded.updated_at` },
        })
        .returning(),
    );
    const [saved] = await upsert.execute({
      userId: this.userId,
      questionId,
      text,
      updatedAt: new Date(),
    });
    return toDraft(saved!);
  }

  async remove(questionId: string): Promise<boolean> {
    const rows = await this.db
      .delete(drafts)
      .where(this.where(questionId))
      .returning({ questionId: drafts.questionId });
    return rows.length > 0;
  }
}
