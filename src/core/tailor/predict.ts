import { CATEGORY_TRIGGERS, IRREGULAR_PAST, TERM_STOPWORDS } from '../../data/tailor.ts';
import { baseVerb, leadingVerbs, OBJECT_PRONOUNS } from './duty.ts';
import {
  QUESTIONS,
  type BankQuestion,
  type Category,
  type StageId,
} from '../../data/bank/index.ts';
import { PhraseSet } from '../text/phrases.ts';
import { pastOf } from '../text/verbs.ts';
import { strongest, type PainPoint } from './company.ts';
import type { PostingSentence, PostingStructure } from './posting.ts';
import type { RankedSkill } from './rank.ts';

/** A question the interview is likely to ask, and why we expect it. */
export interface PredictedQuestion {
  /** The bank question's id, or null for a competency question built from the posting. */
  id: string | null;
  question: string;
  category: Category;
  reason: string;
}

const triggers = Object.fromEntries(
  Object.entries(CATEGORY_TRIGGERS).map(([k, v]) => [k, new PhraseSet(v)]),
) as Record<string, PhraseSet>;
const MAX_PREDICTED = 12;
const MAX_COMPETENCY = 4;
const COMPETENCY_WORDS = 12;
const CLAUSE_PUNCT = new Set([';', ':', '(', '.', ',', '\u2013', '\u2014']);
/** Words that open a new clause in a duty: the question stops before them. */
const CLAUSE_WORDS = new Set([
  'and',
  'by',
  'including',
  'resulting',
  'so',
  'such',
  'that',
  'through',
  'to',
  'using',
  'via',
  'which',
  'while',
  'with',
]);
const TRAILING = new Set(TERM_STOPWORDS);
const PREPOSITIONS = new Set(['across', 'at', 'for', 'in', 'of', 'on', 'per', 'within']);
const QUANTITY_NEXT =
  /^(\d|up$|each$|every$|one$|two$|three$|four$|five$|six$|seven$|eight$|nine$|ten$|dozens?$|hundreds?$)/;

const quote = (items: readonly string[]): string => items.map((i) => `"${i}"`).join(', ');

/** "Build production models; your models..." -> "Tell me about a time you built production models." */
export function competencyQuestion(duty: PostingSentence, text: string): string | null {
  const verbs = leadingVerbs(duty.words, text);
  if (verbs === 0) return null;
  const opening = duty.words.slice(0, verbs);
  const rest = duty.words.slice(verbs);
  if (rest.length < 2) return null;
  const stop = duty.tokens.find(
    (t) =>
      t.kind === 'punct' && CLAUSE_PUNCT.has(t.text) && t.start > opening[opening.length - 1]!.end,
  );
  let upTo = rest.filter((w) => !stop || w.end <= stop.start).slice(0, COMPETENCY_WORDS);
  const clause = upTo.findIndex(
    (w, i) =>
      (i >= 2 && CLAUSE_WORDS.has(w.norm)) ||
      (i >= 1 &&
        (w.norm === 'and' || w.norm === 'or') &&
        !!upTo[i + 1] &&
        !!baseVerb(upTo[i + 1]!.text)) ||
      // "care for up to five patients per shift": a quantity is detail, not the competency.
      (i >= 2 && PREPOSITIONS.has(w.norm) && QUANTITY_NEXT.test(upTo[i + 1]?.norm ?? '')),
  );
  if (clause > 0) upTo = upTo.slice(0, clause);
  while (upTo.length > 2 && TRAILING.has(upTo[upTo.length - 1]!.norm)) upTo = upTo.slice(0, -1);
  if (upTo.length < 2) return null;
  // "Assess, address or triage" -> "assessed, addressed or triaged".
  // "Help us reduce" -> "helped reduce": after the pronoun the verb keeps its base form.
  let afterPronoun = false;
  const verbsPast = opening
    .map((w, i) => {
      if (OBJECT_PRONOUNS.has(w.norm)) {
        afterPronoun = true;
        return '';
      }
      const base = baseVerb(w.text);
      const word = base ? (afterPronoun ? base : (IRREGULAR_PAST[base] ?? pastOf(base))) : w.norm;
      const gap = i > 0 && text.slice(opening[i - 1]!.end, w.start).includes(',') ? ', ' : ' ';
      return (i === 0 ? '' : gap) + word;
    })
    .join('')
    .replace(/\s+/g, ' ');
  const object = text
    .slice(upTo[0]!.start, upTo[upTo.length - 1]!.end)
    .replace(/\b(our|your|their)\b/gi, 'the')
    .replace(/\s+/g, ' ');
  return `Tell me about a time you ${verbsPast} ${object}.`;
}

function bankFor(category: Category, stage: StageId, taken: Set<string>): BankQuestion | undefined {
  const pool = QUESTIONS.filter((q) => q.category === category && !taken.has(q.id));
  return pool.find((q) => q.stages.includes(stage)) ?? pool[0];
}

/**
 * The questions a hiring manager is likely to ask for this posting: the round's core
 * questions with reasons drawn from the posting, the bank's questions for the themes the
 * posting stresses, and competency questions built from its duties.
 */
export function predictQuestions(
  posting: PostingStructure,
  input: {
    stage: StageId;
    company: string | null;
    skills: readonly RankedSkill[];
    painPoints: readonly PainPoint[];
    missionStated: boolean;
  },
): PredictedQuestion[] {
  const out: PredictedQuestion[] = [];
  const taken = new Set<string>();
  const push = (q: BankQuestion | undefined, reason: string): void => {
    if (!q || taken.has(q.id)) return;
    taken.add(q.id);
    out.push({ id: q.id, question: q.question, category: q.category, reason });
  };
  const byId = (id: string): BankQuestion | undefined => QUESTIONS.find((q) => q.id === id);
  const at = input.company ? `at ${input.company}` : 'here';
  const topSkills = input.skills.slice(0, 3).map((s) => s.name);

  push(
    byId('why-this-company'),
    input.missionStated
      ? `Asked in almost every second round; the company states its mission, so tie your answer to it and to why you want to work ${at}.`
      : `Asked in almost every second round; research what the company does and name one specific thing that draws you.`,
  );
  if (topSkills.length)
    push(
      byId('strengths'),
      `The posting leans on ${quote(topSkills)}: pick the strength that matches one of them and prove it with an example.`,
    );
  const pain = strongest(input.painPoints);
  if (pain)
    push(
      byId('major-challenge'),
      `The role is there to solve problems such as "${pain.summary}": expect to show how you handled a challenge like it.`,
    );

  const nonBoilerplate = posting.sentences.filter((s) => !s.boilerplate);
  const counts = Object.entries(triggers)
    .map(([category, set]) => {
      const found = new Set<string>();
      for (const s of nonBoilerplate) for (const h of set.find(s.words)) found.add(h.phrase);
      return { category: category as Category, found: [...found] };
    })
    .filter((c) => c.found.length > 0)
    .sort((a, b) => b.found.length - a.found.length);
  for (const { category, found } of counts.slice(0, 4)) {
    const seedFirst = category === 'leadership' ? byId('leadership') : undefined;
    push(
      seedFirst ?? bankFor(category, input.stage, taken),
      `The posting mentions ${quote(found.slice(0, 3))}.`,
    );
  }

  const duties = posting.sentences.filter(
    (s) => !s.boilerplate && s.section === 'responsibilities',
  );
  let competency = 0;
  for (const duty of duties) {
    if (competency >= MAX_COMPETENCY) break;
    const question = competencyQuestion(duty, posting.text);
    if (!question) continue;
    competency++;
    out.push({
      id: null,
      question,
      category: 'experience',
      reason: `Built from the duty "${duty.text.length > 90 ? `${duty.text.slice(0, 90)}…` : duty.text}".`,
    });
  }
  push(
    byId('weaknesses'),
    'A standard of the hiring-manager round: prepare a real weakness, how you compensate, and how you keep improving.',
  );
  push(
    byId('why-you-left'),
    'The hiring manager checks that you are moving towards this job, not only away from the last one.',
  );
  push(byId('five-years'), 'Shows whether you mean to stay and grow with the team.');
  return out.slice(0, MAX_PREDICTED);
}
