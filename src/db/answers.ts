import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { prepared, type Db } from './database.ts';
import { answers, type AnswerRow } from './schema.ts';

export interface SavedAnswer {
  id: string;
  questionId: string;
  text: string;
  score: number;
  createdAt: string;
}

const toAnswer = (r: AnswerRow): SavedAnswer => ({
  id: r.id,
  questionId: r.questionId,
  text: r.text,
  score: r.score,
  createdAt: r.createdAt.toISOString(),
});

/** One user's saved answer versions, scoped by the user id given to the constructor. */
export class AnswersRepository {
  constructor(
    private readonly db: Db,
    private readonly userId: string,
  ) {}

  async list(questionId?: string): Promise<SavedAnswer[]> {
    const rows = await this.db
      .select()
      .from(answers)
      .where(
        questionId
          ? and(eq(answers.userId, this.userId), eq(answers.questionId, questionId))
          : eq(answers.userId, this.userId),
      )
      .orderBy(asc(answers.createdAt), asc(answers.id));
    return rows.map(toAnswer);
  }

  /** Saves a version; `score` is computed by the caller from the core analysis. */
  async add(questionId: string, text: string, score: number): Promise<SavedAnswer> {
    const insert = prepared(this.db, 'insert_answer', () =>
      this.db
        .insert(answers)
        .values({
          userId: sql.placeholder('userId'),
          id: sql.placeholder('id'),
          questionId: sql.placeholder('questionId'),
          text: sql.placeholder('text'),
          score: sql.placeholder('score'),
        })
        .returning(),
    );
    const [row] = await insert.execute({
      userId: this.userId,
      id: randomUUID(),
      questionId,
      text,
      score,
    });
    return toAnswer(row!);
  }

  async get(id: string): Promise<SavedAnswer | null> {
    const [row] = await this.db
      .select()
      .from(answers)
      .where(and(eq(answers.userId, this.userId), eq(answers.id, id)));
    return row ? toAnswer(row) : null;
  }

  async remove(id: string): Promise<boolean> {
    const rows = await this.db
      .delete(answers)
      .where(and(eq(answers.userId, this.userId), eq(answers.id, id)))
      .returning({ id: answers.id });
    return rows.length > 0;
  }
}
