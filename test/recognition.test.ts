import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureRecognition } from '../scripts/measure.ts';

describe('question recognition', () => {
  // Three paraphrases per bank question, written independently of the bank and never added to it.
  it('recognises at least 90% of held-out paraphrases (top-1)', () => {
    const r = measureRecognition(
      resolve(import.meta.dirname, 'fixtures/question-paraphrases.heldout.jsonl'),
    );
    expect(r.total).toBeGreaterThanOrEqual(240);
    expect(r.accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
