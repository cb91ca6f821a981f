/** Measures the posting reader's top skills against human-labelled key skills. */
import { readFileSync } from 'node:fs';
import { SKILLS } from '../src/data/skills/index.ts';
import { tailor } from '../src/core/index.ts';
import { phraseKeys } from '../src/core/tailor/skills.ts';

interface Posting {
  id: string;
  title: string;
  company: string;
  text: string;
}
interface Labels {
  keySkills: string[][];
}

export interface SkillRecall {
  postings: number;
  keySkills: number;
  found: number;
  /** Found key skills over all key skills. */
  recall: number;
  /** Mean of each posting's recall. */
  meanRecall: number;
  lowest: { id: string; recall: number };
  misses: string[];
  /** Mean milliseconds per posting. */
  ms: number;
}

const norm = (s: string): string =>
  phraseKeys(s)
    .filter((k) => /[\p{L}\d]/u.test(k))
    .map((k) => (k.length > 3 && k.endsWith('s') && !k.endsWith('ss') ? k.slice(0, -1) : k))
    .join(' ');

const aliases = new Map(
  SKILLS.map((e) => [e.name.toLowerCase(), [e.name, ...e.aliases, ...(e.exact ?? [])]]),
);

/** A labelled skill is found when one of its names equals, or is a whole-word part of, a form of an extracted skill (or the other way round). */
function matches(label: readonly string[], forms: readonly string[]): boolean {
  return label.some((l) => {
    const a = norm(l);
    return forms.some(
      (f) =>
        a === f ||
        (a.length >= 3 && ` ${f} `.includes(` ${a} `)) ||
        (f.length >= 3 && ` ${a} `.includes(` ${f} `)),
    );
  });
}

export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export function measureSkills(postingsFile: string, labelsFile: string, top = 20): SkillRecall {
  const postings = readJsonl<Posting>(postingsFile);
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as Record<string, Labels>;
  let keySkills = 0;
  let found = 0;
  let ms = 0;
  const perPosting: { id: string; recall: number }[] = [];
  const misses: string[] = [];
  for (const p of postings) {
    const label = labels[p.id];
    if (!label) continue;
    const t0 = performance.now();
    const result = tailor({ posting: p.text, title: p.title, companyName: p.company });
    ms += performance.now() - t0;
    const forms = result.skills
      .slice(0, top)
      .flatMap((s) => (aliases.get(s.name.toLowerCase()) ?? [s.name]).map(norm));
    let hit = 0;
    for (const k of label.keySkills) {
      if (matches(k, forms)) hit++;
      else misses.push(`${p.id}  missed "${k[0]}"`);
    }
    keySkills += label.keySkills.length;
    found += hit;
    perPosting.push({ id: p.id, recall: hit / label.keySkills.length });
  }
  const lowest = perPosting.reduce((a, b) => (b.recall < a.recall ? b : a), { id: '', recall: 1 });
  return {
    postings: perPosting.length,
    keySkills,
    found,
    recall: found / keySkills,
    meanRecall: perPosting.reduce((s, p) => s + p.recall, 0) / perPosting.length,
    lowest,
    misses,
    ms: ms / perPosting.length,
  };
}
