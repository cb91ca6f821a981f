import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

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

/** Saved versions of an answer to a bank question, with the score it had when saved. */
export const answers = pgTable(
  'answers',
  {
    userId: text('user_id').notNull(),
    id: text('id').notNull(),
    questionId: text('question_id').notNull(),
    text: text('text').notNull(),
    score: integer('score').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.id] })],
);

export interface InterviewerRow {
  name: string;
  role?: string;
  notes?: string;
}

/** An interview the candidate prepares for: the job, the company, the people. */
export const interviews = pgTable(
  'interviews',
  {
    userId: text('user_id').notNull(),
    id: text('id').notNull(),
    company: text('company').notNull(),
    role: text('role').notNull(),
    stage: text('stage').notNull().default('hiring-manager'),
    startsAt: text('starts_at').notNull().default(''),
    posting: text('posting').notNull().default(''),
    companyText: text('company_text').notNull().default(''),
    interviewers: jsonb('interviewers').$type<InterviewerRow[]>().notNull().default([]),
    outcome: text('outcome').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.id] })],
);

/** The answer being written to a bank question, autosaved as the user types: one per question. */
export const drafts = pgTable(
  'drafts',
  {
    userId: text('user_id').notNull(),
    questionId: text('question_id').notNull(),
    text: text('text').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.questionId] })],
);

/** Accounts of the multi-user mode (the local mode has one implicit user and no row here). */
export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email').on(t.email)],
);

/** Signed-in browsers: the id is the SHA-256 of the cookie's secret, never the secret itself. */
export const sessions = pgTable(
  'sessions',
  {
    userId: text('user_id').notNull(),
    id: text('id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.id] })],
);

/** One-time password-reset links an admin made (hashed like sessions). */
export const passwordResets = pgTable(
  'password_resets',
  {
    userId: text('user_id').notNull(),
    id: text('id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.id] })],
);

/** Recent log-in failures and sign-ups, by email or address, to rate-limit them. */
export const authAttempts = pgTable(
  'auth_attempts',
  {
    key: text('key').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('auth_attempts_by_key').on(t.key, t.at)],
);

export type AnswerRow = typeof answers.$inferSelect;
export type InterviewRow = typeof interviews.$inferSelect;
