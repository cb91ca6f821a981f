import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../data/bank/index.ts';
import { tailor } from '../tailor/tailor.ts';
import { coverStories, FIT_THRESHOLD, type QuestionLike } from './fit.ts';
import {
  MAX_STORIES,
  MAX_STORY_FIELD_CHARS,
  parseStories,
  StoryError,
  storyText,
  type Story,
} from './story.ts';

function problems(value: unknown): string[] {
  try {
    parseStories(value);
  } catch (e) {
    expect(e).toBeInstanceOf(StoryError);
    return (e as StoryError).problems;
  }
  throw new Error('parseStories accepted invalid stories');
}

const bank = (id: string): QuestionLike => {
  const q = QUESTIONS.find((x) => x.id === id);
  if (!q) throw new Error(`no bank question "${id}"`);
  return { id: q.id, question: q.question, category: q.category };
};

describe('parseStories', () => {
  it('accepts a story with a title and one field, filling the rest', () => {
    const [s] = parseStories([{ title: 'Night shift rescue', action: 'I re-triaged the ward.' }]);
    expect(s).toEqual({
      id: 'night-shift-rescue',
      title: 'Night shift rescue',
      context: '',
      action: 'I re-triaged the ward.',
      result: '',
      learning: '',
      tags: [],
    });
  });

  it('refuses a story without a title, or with a blank one', () => {
    expect(problems([{ action: 'I led it.' }])).toEqual(['stories.0.title: is required']);
    expect(problems([{ title: '   ', action: 'I led it.' }])).toEqual([
      'stories.0.title: must not be empty',
    ]);
    expect(problems([{ title: 7, action: 'I led it.' }])).toEqual([
      'stories.0.title: must be text',
    ]);
  });

  it('refuses a story whose fields are all empty or blank', () => {
    for (const story of [
      { title: 'Empty' },
      { title: 'Blank', context: ' ', action: '\n', result: '\t', learning: '' },
    ])
      expect(problems([story])).toEqual([
        'stories.0: a story needs at least one of context, action, result or learning',
      ]);
  });

  it('refuses too-long fields, too many tags and too many stories, naming each', () => {
    const long = 'x'.repeat(MAX_STORY_FIELD_CHARS + 1);
    expect(problems([{ title: 'A', action: long }])).toEqual([
      'stories.0.action: must be at most 3,000 characters',
    ]);
    expect(
      problems([
        { title: 'A', action: 'ok' },
        { title: 'B', learning: long },
      ]),
    ).toEqual(['stories.1.learning: must be at most 3,000 characters']);
    expect(problems([{ title: 'T'.repeat(121), action: 'ok' }])).toEqual([
      'stories.0.title: must be at most 120 characters',
    ]);
    expect(problems([{ title: 'A', action: 'ok', tags: Array(21).fill('tag') }])).toEqual([
      'stories.0.tags: must have at most 20 tags',
    ]);
    expect(problems([{ title: 'A', action: 'ok', tags: ['t'.repeat(41)] }])).toEqual([
      'stories.0.tags.0: must be at most 40 characters',
    ]);
    const many = Array.from({ length: MAX_STORIES + 1 }, (_, i) => ({
      title: `S${i}`,
      action: 'x',
    }));
    expect(problems(many)).toEqual([`stories: at most ${MAX_STORIES} stories`]);
    expect(parseStories(many.slice(0, MAX_STORIES))).toHaveLength(MAX_STORIES);
  });

  it('accepts fields exactly at the limit', () => {
    const full = 'x'.repeat(MAX_STORY_FIELD_CHARS);
    expect(() =>
      parseStories([{ title: 'T'.repeat(120), context: full, action: full, result: full }]),
    ).not.toThrow();
  });

  it('refuses NUL bytes and what is not a list', () => {
    expect(problems([{ title: 'A', action: 'x\u0000' }])).toEqual([
      'stories.0.action: must be text, not binary data',
    ]);
    expect(problems({ title: 'A', action: 'x' })[0]).toMatch(/^stories: /);
    expect(problems('stories')[0]).toMatch(/^stories: /);
  });

  it('lists the problems of every story at once, and says so in the message', () => {
    let error: StoryError | undefined;
    try {
      parseStories([{ action: 'x' }, { title: 'B' }]);
    } catch (e) {
      error = e as StoryError;
    }
    expect(error?.problems).toHaveLength(2);
    expect(error?.message).toMatch(/stories\.0\.title/);
    expect(error?.message).toMatch(/stories\.1: a story needs/);
  });

  it('gives duplicate titles unique ids', () => {
    const stories = parseStories([
      { title: 'Big Launch', action: 'a' },
      { title: 'Big launch!', action: 'b' },
      { title: 'Big Launch', action: 'c' },
    ]);
    expect(stories.map((s) => s.id)).toEqual(['big-launch', 'big-launch-2', 'big-launch-3']);
  });

  it('keeps every given id, and steps generated ids around them', () => {
    const stories = parseStories([
      { id: 'launch-2', title: 'Launch', action: 'a' },
      { title: 'Launch', action: 'b' },
      { title: 'Launch', action: 'c' },
      { id: 'launch', title: 'Other', action: 'd' },
    ]);
    const ids = stories.map((s) => s.id);
    expect(ids).toEqual(['launch-2', 'launch-3', 'launch-4', 'launch']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives a title of symbols a fallback id', () => {
    const ids = parseStories([
      { title: '!!!', action: 'a' },
      { title: '???', action: 'b' },
    ]).map((s) => s.id);
    expect(ids).toEqual(['story', 'story-2']);
  });
});

describe('storyText', () => {
  it('joins the filled fields in CARL order, each ending as a sentence', () => {
    expect(
      storyText({
        context: 'The ward was short-staffed',
        action: '',
        result: 'No falls!',
        learning: ' ',
      }),
    ).toBe('The ward was short-staffed. No falls!');
  });
});

const LEADERSHIP: Record<string, unknown> = {
  title: 'Led the billing migration',
  tags: ['leadership'],
  context: 'Our billing service failed at every month end.',
  action: 'I led a team of four engineers and mentored two juniors through the move to PostgreSQL.',
  result: 'Failed invoices fell by 80% in one quarter.',
  learning: 'I learned to delegate earlier.',
};
const OFFICE_MOVE: Record<string, unknown> = {
  title: 'Office move',
  context: 'We moved offices in March.',
  action: 'I packed boxes and labelled desks.',
  result: 'The move finished on a Friday.',
};

describe('coverStories', () => {
  const stories = parseStories([LEADERSHIP, OFFICE_MOVE]);
  const questions = [
    bank('leadership'),
    bank('why-this-company'),
    bank('weaknesses'),
    {
      id: null,
      question: 'Tell me about a time you moved a billing service.',
      category: 'experience',
    },
  ] satisfies QuestionLike[];

  it('fits a leadership story to the leadership question better than an unrelated story', () => {
    const c = coverStories(stories, questions);
    const row = c.questions[0]!;
    expect(row.needsStory).toBe(true);
    expect(row.best?.storyId).toBe('led-the-billing-migration');
    expect(row.best!.score).toBeGreaterThanOrEqual(FIT_THRESHOLD);
    expect(row.best!.reasons).toContain('tagged "leadership"');
    expect(row.best!.reasons.join(' ')).toMatch(/"led"/);
    expect(row.best!.reasons.join(' ')).toMatch(/"mentored"/);
    expect(c.matrix[0]![0]!).toBeGreaterThan(c.matrix[0]![1]!);
  });

  it('fits the leadership story by its words alone, without the tag', () => {
    const untagged = parseStories([{ ...LEADERSHIP, tags: [] }, OFFICE_MOVE]);
    const c = coverStories(untagged, [bank('leadership')]);
    expect(c.matrix[0]![0]!).toBeGreaterThan(c.matrix[0]![1]!);
  });

  it('needs no story for motivation and weakness questions', () => {
    const c = coverStories(stories, questions);
    for (const row of c.questions.slice(1, 3)) {
      expect(row.needsStory).toBe(false);
      expect(row.best).toBeNull();
    }
  });

  it('fits a question built from the posting by the words it shares with a story', () => {
    const row = coverStories(stories, questions).questions[3]!;
    expect(row.needsStory).toBe(true);
    expect(row.best?.storyId).toBe('led-the-billing-migration');
  });

  it('leaves a question without a best story when none fits', () => {
    const c = coverStories(parseStories([OFFICE_MOVE]), [bank('leadership')]);
    expect(c.questions[0]!.best).toBeNull();
    expect(c.matrix[0]![0]!).toBeLessThan(FIT_THRESHOLD);
  });

  it('has one matrix row per question and one column per story, scores from 0 to 1', () => {
    const c = coverStories(stories, questions);
    expect(c.matrix).toHaveLength(questions.length);
    for (const row of c.matrix) {
      expect(row).toHaveLength(stories.length);
      for (const score of row) {
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }
    }
    expect(c.storyIds).toEqual(stories.map((s) => s.id));
    expect(c.questions.map((r) => r.question)).toEqual(questions);
  });

  it('handles no stories and no questions', () => {
    expect(coverStories([], questions).matrix).toEqual([[], [], [], []]);
    expect(coverStories([], questions).questions.every((r) => r.best === null)).toBe(true);
    expect(coverStories(stories, []).matrix).toEqual([]);
  });

  it('spreads stories: a second equal story takes the next question', () => {
    const twins: Story[] = parseStories([
      { ...LEADERSHIP, title: 'Team one' },
      { ...LEADERSHIP, title: 'Team two' },
    ]);
    const c = coverStories(twins, [bank('leadership'), bank('leadership')]);
    expect(c.questions.map((r) => r.best?.storyId)).toEqual(['team-one', 'team-two']);
  });
});

describe('coverStories: skills no story shows', () => {
  const posting =
    'Backend Engineer\n\nRequirements\n- Experience with PostgreSQL, Kafka and Terraform\n- Mentor junior engineers';
  const skills = tailor({ posting }).skills;

  it('lists the posting skills that no story mentions', () => {
    const c = coverStories(parseStories([LEADERSHIP, OFFICE_MOVE]), [], skills);
    const names = skills.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(['PostgreSQL', 'Apache Kafka', 'Terraform', 'Mentoring']),
    );
    expect(c.uncoveredSkills).toContain('Apache Kafka');
    expect(c.uncoveredSkills).toContain('Terraform');
    expect(c.uncoveredSkills).not.toContain('PostgreSQL');
    expect(c.uncoveredSkills).not.toContain('Mentoring');
    expect(c.storySkills['led-the-billing-migration']).toEqual(
      expect.arrayContaining(['PostgreSQL', 'Mentoring']),
    );
    expect(c.storySkills['office-move']).toEqual([]);
    for (const name of c.uncoveredSkills) expect(names).toContain(name);
  });

  it('drops a skill from the list once a story mentions it, by any of its names or a tag', () => {
    const before = coverStories(parseStories([LEADERSHIP]), [], skills).uncoveredSkills;
    expect(before).toContain('Apache Kafka');
    expect(before).toContain('Terraform');
    const after = coverStories(
      parseStories([
        LEADERSHIP,
        {
          title: 'Event pipeline',
          action: 'I moved our order events onto Kafka.',
          tags: ['terraform'],
        },
      ]),
      [],
      skills,
    ).uncoveredSkills;
    expect(after).not.toContain('Apache Kafka');
    expect(after).not.toContain('Terraform');
    expect(after).toEqual(before.filter((n) => n !== 'Apache Kafka' && n !== 'Terraform'));
  });

  it('lists every skill when there are no stories, and none when there are no skills', () => {
    expect(coverStories([], [], skills).uncoveredSkills).toEqual(
      skills.slice(0, 20).map((s) => s.name),
    );
    expect(coverStories(parseStories([LEADERSHIP]), []).uncoveredSkills).toEqual([]);
  });
});

describe('parseStories ids', () => {
  it('keeps letters of any script in generated ids', () => {
    const ids = parseStories([
      { title: 'Führung im Team', action: 'a' },
      { title: '团队合作', action: 'b' },
    ]).map((s) => s.id);
    expect(ids).toEqual(['fuhrung-im-team', '团队合作']);
  });
});
