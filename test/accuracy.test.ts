import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measure, readLabelled } from '../scripts/measure.ts';
import { measureSkills } from '../scripts/measure-skills.ts';

const fixtures = (name: string): string =>
  resolve(import.meta.dirname, `fixtures/answers.${name}.jsonl`);
const dev = resolve(import.meta.dirname, '../../shared/data/answers.dev.jsonl');

// Guards against a rule change that quietly breaks the checks; `npm run eval` prints the detail.
describe('check accuracy against human labels', () => {
  it('meets the targets on the shared development set (mean F1 >= 0.85, none under 0.75)', () => {
    const m = measure(readLabelled(dev));
    expect(m.meanF1).toBeGreaterThanOrEqual(0.85);
    expect(m.lowestF1).toBeGreaterThanOrEqual(0.75);
  });

  it('keeps a mean F1 of at least 0.85 on answers it was never tuned on', () => {
    expect(measure(readLabelled(fixtures('blind'))).meanF1).toBeGreaterThanOrEqual(0.85);
  });
});

describe('posting skills against human labels', () => {
  it('finds at least 60% of the labelled key skills in the top 20, on the shared and held-out postings', () => {
    const jobs = (file: string, labels: string) =>
      measureSkills(resolve(import.meta.dirname, file), resolve(import.meta.dirname, labels));
    expect(
      jobs('../../shared/data/jobs.dev.jsonl', 'fixtures/jobs.dev.labels.json').recall,
    ).toBeGreaterThanOrEqual(0.6);
    expect(
      jobs('fixtures/jobs.heldout.jsonl', 'fixtures/jobs.heldout.labels.json').recall,
    ).toBeGreaterThanOrEqual(0.6);
  });
});
