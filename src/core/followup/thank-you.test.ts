import { describe, expect, it } from 'vitest';
import { DebriefError, parseDebrief } from './debrief.ts';
import { composeThankYou, MAX_BODY_WORDS, reviewThankYou, toEml, toMailto } from './thank-you.ts';

const debrief = parseDebrief({
  company: 'Northwind Health',
  role: 'Data Analyst',
  interviewDate: '2026-11-25T10:00:00Z',
  candidateName: 'Priya Shah',
  interviewers: [
    { name: 'Dana Lee', email: 'dana@northwind.example', topics: ['the readmissions dashboard'] },
    { name: 'Marcus Ortiz', topics: ['the dbt migration', 'on-call rotas'] },
  ],
  connection: 'we both studied at Leeds',
  addOrCorrect: 'the 15% figure was for one ward',
});
const afterwards = new Date('2026-11-25T16:00:00Z');

describe('thank-you emails', () => {
  const emails = composeThankYou(debrief, afterwards);

  it('writes one short note per interviewer, each about what that person discussed', () => {
    expect(emails.map((e) => e.to.name)).toEqual(['Dana Lee', 'Marcus Ortiz']);
    expect(emails[0]!.body).toMatch(/^Dear Dana,/);
    expect(emails[0]!.body).toContain('readmissions dashboard');
    expect(emails[0]!.body).toContain('studied at Leeds');
    expect(emails[0]!.body).toContain('one ward');
    expect(emails[1]!.body).toContain('dbt migration');
    expect(emails[1]!.body).not.toContain('readmissions');
    expect(emails[1]!.body).not.toContain('Leeds');
    expect(emails[0]!.body.split('\n')[2]).not.toBe(emails[1]!.body.split('\n')[2]);
    for (const e of emails) {
      expect(e.body).toContain('Northwind Health');
      expect(e.body).toMatch(/Priya Shah$/);
      expect(e.subject).toContain('Data Analyst');
    }
  });

  it('shares the moment of connection with the interviewer it names, and keeps names capitalised', () => {
    const named = parseDebrief({
      company: 'Northwind Health',
      role: 'Data Analyst',
      interviewDate: '2026-11-25T10:00Z',
      interviewers: [
        { name: 'Dana Lee', topics: ['Python tooling'] },
        { name: 'Marcus Ortiz', topics: ['the dbt migration'] },
      ],
      connection: 'Marcus and I both studied at Leeds',
    });
    const [dana, marcus] = composeThankYou(named, afterwards);
    expect(dana!.body).not.toContain('Leeds');
    expect(marcus!.body).toContain('Marcus and I both studied at Leeds');
    expect(dana!.body).toContain('Python tooling');
  });

  it('writes notes that pass their own review', () => {
    for (const e of emails) {
      const person = debrief.interviewers.find((i) => i.name === e.to.name)!;
      const review = reviewThankYou(e, debrief, person, afterwards);
      expect(review.checks).toEqual({
        namesPresent: true,
        companyPresent: true,
        specificDetail: true,
        lengthOk: true,
        noStockPhrases: true,
      });
      expect(review.words).toBeLessThanOrEqual(MAX_BODY_WORDS);
      expect(review.window).toEqual({
        dueAt: '2026-11-26T10:00:00.000Z',
        hoursLeft: 18,
        overdue: false,
      });
    }
  });

  it('reviews a template draft: misspelt names, missing company and detail, stock phrases, a closed window', () => {
    const draft = {
      subject: 'Thank you',
      body: 'Dear Dnaa,\n\nI am writing to thank you for your time and consideration at Northwind Helth. I look forward to hearing from you.',
    };
    const review = reviewThankYou(
      draft,
      debrief,
      debrief.interviewers[0]!,
      new Date('2026-11-26T12:30:00Z'),
    );
    expect(review.checks).toEqual({
      namesPresent: false,
      companyPresent: false,
      specificDetail: false,
      lengthOk: true,
      noStockPhrases: false,
    });
    const messages = review.findings.map((f) => f.message).join('\n');
    expect(messages).toContain('spells the name "Dana", the draft "dnaa"');
    expect(messages).toContain('"Northwind Health", the draft "helth"');
    expect(messages).toContain('"I am writing to"');
    expect(messages).toContain('"I look forward to hearing from you"');
    expect(review.window.overdue).toBe(true);
    expect(messages).toMatch(/closed 2 h 30 min ago/);
  });

  it('flags a long draft', () => {
    const body = `Dear Dana, thank you for the talk about the readmissions dashboard at Northwind Health. ${'More words here. '.repeat(70)}`;
    expect(
      reviewThankYou({ body }, debrief, debrief.interviewers[0]!, afterwards).checks.lengthOk,
    ).toBe(false);
  });

  it('exports a well-formed .eml and a mailto: link', () => {
    const eml = toEml(emails[0]!, { date: afterwards, from: 'priya@example.com' });
    expect(eml).toMatch(
      /^From: priya@example.com\r\nTo: "Dana Lee" <dana@northwind.example>\r\nSubject: Thank you: the Data Analyst conversation\r\n/,
    );
    expect(eml).toContain('Content-Type: text/plain; charset=utf-8');
    expect(eml.split('\r\n\r\n')[1]).toContain('Dear Dana,');
    const link = toMailto(emails[0]!);
    expect(link.startsWith('mailto:dana@northwind.example?subject=')).toBe(true);
    expect(decodeURIComponent(link.split('&body=')[1]!)).toBe(emails[0]!.body);
  });

  it('encodes non-ASCII headers and strips header line breaks', () => {
    const eml = toEml(
      { to: { name: 'Zoë\r\nBcc: x@y.z' }, subject: 'Merci\r\nBcc: evil@x.y', body: 'Hi' },
      { date: afterwards },
    );
    expect(eml).not.toMatch(/\r\nBcc:/);
    expect(eml).toMatch(/To: =\?UTF-8\?B\?/);
  });
});

describe('debrief', () => {
  it('names each invalid field', () => {
    try {
      parseDebrief({
        company: '',
        role: 'Analyst',
        interviewDate: 'tomorrow',
        interviewers: [{ name: 'Dana', email: 'no' }],
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DebriefError);
      const problems = (e as DebriefError).problems.join('\n');
      expect(problems).toContain('company: must not be empty');
      expect(problems).toContain('interviewDate:');
      expect(problems).toContain('interviewers.0.email: must be an email address');
    }
    expect(() =>
      parseDebrief({
        company: 'A',
        role: 'B',
        interviewDate: '2026-01-01T09:00',
        interviewers: [],
      }),
    ).toThrow(/at least one interviewer/);
    expect(() => parseDebrief('just text')).toThrow(DebriefError);
    expect(() =>
      parseDebrief({ role: 'B', interviewDate: '2026-01-01T09:00', interviewers: [{ name: 'A' }] }),
    ).toThrow(/company: is required/);
    for (const when of ['2026-11-25T10:00Z', '2026-11-25T10:00+01:00', '2026-11-25T10:00:30.5Z']) {
      expect(
        parseDebrief({
          company: 'A',
          role: 'B',
          interviewDate: when,
          interviewers: [{ name: 'C' }],
        }).interviewDate,
      ).toBe(when);
    }
  });
});
