import { and, asc, eq } from 'drizzle-orm';
import { parseStories, type Story } from '../core/index.ts';
import type { Db } from './database.ts';
import { stories, type StoryRow } from './schema.ts';

const toStory = (r: StoryRow): Story & { createdAt: string; updatedAt: string } => ({
  id: r.id,
  title: r.title,
  context: r.context,
  action: r.action,
  result: r.result,
  learning: r.learning,
  tags: r.tags,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

export type StoredStory = ReturnType<typeof toStory>;

/** One user's stories: every query is scoped by the user id given to the constructor. */
export class StoriesRepository {
  constructor(
    private readonly db: Db,
    private readonly userId: string,
  ) {}

  private where(id: string) {
    return and(eq(stories.userId, this.userId), eq(stories.id, id));
  }

  async list(): Promise<StoredStory[]> {
    const rows = await this.db
      .select()
      .from(stories)
      .where(eq(stories.userId, this.userId))
      .orderBy(asc(stories.createdAt), asc(stories.id));
    return rows.map(toStory);
  }

  async get(id: string): Promise<StoredStory | null> {
    const [row] = await this.db.select().from(stories).where(this.where(id));
    return row ? toStory(row) : null;
  }

  /** Validates (as parseStories does) and saves a new story with a fresh id. */
  async create(input: unknown): Promise<StoredStory> {
    const taken = new Set((await this.list()).map((s) => s.id));
    const [story] = parseStories([input]);
    let id = story!.id;
    for (let n = 2; taken.has(id); n++) id = `${story!.id}-${n}`;
    const [row] = await this.db
      .insert(stories)
      .values({ ...story!, id, userId: this.userId })
      .returning();
    return toStory(row!);
  }

  /** Replaces a story's fields; null when this user has no such story. */
  async update(id: string, input: unknown): Promise<StoredStory | null> {
    const [story] = parseStories([{ ...(input as object), id }]);
    const { id: _, ...fields } = story!;
    const [row] = await this.db
      .update(stories)
      .set({ ...fields, updatedAt: new Date() })
      .where(this.where(id))
      .returning();
    return row ? toStory(row) : null;
  }

  async remove(id: string): Promise<boolean> {
    const rows = await this.db.delete(stories).where(this.where(id)).returning({ id: stories.id });
    return rows.length > 0;
  }
}
