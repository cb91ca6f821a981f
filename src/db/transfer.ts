import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { findQuestion, parseInterview, parseStories } from '../core/index.ts';
import { AnswersRepository } from './answers.ts';
import type { Db } from './database.ts';
import { InterviewsRepository } from './interviews.ts';
import { DraftsRepository } from './drafts.ts';
import { answers, drafts, interviews, stories } from './schema.ts';
import { StoriesRepository } from './stories.ts';

/** The export format: bump the version and add a step to `upgrade` when its shape changes. */
export const EXPORT_FORMAT = 'secondround-export';
export const EXPORT_VERSION = 1;

const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT, { error: 'is not a secondround export' }),
  version: z
    .number()
    .int()
    .min(1)
    .max(EXPORT_VERSION, {
      error: `comes from a newer secondround (this one reads up to version ${EXPORT_VERSION})`,
    }),
  stories: z.array(z.record(z.string(), z.unknown())).max(10_000).default([]),
  interviews: z.array(z.record(z.string(), z.unknown())).max(10_000).default([]),
  answers: z
    .array(
      z.object({
        id: z.string().min(1).max(80),
        questionId: z.string().max(100),
        text: z.string().min(1).max(20_000),
        score: z.number().int().min(0).max(100),
        createdAt: z.string().max(40).optional(),
      }),
    )
    .max(100_000)
    .default([]),
  drafts: z
    .array(
      z.object({
        questionId: z.string().max(100),
        text: z.string().min(1).max(20_000),
        updatedAt: z.string().max(40).optional(),
      }),
    )
    .max(10_000)
    .default([]),
});

export class ImportError extends Error {
  constructor(readonly problems: string[]) {
    super(`The file cannot be imported: ${problems.join('; ')}`);
  }
}

/** Everything one user saved, as one JSON value that `importAll` reads back. */
export async function exportAll(db: Db, userId: string) {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    stories: await new StoriesRepository(db, userId).list(),
    interviews: await new InterviewsRepository(db, userId).list(),
    answers: await new AnswersRepository(db, userId).list(),
    drafts: await new DraftsRepository(db, userId).list(),
  };
}

const date = (iso: unknown): Date | undefined => {
  const d = typeof iso === 'string' ? new Date(iso) : undefined;
  return d && !Number.isNaN(d.getTime()) ? d : undefined;
};

/**
 * Reads an export back, all or nothing (one transaction): every item is validated first; items
 * keep their ids and replace the saved item with the same id, so importing twice loses nothing
 * and duplicates nothing.
 */
export async function importAll(
  db: Db,
  userId: string,
  value: unknown,
): Promise<{ stories: number; interviews: number; answers: number; drafts: number }> {
  const parsed = exportSchema.safeParse(value);
  if (!parsed.success)
    throw new ImportError(
      parsed.error.issues.map((i) => `${i.path.join('.') || 'file'} ${i.message}`),
    );
  const data = parsed.data;
  const problems: string[] = [];
  const storyRows = data.stories.flatMap((raw, k) => {
    try {
      if (typeof raw.id !== 'string' || !raw.id) throw new Error('has no id');
      const [s] = parseStories([raw]);
      return [
        {
          ...s!,
          id: raw.id,
          userId,
          createdAt: date(raw.createdAt),
          updatedAt: date(raw.updatedAt),
        },
      ];
    } catch (e) {
      problems.push(`stories.${k}: ${(e as Error).message.replace(/\s+/g, ' ')}`);
      return [];
    }
  });
  const interviewRows = data.interviews.flatMap((raw, k) => {
    try {
      if (typeof raw.id !== 'string' || !raw.id) throw new Error('has no id');
      return [
        {
          ...parseInterview(raw),
          id: raw.id,
          userId,
          createdAt: date(raw.createdAt),
          updatedAt: date(raw.updatedAt),
        },
      ];
    } catch (e) {
      problems.push(`interviews.${k}: ${(e as Error).message}`);
      return [];
    }
  });
  for (const kind of ['answers', 'drafts'] as const)
    data[kind].forEach((a, k) => {
      if (!findQuestion(a.questionId))
        problems.push(`${kind}.${k}: unknown question "${a.questionId}"`);
    });
  if (problems.length) throw new ImportError(problems.slice(0, 10));
  await db.transaction(async (tx) => {
    for (const row of storyRows)
      await tx
        .insert(stories)
        .values(row)
        .onConflictDoUpdate({ target: [stories.userId, stories.id], set: row });
    for (const row of interviewRows)
      await tx
        .insert(interviews)
        .values(row)
        .onConflictDoUpdate({ target: [interviews.userId, interviews.id], set: row });
    for (const a of data.answers) {
      const row = { ...a, userId, createdAt: date(a.createdAt) };
      await tx
        .insert(answers)
        .values(row)
        .onConflictDoUpdate({ target: [answers.userId, answers.id], set: row });
    }
    for (const d of data.drafts) {
      const row = { ...d, userId, updatedAt: date(d.updatedAt) };
      await tx
        .insert(drafts)
        .values(row)
        .onConflictDoUpdate({ target: [drafts.userId, drafts.questionId], set: row });
    }
  });
  return {
    stories: storyRows.length,
    interviews: interviewRows.length,
    answers: data.answers.length,
    drafts: data.drafts.length,
  };
}

/** Deletes everything one user saved, in one transaction. */
export async function deleteAll(db: Db, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(stories).where(eq(stories.userId, userId));
    await tx.delete(interviews).where(eq(interviews.userId, userId));
    await tx.delete(answers).where(eq(answers.userId, userId));
    await tx.delete(drafts).where(eq(drafts.userId, userId));
  });
}
