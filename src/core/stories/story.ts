import { z } from 'zod';

export const MAX_STORY_FIELD_CHARS = 3_000;
export const MAX_STORIES = 200;

const field = (max: number) =>
  z
    .string({ error: (i) => (i.input === undefined ? 'is required' : 'must be text') })
    .max(max, `must be at most ${max.toLocaleString('en-US')} characters`)
    .refine((v) => !v.includes('\u0000'), 'must be text, not binary data');

/** A story of the candidate's, in CARL fields, with tags ("leadership", "conflict", "python"). */
export const storySchema = z
  .object({
    id: field(80).optional(),
    title: field(120).refine((v) => v.trim().length > 0, 'must not be empty'),
    context: field(MAX_STORY_FIELD_CHARS).default(''),
    action: field(MAX_STORY_FIELD_CHARS).default(''),
    result: field(MAX_STORY_FIELD_CHARS).default(''),
    learning: field(MAX_STORY_FIELD_CHARS).default(''),
    tags: z.array(field(40)).max(20, 'must have at most 20 tags').default([]),
  })
  .refine((s) => `${s.context}${s.action}${s.result}${s.learning}`.trim().length > 0, {
    message: 'a story needs at least one of context, action, result or learning',
  });

export type Story = z.output<typeof storySchema> & { id: string };

export class StoryError extends Error {
  constructor(readonly problems: string[]) {
    super(`The stories are not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** "Führung im Team" -> "fuhrung-im-team"; letters of any script are kept. */
const slug = (title: string): string =>
  title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'story';

/** Validates a list of stories (from YAML or JSON) and gives each a unique id. */
export function parseStories(value: unknown): Story[] {
  const list = z
    .array(storySchema)
    .max(MAX_STORIES, `at most ${MAX_STORIES} stories`)
    .safeParse(value);
  if (!list.success)
    throw new StoryError(
      list.error.issues.map(
        (i) => `${i.path.length ? `stories.${i.path.join('.')}` : 'stories'}: ${i.message}`,
      ),
    );
  // Ids the user gave are kept first; generated ones step around them.
  const given = list.data.map((s) => s.id?.trim() || null);
  const used = new Set<string>();
  return list.data.map((s, i) => {
    const own = given[i];
    const base = own ?? slug(s.title);
    let id = base;
    for (let n = 2; used.has(id) || (!own && given.includes(id)); n++) id = `${base}-${n}`;
    used.add(id);
    return { ...s, id };
  });
}

/** The story as one spoken answer: context, action, result, learning. */
export function storyText(
  story: Pick<Story, 'context' | 'action' | 'result' | 'learning'>,
): string {
  return [story.context, story.action, story.result, story.learning]
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => (/[.!?]$/.test(p) ? p : `${p}.`))
    .join(' ');
}
