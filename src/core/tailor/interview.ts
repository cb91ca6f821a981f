import { z } from 'zod';
import {
  interviewerNotesSchema,
  MAX_COMPANY_CHARS,
  MAX_INTERVIEWERS,
  MAX_POSTING_CHARS,
} from './tailor.ts';

const text = (max: number) =>
  z
    .string({ error: (i) => (i.input === undefined ? 'is required' : 'must be text') })
    .max(max, `must be at most ${max.toLocaleString('en-US')} characters`)
    .refine((v) => !v.includes('\u0000'), 'must be text, not binary data');

/** An interview the candidate prepares for: what the app saves and tailors everything to. */
export const interviewSchema = z.object({
  company: text(120).refine((v) => v.trim().length > 0, 'must not be empty'),
  role: text(120).refine((v) => v.trim().length > 0, 'must not be empty'),
  stage: z.enum(['recruiter-screen', 'hiring-manager', 'panel', 'final']).default('hiring-manager'),
  /** When it starts, as the candidate wrote it or ISO 8601. */
  startsAt: text(40).default(''),
  posting: text(MAX_POSTING_CHARS).default(''),
  companyText: text(MAX_COMPANY_CHARS).default(''),
  interviewers: z
    .array(interviewerNotesSchema)
    .max(MAX_INTERVIEWERS, `must have at most ${MAX_INTERVIEWERS} interviewers`)
    .default([]),
  /** How it went, once known. */
  outcome: z.enum(['', 'waiting', 'next-round', 'offer', 'rejected', 'withdrew']).default(''),
});

export type InterviewInput = z.output<typeof interviewSchema>;

export class InterviewError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

/** Validates an interview, naming each field that is wrong. */
export function parseInterview(value: unknown): InterviewInput {
  const r = interviewSchema.safeParse(value);
  if (r.success) return r.data;
  throw new InterviewError(
    r.error.issues.map((i) => `${i.path.join('.') || 'interview'}: ${i.message}`),
  );
}
