import { ENGLISH_WORDS, THANK_YOU_STOCK_PHRASES } from '../../data/lexicon/index.ts';
import { editDistance } from '../bank/match.ts';
import { PhraseSet } from '../text/phrases.ts';
import { parse } from '../text/parse.ts';
import type { Debrief, Interviewer } from './debrief.ts';

/** Longest body a thank-you note should have, in words. */
export const MAX_BODY_WORDS = 180;
/** The window in which a thank-you note should be sent, in hours. */
export const WINDOW_HOURS = 24;

export interface ThankYouEmail {
  to: { name: string; email?: string };
  subject: string;
  body: string;
}

const firstName = (name: string): string => name.trim().split(/\s+/)[0]!;

/** "Tuesday" when the interview is within the week, otherwise "on 25 November". */
function whenSaid(interviewDate: string, now?: Date): string {
  const date = new Date(interviewDate);
  if (now && sameDay(date, now)) return 'today';
  const weekday = date.toLocaleDateString('en-GB', { weekday: 'long' });
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long' });
  return now && now.getTime() - date.getTime() < 6 * 24 * 3600 * 1000
    ? `on ${weekday}`
    : `on ${day}`;
}

const sameDay = (a: Date, b: Date): boolean =>
  a.getFullYear() === b.getFullYear() &&
  a.getMonth() === b.getMonth() &&
  a.getDate() === b.getDate();

/** Lower-cases the first word for use mid-sentence, unless it looks like a name ("Marcus", "Python"). */
const lowerFirst = (t: string): string => {
  const first = /^[^\s,;:]+/.exec(t)?.[0] ?? '';
  const common = COMMON_OPENERS.has(first.toLowerCase()) || /^[A-Z][a-z]+ing$/.test(first);
  return common ? t[0]!.toLowerCase() + t.slice(1) : t;
};
const COMMON_OPENERS = new Set(ENGLISH_WORDS);
const clause = (t: string): string => lowerFirst(t.trim().replace(/[.!]+$/, ''));

const OPENINGS: ((when: string, role: string, company: string) => string)[] = [
  (when, role, company) =>
    `Thank you for talking with me ${when} about the ${role} role at ${company}.`,
  (when, role, company) =>
    `Thanks for your time ${when}; I enjoyed hearing how the ${role} role fits into ${company}.`,
  (when, role, company) =>
    `I appreciated our conversation ${when} about joining ${company} as ${article(role)} ${role}.`,
];
const TOPIC_LINES: ((topic: string) => string)[] = [
  (topic) => `I keep coming back to what you said about ${topic}.`,
  (topic) => `Your description of ${topic} gave me a clear picture of the work.`,
  (topic) => `Hearing about ${topic} from you was the most useful part of my day.`,
];
const CLOSINGS: ((company: string) => string)[] = [
  (company) =>
    `The conversation left me even keener to join ${company}, and I hope we can continue it soon.`,
  () => `I would be glad to help with that work, and I hope to talk again soon.`,
  (company) =>
    `It made me more certain that ${company} is where I want to do my next piece of work.`,
];
const article = (word: string): string => (/^[aeiou]/i.test(word) ? 'an' : 'a');

/**
 * Writes one short, personal thank-you email per interviewer: it names the person, the role
 * and the company, recalls what that person discussed, the moment of connection if there
 * was one, and anything the candidate wants to add or correct.
 */
export function composeThankYou(debrief: Debrief, now?: Date): ThankYouEmail[] {
  const named = debrief.interviewers
    .map((p, i) => (debrief.connection?.includes(firstName(p.name)) ? i : -1))
    .filter((i) => i >= 0);
  const sharedWith = named.length ? named : [0];
  return debrief.interviewers.map((person, index) => {
    const topics = person.topics.length ? person.topics : debrief.topics;
    const topic = topics[0];
    const when = whenSaid(debrief.interviewDate, now);
    // Interviewers compare notes: each email is worded differently, not only addressed differently.
    const v = index % OPENINGS.length;
    const lines: string[] = [OPENINGS[v]!(when, debrief.role, debrief.company)];
    if (topic) lines.push(TOPIC_LINES[v]!(clause(topic)));
    if (topics[1]) lines.push(`Our exchange about ${clause(topics[1])} was just as useful.`);
    // The shared moment goes to the interviewers it names, or else to the first one.
    if (debrief.connection && sharedWith.includes(index)) {
      lines.push(`It was also a pleasant surprise to find that ${clause(debrief.connection)}.`);
    }
    if (debrief.addOrCorrect && index === 0) {
      lines.push(`One thing I would like to add to my answers: ${clause(debrief.addOrCorrect)}.`);
    }
    lines.push(CLOSINGS[v]!(debrief.company));
    const signature = debrief.candidateName
      ? `\n\nBest wishes,\n${debrief.candidateName}`
      : '\n\nBest wishes,';
    const email: ThankYouEmail = {
      to: { name: person.name, ...(person.email ? { email: person.email } : {}) },
      subject: `Thank you: the ${debrief.role} conversation`,
      body: `Dear ${firstName(person.name)},\n\n${lines.join(' ')}${signature}`,
    };
    return email;
  });
}

export interface DraftFinding {
  check: 'names' | 'company' | 'detail' | 'length' | 'stock-phrase' | 'window';
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export interface DraftReview {
  checks: {
    namesPresent: boolean;
    companyPresent: boolean;
    specificDetail: boolean;
    lengthOk: boolean;
    noStockPhrases: boolean;
  };
  words: number;
  /** The 24-hour window after the interview. */
  window: { dueAt: string; hoursLeft: number; overdue: boolean };
  findings: DraftFinding[];
}

const stock = new PhraseSet(THANK_YOU_STOCK_PHRASES);
const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'to',
  'for',
  'in',
  'on',
  'with',
  'about',
  'our',
  'your',
  'my',
  'how',
  'what',
]);

/** Words of the draft that look like a misspelling of `name` ("Jon" for "John"). */
function misspellings(draftWords: readonly string[], name: string): string[] {
  const target = name.toLowerCase();
  return [
    ...new Set(
      draftWords.filter(
        (w) =>
          w !== target &&
          w.length >= 3 &&
          Math.abs(w.length - target.length) <= 2 &&
          editDistance(w, target, 2) <= (target.length > 5 ? 2 : 1),
      ),
    ),
  ];
}

/**
 * Reviews a thank-you draft against the debrief: the interviewer's name and the company
 * spelled as in the debrief, at least one specific detail from the conversation, length,
 * template phrases, and how much of the 24-hour window is left at `now`.
 */
export function reviewThankYou(
  draft: { subject?: string; body: string },
  debrief: Debrief,
  person: Interviewer,
  now: Date,
): DraftReview {
  const text = `${draft.subject ?? ''}\n${draft.body}`;
  const lower = text.toLowerCase();
  const bodyWords = parse(draft.body).words;
  const draftWords = parse(text).words.map((w) => w.norm);
  const findings: DraftFinding[] = [];

  const first = firstName(person.name);
  const namesPresent = draftWords.some((w) => w.replace(/'s$/, '') === first.toLowerCase());
  if (!namesPresent) {
    const typos = misspellings(draftWords, first);
    findings.push({
      check: 'names',
      severity: 'error',
      message: typos.length
        ? `The debrief spells the name "${first}", the draft "${typos.join('", "')}": check the spelling.`
        : `Address ${first} by name: a note that could go to anyone reads as a template.`,
    });
  }
  const companyPresent = lower.includes(debrief.company.toLowerCase());
  if (!companyPresent) {
    const typos = debrief.company.split(/\s+/).flatMap((part) => misspellings(draftWords, part));
    findings.push({
      check: 'company',
      severity: 'error',
      message: typos.length
        ? `The debrief spells the company "${debrief.company}", the draft "${typos.join('", "')}": check the spelling.`
        : `Name the company, ${debrief.company}, so the note is clearly about this interview.`,
    });
  }

  const details = [
    ...person.topics,
    ...debrief.topics,
    ...(debrief.connection ? [debrief.connection] : []),
  ];
  const specificDetail = details.some((d) => {
    const keys = parse(d)
      .words.map((w) => w.norm)
      .filter((w) => w.length > 3 && !STOP.has(w));
    return (
      keys.length > 0 &&
      keys.filter((k) => draftWords.includes(k)).length >= Math.min(2, keys.length)
    );
  });
  if (!specificDetail) {
    findings.push({
      check: 'detail',
      severity: 'warning',
      message: details.length
        ? `Mention something ${first} discussed, for example "${details[0]}": a specific detail shows you listened.`
        : `Mention one specific thing from the conversation: a specific detail shows you listened.`,
    });
  }

  const words = bodyWords.length;
  const lengthOk = words > 0 && words <= MAX_BODY_WORDS;
  if (!lengthOk) {
    findings.push({
      check: 'length',
      severity: 'warning',
      message:
        words === 0
          ? 'The body is empty.'
          : `${words} words: the best thank-you notes are short. Keep it under ${MAX_BODY_WORDS} words.`,
    });
  }

  const stockFound = parse(text).sentences.flatMap((s) =>
    stock.find(s.words).map((m) => text.slice(s.words[m.from]!.start, s.words[m.to - 1]!.end)),
  );
  for (const phrase of stockFound) {
    findings.push({
      check: 'stock-phrase',
      severity: 'warning',
      message: `"${phrase}" is a template phrase; say it in your own words, about this conversation.`,
    });
  }

  const due = new Date(new Date(debrief.interviewDate).getTime() + WINDOW_HOURS * 3600 * 1000);
  const hoursLeft = Math.round(((due.getTime() - now.getTime()) / 3600000) * 10) / 10;
  const overdue = hoursLeft < 0;
  findings.push({
    check: 'window',
    severity: overdue ? 'warning' : 'info',
    message: overdue
      ? `The 24-hour window closed ${formatHours(-hoursLeft)} ago: send it now anyway, it still counts.`
      : `Send it within 24 hours of the interview: ${formatHours(hoursLeft)} left.`,
  });

  return {
    checks: {
      namesPresent,
      companyPresent,
      specificDetail,
      lengthOk,
      noStockPhrases: stockFound.length === 0,
    },
    words,
    window: { dueAt: due.toISOString(), hoursLeft, overdue },
    findings,
  };
}

function formatHours(hours: number): string {
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} minutes`;
  const h = Math.floor(hours);
  const m = Math.round((hours - h) * 60);
  return m ? `${h} h ${m} min` : `${h} h`;
}

/** The email as an .eml file (RFC 5322), ready to open in a mail program. */
export function toEml(email: ThankYouEmail, options: { from?: string; date: Date }): string {
  const to = email.to.email
    ? `${encodeName(email.to.name)} <${email.to.email}>`
    : encodeName(email.to.name);
  const headers = [
    ...(options.from ? [`From: ${options.from}`] : []),
    `To: ${to}`,
    `Subject: ${encodeHeader(email.subject)}`,
    `Date: ${options.date.toUTCString().replace('GMT', '+0000')}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    'X-Unsent: 1',
  ];
  return `${headers.join('\r\n')}\r\n\r\n${email.body.replace(/\r?\n/g, '\r\n')}\r\n`;
}

/** A mailto: link that opens the email in the default mail program. */
export function toMailto(email: ThankYouEmail): string {
  const params = `subject=${encodeURIComponent(email.subject)}&body=${encodeURIComponent(email.body)}`;
  return `mailto:${email.to.email ? encodeURIComponent(email.to.email).replace('%40', '@') : ''}?${params}`;
}

/** RFC 2047 encoding for a header with non-ASCII characters; header line breaks are removed. */
function encodeHeader(value: string): string {
  const flat = value.replace(/[\r\n]+/g, ' ');
  return /^[\x20-\x7e]*$/.test(flat) ? flat : `=?UTF-8?B?${base64(flat)}?=`;
}

function encodeName(name: string): string {
  const flat = name.replace(/[\r\n"<>]+/g, ' ');
  return /^[\x20-\x7e]*$/.test(flat) ? `"${flat}"` : `=?UTF-8?B?${base64(flat)}?=`;
}

function base64(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}
