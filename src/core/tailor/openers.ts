/** Conversation openers from what the candidate found out about each interviewer. */

export interface InterviewerNotes {
  name: string;
  role?: string;
  /** Free text: where they studied and worked, shared connections, their team's recent work. */
  notes?: string;
}

export type OpenerKind = 'school' | 'employer' | 'connection' | 'recent-work';

export interface Opener {
  interviewer: string;
  kind: OpenerKind;
  /** What was found: the school, the employer, the person, the piece of work. */
  detail: string;
  /** The candidate's resume names it too: common ground. */
  shared: boolean;
  /** A line the candidate could say, in their own words. */
  say: string;
}

/** A name after its cue: capitalised words, with "of", "the", "for", "and", "at" between them. */
const NAME_AT = /^(?:the\s+)?([A-Z][\w&'.-]*(?:\s+(?:(?:of|the|for|and|at)\s+)*[A-Z][\w&'.-]*)*)/;
const SCHOOL_CUE =
  /\b(?:studied at|graduated from|alumn(?:us|a|i|ae) of|went to|(?:degree|mba|phd|ms|ma|ba|bs|bsc|msc) (?:from|at)|attended)\s+/i;
const SCHOOL_NAME =
  /\b((?:University|College|Institute|School) of(?: (?:the )?[A-Z][\w&'.-]*)+|(?:[A-Z][\w&'.-]* ){1,3}(?:University|College|Institute of Technology|Polytechnic))\b/;
const EMPLOYER_CUE =
  /\b(?:previously (?:at|with)|formerly (?:at|with)|worked (?:at|for)|(?:was|were|spent [\w ]{1,20}) at|joined from|came from|before joining [^,.]{1,40}, (?:was|worked) (?:at|for)|ex-)\s*/i;
const CONNECTION_CUE =
  /\b(?:we both know|both know|mutual connections?(?: is| are|:| with)?|common connections?(?: is| are|:| with)?|connected (?:through|via)|introduced by|knows)\s+/i;
const RECENT_CUE =
  /\b(?:recently|just (?:launched|published|shipped|released)|wrote|published|spoke at|presented|podcast|keynote|launched|shipped|released|blog post|article)\b/i;

/** The name right after a cue, or undefined. */
function nameAfter(cue: RegExp, sentence: string): string | undefined {
  const m = cue.exec(sentence);
  if (!m) return undefined;
  return NAME_AT.exec(sentence.slice(m.index + m[0].length))?.[1];
}
const TRIM_NAME = /(?:\s+(?:of|the|at|for|and))+$/i;

function cleanName(raw: string): string {
  return raw
    .replace(/[.,;:]+$/, '')
    .replace(TRIM_NAME, '')
    .trim();
}

function sentencesOf(notes: string): string[] {
  return notes
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const first = (name: string): string => name.split(/\s+/)[0] ?? name;

/**
 * Openers for each interviewer: a shared school or employer (checked against the resume),
 * a common connection, or their recent work. Regular expressions here run on short
 * sentences of the notes only (each under MAX_NOTE_SENTENCE characters).
 */
export function findOpeners(
  interviewers: readonly InterviewerNotes[],
  resume: string | null,
  company: string | null,
): Opener[] {
  const resumeLower = resume?.toLowerCase() ?? '';
  const out: Opener[] = [];
  for (const person of interviewers) {
    const seen = new Set<string>();
    const add = (kind: OpenerKind, detail: string, say: (shared: boolean) => string): void => {
      const key = `${kind}:${detail.toLowerCase()}`;
      if (!detail || seen.has(key)) return;
      seen.add(key);
      const shared =
        kind === 'connection' || (!!resume && resumeLower.includes(detail.toLowerCase()));
      out.push({ interviewer: person.name, kind, detail, shared, say: say(shared) });
    };
    const there = company ? ` to ${company}` : ' here';
    for (const sentence of sentencesOf(person.notes ?? '')) {
      if (sentence.length > MAX_NOTE_SENTENCE) continue;
      const school = nameAfter(SCHOOL_CUE, sentence) ?? SCHOOL_NAME.exec(sentence)?.[1];
      if (school) {
        const s = cleanName(school);
        add('school', s, (shared) =>
          shared
            ? `"I noticed we both went to ${s}. Which part of your time there has stayed with you?"`
            : `"I saw you studied at ${s}. How did that lead you${there}?"`,
        );
      }
      const employer = nameAfter(EMPLOYER_CUE, sentence);
      if (employer && !(school && employer.includes(school))) {
        const e = cleanName(employer);
        add('employer', e, (shared) =>
          shared
            ? `"We both spent time at ${e}. How does the way this team works compare?"`
            : `"I saw you were at ${e} before. What brought you${there}?"`,
        );
      }
      const connection = nameAfter(CONNECTION_CUE, sentence);
      if (connection) {
        const c = cleanName(connection);
        add('connection', c, () => `"I believe we both know ${c}. How did you two meet?"`);
      }
      if (RECENT_CUE.test(sentence) && !school && !employer && !connection) {
        const detail = aboutThem(sentence.replace(/[.!]+$/, ''), first(person.name));
        add(
          'recent-work',
          detail,
          () =>
            `Mention it and ask ${first(person.name)} what the team learned from it, or what it means for the next year.`,
        );
      }
    }
  }
  return out;
}

/** Longest sentence of interviewer notes that the opener patterns read. */
export const MAX_NOTE_SENTENCE = 400;

/** "Recently presented a poster" -> "Dana recently presented a poster"; "She wrote" -> "Dana wrote". */
export function aboutThem(detail: string, name: string): string {
  if (/^(he|she|they)\b/i.test(detail)) return detail.replace(/^\w+/, name);
  if (/^recently\b/i.test(detail)) return `${name} recently${detail.slice('recently'.length)}`;
  if (/^(wrote|published|presented|spoke|led|launched|shipped|released|gave)\b/i.test(detail))
    return `${name} ${detail[0]!.toLowerCase()}${detail.slice(1)}`;
  return detail;
}
