import { findStage } from '../plan/plan.ts';
import { coverStories } from '../stories/fit.ts';
import type { Story } from '../stories/story.ts';
import type { InterviewerNotes } from '../tailor/openers.ts';
import type { Tailoring } from '../tailor/tailor.ts';
import type { Block, Doc, Item, Section } from './doc.ts';

export interface PrepSheetInput {
  tailoring: Tailoring;
  interviewers?: readonly InterviewerNotes[];
  stories?: readonly Story[];
  /** When the interview is, as the candidate wrote it ("Tuesday 9 Dec, 14:00"). */
  when?: string;
}

const NOTE_CHARS = 160;
const clip = (s: string, n: number): string =>
  s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s;

/**
 * The one page to take into the interview: the company and its mission, what the role is for,
 * the interviewers with openers, the likely questions with the story to tell for each, five
 * questions to ask, and the reminders of the method.
 */
export function prepSheet(input: PrepSheetInput): Doc {
  const t = input.tailoring;
  const company = t.company ?? 'the company';
  const sections: Section[] = [];

  const about: Block[] = [
    {
      kind: 'paragraph',
      text: t.mission
        ? `${t.mission.stated ? 'Mission' : 'What they do'}: ${t.mission.text}`
        : 'No mission statement found in the posting: read their About page and write one sentence of it here.',
    },
  ];
  if (t.values.length)
    about.push({ kind: 'paragraph', text: `Values they name: ${t.values.join(', ')}.` });
  sections.push({ title: `${company} and its mission`, blocks: about });

  const need: Block[] = [];
  if (t.painPoints.length)
    need.push({ kind: 'list', items: t.painPoints.map((p) => ({ text: p.summary })) });
  else
    need.push({
      kind: 'paragraph',
      text: 'The posting names no clear problem: ask what the biggest one is.',
    });
  const skills = t.skills.slice(0, 8).map((s) => s.name);
  if (skills.length)
    need.push({ kind: 'paragraph', text: `Skills they ask for most: ${skills.join(', ')}.` });
  sections.push({ title: 'What the role is for', blocks: need });

  const people = input.interviewers ?? [];
  if (people.length) {
    const items: Item[] = people.map((p) => {
      const openers = t.openers.filter((o) => o.interviewer === p.name).map((o) => o.say);
      const notes = p.notes?.trim() ? clip(p.notes.trim().replace(/\s+/g, ' '), NOTE_CHARS) : '';
      return {
        lead: p.role ? `${p.name}, ${p.role}` : p.name,
        text:
          [notes, ...openers.slice(0, 2)].filter(Boolean).join(' ') ||
          'No notes yet: look them up.',
      };
    });
    sections.push({ title: 'Who you will meet', blocks: [{ kind: 'list', items }] });
  }

  const coverage = coverStories(input.stories ?? [], t.predictedQuestions, t.skills);
  const titles = new Map((input.stories ?? []).map((s) => [s.id, s.title]));
  const questionItems: Item[] = coverage.questions.map((q) => ({
    lead: q.question.question,
    text: !q.needsStory
      ? 'From your research and reflection: no story needed.'
      : q.best
        ? `Your story: "${titles.get(q.best.storyId)}".`
        : 'No story yet: write one before the interview.',
  }));
  const qBlocks: Block[] = [{ kind: 'list', items: questionItems }];
  if (input.stories?.length && coverage.uncoveredSkills.length)
    qBlocks.push({
      kind: 'paragraph',
      text: `Skills no story shows yet: ${coverage.uncoveredSkills.slice(0, 6).join(', ')}.`,
    });
  sections.push({ title: 'Likely questions and your story', blocks: qBlocks });

  sections.push({
    title: 'Questions to ask',
    blocks: [{ kind: 'list', items: t.questionsToAsk.map((q) => ({ text: q.question })) }],
  });

  sections.push({
    title: 'Reminders',
    blocks: [
      {
        kind: 'checklist',
        items: [
          'CARL: context, what you did yourself, the result, the lesson.',
          'A number in every result: %, money, time, people.',
          'End each answer with a question back to the interviewer.',
          'Nothing negative about a former employer or manager.',
          'Send a short, personal thank-you email within 24 hours.',
        ],
      },
    ],
  });

  const stage = findStage(t.stage);
  return {
    title: `${t.title ?? 'Interview'}${t.company ? ` at ${t.company}` : ''}`,
    subtitle: [stage?.name, input.when].filter(Boolean).join(' · ') || undefined,
    sections,
    footer:
      'Prepared with secondround, offline. Print it, read it once more in the lobby, leave it in your bag.',
  };
}

const escapeMd = (s: string): string => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

/** The prep sheet as Markdown. User text is escaped so it cannot inject markup. */
export function toMarkdown(doc: Doc): string {
  const out: string[] = [`# ${escapeMd(doc.title)}`];
  if (doc.subtitle) out.push('', `_${escapeMd(doc.subtitle)}_`);
  for (const section of doc.sections) {
    out.push('', `## ${escapeMd(section.title)}`);
    for (const block of section.blocks) {
      out.push('');
      if (block.kind === 'paragraph') out.push(escapeMd(block.text));
      else if (block.kind === 'list')
        for (const item of block.items)
          out.push(
            `- ${item.lead ? `**${escapeMd(item.lead)}**${/[?.!:]$/.test(item.lead) ? '' : ':'} ` : ''}${escapeMd(item.text)}`,
          );
      else for (const item of block.items) out.push(`- [ ] ${escapeMd(item)}`);
    }
  }
  if (doc.footer) out.push('', '---', '', `_${escapeMd(doc.footer)}_`);
  return `${out.join('\n')}\n`;
}
