import { describe, expect, it } from 'vitest';
import { matchQuestion } from './match.ts';

describe('matchQuestion', () => {
  it.each([
    ["What's your biggest weakness?", 'weaknesses'],
    ['Why are you looking to leave your current job?', 'why-you-left'],
    ['What do you consider your main strengths?', 'strengths'],
    ['Where do you picture yourself a few years from now?', 'five-years'],
    ['Tell me about the accomplishment you are proudest of', 'proudest-achievement'],
    ['Walk me through a tough call you made', 'tough-decision'],
    ['Tell me about a time you led a team through change', 'leadership'],
    ['What excites you about this company?', 'why-this-company'],
    ['Describe the hardest problem you solved in your last job', 'major-challenge'],
    ['What are your strenghts?', 'strengths'],
    ['what was the biggest challange in your career?', 'major-challenge'],
    ['Why this hospital?', 'why-this-company'],
  ])('recognises "%s" as %s', (text, id) => {
    expect(matchQuestion(text).id).toBe(id);
  });

  it('returns null with a low confidence when no bank question fits', () => {
    const m = matchQuestion('What is the capital of France?');
    expect(m.id).toBeNull();
    expect(m.confidence).toBeLessThan(0.15);
  });
});
