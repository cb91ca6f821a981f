import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { parseInterview, type InterviewInput } from '../core/index.ts';
import type { Db } from './database.ts';
import { interviews, type InterviewRow } from './schema.ts';

export type SavedInterview = InterviewInput & { id: string; createdAt: string; updatedAt: string };

const toInterview = (r: InterviewRow): SavedInterview => ({
  id: r.id,
  company: r.company,
  role: r.role,
  stage: r.stage as InterviewInput['stage'],
  startsAt: r.startsAt,
  posting: r.posting,
  companyText: r.companyText,
  interviewers: r.interviewers,
  outcome: r.outcome as InterviewInput['outcome'],
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

/** One user's interviews, scoped by the user id given to the constructor. */
export class InterviewsRepository {
  constructor(
    private readonly db: Db,
    private readonly userId: string,
  ) {}

  private where(id: string) {
    return and(eq(interviews.userId, this.userId), eq(interviews.id, id));
  }

  async list(): Promise<SavedInterview[]> {
    const rows = await this.db
      .select()
      .from(interviews)
      .where(eq(interviews.userId, this.userId))
      .orderBy(asc(interviews.createdAt), asc(interviews.id));
    return rows.map(toInterview);
  }

  async get(id: string): Promise<SavedInterview | null> {
    const [row] = await this.db.select().from(interviews).where(this.where(id));
    return row ? toInterview(row) : null;
  }

  async create(input: unknown): Promise<SavedInterview> {
    const data = parseInterview(input);
    const [row] = await this.db
      .insert(interviews)
      .values({ ...data, userId: this.userId, id: randomUUID() })
      .returning();
    return toInterview(row!);
  }

  /** Replaces an interview's fields; the outcome is kept unless the input gives one. */
  async update(id: string, input: unknown): Promise<SavedInterview | null> {
    const { outcome, ...data } = parseInterview(input);
    const givesOutcome = typeof input === 'object' && input !== null && 'outcome' in input;
    const [row] = await this.db
      .update(interviews)
      .set({ ...data, ...(givesOutcome ? { outcome } : {}), updatedAt: new Date() })
      .where(this.where(id))
      .returning();
    return row ? toInterview(row) : null;
  }

  async remove(id: string): Promise<boolean> {
    const rows = await this.db
      .delete(interviews)
      .where(this.where(id))
      .returning({ id: interviews.id });
    return rows.length > 0;
  }
}
