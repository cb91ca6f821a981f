import { describe, expect, it } from 'vitest';
import { buildAnswer } from './build.ts';

const fields = {
  context:
    'Last spring, as shift lead at a parcel depot, our scanners failed two days before a bank-holiday peak, and my task was to keep dispatch on schedule',
  action:
    'set up a manual logging desk with printed manifests, trained six pickers on it in an hour, and phoned our two biggest clients to agree priority loads',
  result: 'we dispatched every priority load on time and cleared the backlog within 36 hours',
  learning: 'to keep a tested paper fallback for every system the floor depends on',
};

describe('buildAnswer', () => {
  it('composes a spoken CARL answer that ends with a closing question fitting the question', () => {
    const b = buildAnswer({ questionId: 'major-challenge', ...fields });
    expect(b.text).toMatch(/^Last spring/);
    expect(b.text).toContain('I set up a manual logging desk');
    expect(b.text).toContain('We dispatched every priority load on time');
    expect(b.text).toContain('It taught me to keep a tested paper fallback');
    expect(b.text.endsWith('?')).toBe(true);
    expect(b.closingQuestion).toMatch(/\?$/);
    expect(b.analysis.checks).toMatchObject({
      context: true,
      action: true,
      result: true,
      quantified: true,
      learning: true,
      followUpQuestion: true,
    });
    expect(b.prompts.filter((p) => p.field === 'result')).toEqual([]);
  });

  it('asks for a number when the result has none, and for more when it is short', () => {
    const b = buildAnswer({
      questionId: 'major-challenge',
      ...fields,
      result: 'the client was happy',
    });
    expect(b.prompts.map((p) => p.field)).toContain('result');
    expect(b.prompts.find((p) => p.field === 'result')!.message).toMatch(/number/);
    expect(b.prompts.find((p) => p.field === 'length')!.message).toMatch(/60-120 s/);
  });

  it('offers the STAR view, with the task split from the situation', () => {
    const b = buildAnswer({ questionId: 'major-challenge', ...fields });
    expect(b.star.situation).toMatch(/^Last spring.*peak\.$/);
    expect(b.star.task).toBe('My task was to keep dispatch on schedule.');
    expect(b.star.action).toMatch(/^I set up/);
    expect(b.star.result).toMatch(/36 hours.*fallback/);
  });

  it('adds "I" only where the action has no subject of its own', () => {
    const says = (action: string): string => buildAnswer({ ...fields, action }).parts[1]!.text;
    expect(says('rewrote the job with my colleague')).toBe('I rewrote the job with my colleague.');
    expect(says('we rewrote the job')).toBe('We rewrote the job.');
    expect(says('First I called the client')).toBe('First I called the client.');
    expect(says('My team and I rebuilt it')).toBe('My team and I rebuilt it.');
  });

  it('keeps a closing question the candidate wrote', () => {
    const b = buildAnswer({ ...fields, closingQuestion: 'how does your depot plan for peaks' });
    expect(b.closingQuestion).toBe('How does your depot plan for peaks?');
    expect(
      buildAnswer({ ...fields, closingQuestion: 'How big is the team!' }).closingQuestion,
    ).toBe('How big is the team?');
  });

  it('refuses empty input, wrong types, over-long fields and unknown question ids', () => {
    expect(() => buildAnswer({ context: ' ', action: '', result: '', learning: '' })).toThrow(
      /at least one/,
    );
    expect(() => buildAnswer({ ...fields, action: 42 as unknown as string })).toThrow(
      /action must be text/,
    );
    expect(() => buildAnswer({ ...fields, context: 'x'.repeat(4001) })).toThrow(
      /4001 characters.*4000/,
    );
    expect(() => buildAnswer({ ...fields, questionId: 'nope' })).toThrow(/Unknown question id/);
  });
});
