import { z } from 'zod';

const text = (max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);

/** 2026-11-25T14:00, with optional seconds and an optional Z or offset. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?$/;

const interviewer = z.object({
  name: text(80),
  role: text(120).optional(),
  email: z.email('must be an email address').max(200).optional(),
  /** What this person discussed with you: each email mentions one of these. */
  topics: z.array(text(200)).max(10).default([]),
});

/** What a candidate notes right after an interview; the thank-you emails are written from it. */
export const debriefSchema = z.object({
  company: text(120),
  role: text(120),
  /** When the interview started, ISO 8601 ("2026-11-25T14:00:00Z" or with a local offset). */
  interviewDate: z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
    .refine((v) => DATE_TIME.test(v) && !Number.isNaN(Date.parse(v)), {
      message: 'must be a date and time such as 2026-11-25T14:00 (add Z or +01:00 for a time zone)',
    }),
  candidateName: text(80).optional(),
  candidateEmail: z.email('must be an email address').max(200).optional(),
  interviewers: z.array(interviewer).min(1, 'name at least one interviewer').max(8),
  /** Topics discussed with everyone. */
  topics: z.array(text(200)).max(10).default([]),
  /** A moment of connection: a shared school, a former employer, a laugh about something. */
  connection: text(300).optional(),
  /** Anything to add to or correct in an answer. */
  addOrCorrect: text(500).optional(),
});

export type Debrief = z.infer<typeof debriefSchema>;
export type Interviewer = Debrief['interviewers'][number];

export class DebriefError extends Error {
  constructor(readonly problems: string[]) {
    super(`The debrief is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Validates a parsed debrief (from YAML or JSON), naming each field that is wrong. */
export function parseDebrief(value: unknown): Debrief {
  const result = debriefSchema.safeParse(value);
  if (result.success) return result.data;
  throw new DebriefError(
    result.error.issues.map((i) => `${i.path.length ? i.path.join('.') : 'debrief'}: ${i.message}`),
  );
}
