import { jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Every user-owned table leads its primary key with the user id, so every query is scoped by
 * it and the schema can be distributed by user later without change.
 */
export const stories = pgTable(
  'stories',
  {
    userId: text('user_id').notNull(),
    id: text('id').notNull(),
    title: text('title').notNull(),
    context: text('context').notNull().default(''),
    action: text('action').notNull().default(''),
    result: text('result').notNull().default(''),
    learning: text('learning').notNull().default(''),
    tags: jsonb('tags').$type<string[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.id] })],
);

export type StoryRow = typeof stories.$inferSelect;
