import { describe, expect, it } from 'vitest';
import { CLOSING_QUESTION, currentPrompt, mockReducer, scorecard, startMock } from './mock.ts';

const QUESTIONS = [
  { id: 'major-challenge', question: 'Tell us about a time you faced a major challenge at work.' },
  { id: 'why-this-company', question: 'Why do you want to work here?' },
];
const FULL =
  'Last spring, as the shift lead on a 30-bed ward, we were two nurses short for six weeks. I rebuilt the rota around peak admission hours. Missed medication rounds fell from nine a week to one. It taught me to fix the schedule first. How does your ward handle staffing gaps?';

describe('mock interview', () => {
  it('asks, probes the gap the analysis found once, moves on, and closes with a question for me', () => {
    let s = startMock(QUESTIONS);
    expect(currentPrompt(s)).toBe(QUESTIONS[0]!.question);
    s = mockReducer(s, {
      type: 'answer',
      text: 'Last spring our ward was two nurses short, and I rebuilt the rota around peak hours.',
    });
    expect(s.phase).toBe('probing');
    expect(currentPrompt(s)).toBe('What was the outcome?');
    s = mockReducer(s, { type: 'answer', text: 'Missed rounds fell from nine a week to one.' });
    expect(s.turns[0]!.probe).toMatchObject({
      gap: 'result',
      answer: 'Missed rounds fell from nine a week to one.',
    });
    expect(currentPrompt(s)).toBe(QUESTIONS[1]!.question);
    s = mockReducer(s, {
      type: 'answer',
      text: 'Your clinics in the valley are the reason. What would my first month look like?',
    });
    expect(s.phase).toBe('closing');
    expect(currentPrompt(s)).toBe(CLOSING_QUESTION);
    s = mockReducer(s, {
      type: 'answer',
      text: 'What is the biggest problem this role should solve?',
    });
    expect(s.phase).toBe('done');
    expect(currentPrompt(s)).toBeNull();
    const card = scorecard(s);
    expect(card).toMatchObject({ answered: 2, asked: 2, askedQuestionsBack: true });
    expect(card.averageScore).toBeGreaterThan(0);
    // "why this company" is not a story: its missing result is not counted against it.
    expect(card.mostMissed.find((m) => m.check === 'result')?.times ?? 0).toBeLessThanOrEqual(1);
  });

  it('probes "we" without "I", and not a complete answer', () => {
    const we = mockReducer(startMock(QUESTIONS), {
      type: 'answer',
      text: 'Last year our team was behind on a launch. We reorganised the plan and we shipped on time, two weeks early. It taught us to plan buffers. How do you plan launches?',
    });
    expect(currentPrompt(we)).toBe('What was your own part in that, personally?');
    const full = mockReducer(startMock(QUESTIONS), { type: 'answer', text: FULL });
    expect(full.phase).toBe('asking');
    expect(full.turns[0]!.probe).toBeNull();
  });

  it('skips a question on an empty answer or a skip, and never leaves done', () => {
    let s = mockReducer(startMock(QUESTIONS), { type: 'skip' });
    expect(s.index).toBe(1);
    s = mockReducer(s, { type: 'answer', text: '   ' });
    expect(s.phase).toBe('closing');
    s = mockReducer(s, { type: 'skip' });
    expect(s.phase).toBe('done');
    expect(mockReducer(s, { type: 'answer', text: 'more' })).toBe(s);
    expect(scorecard(s)).toMatchObject({
      answered: 0,
      averageScore: null,
      askedQuestionsBack: false,
    });
    expect(() => startMock([])).toThrow(RangeError);
  });
});
