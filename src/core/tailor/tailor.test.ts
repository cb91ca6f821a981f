import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.ts';
import { vocabularyMatcher } from './skills.ts';
import {
  MAX_INTERVIEWERS,
  MAX_POSTING_CHARS,
  tailor,
  TailorInputError,
  type TailorInput,
  type Tailoring,
} from './tailor.ts';

// Short postings written for these tests, one per field.

const NURSE = `Registered Nurse - Medical/Surgical Unit

Riverbend Health is a 300-bed community hospital in Ohio.

### What you'll do
- Provide direct patient care for up to five patients per shift
- Administer medications and monitor vital signs
- Educate patients and families on discharge plans
- Help us reduce patient wait times in the admissions unit

### Requirements
- Active RN license in Ohio
- BLS and ACLS certification
- 2+ years of acute care nursing experience
- Experience with Epic electronic health records

**Benefits**
- Medical, dental insurance and vision coverage
- 401(k) with employer match
- Tuition reimbursement

Riverbend Health is an equal opportunity employer. All qualified applicants will receive consideration without regard to race, sexual orientation, gender identity, or protected veteran status.`;

const NURSE_COMPANY = `Riverbend Health has served the Ohio valley since 1952. Our mission is to bring expert, compassionate care close to home. We value compassion, integrity and teamwork in everything we do.`;

const ACCOUNT_MANAGER = `Account Manager, Mid-Market

About us
Brightlane is a payroll software company serving 4,000 small businesses. Our mission is to make payroll painless for every employer.

What you'll do:
1. Manage a portfolio of 60 mid-market accounts and grow revenue through upsells
2. Run quarterly business reviews with client stakeholders
3. Reduce churn by spotting at-risk accounts early
4. Negotiate contract renewals with procurement teams

What you bring:
* 3+ years of account management experience
* Experience with Salesforce and HubSpot
* Strong negotiation and relationship building skills
* Excellent written and verbal communication

Perks
* Dental insurance, 401(k) match and paid time off
* Stock options

We are an equal opportunity employer and do not discriminate on the basis of veteran status.`;

const SOFTWARE_ENGINEER = `# Senior Software Engineer, Payments Platform

Ledgerly builds payment infrastructure for online marketplaces.

## The role
Our backlog has grown faster than the team, and our legacy billing service is a bottleneck.
- Design APIs in TypeScript and Node.js
- Migrate the legacy billing service to PostgreSQL
- Mentor two junior engineers through code review
- Improve observability and on-call health

## Requirements
+ 5+ years of backend development experience
+ Strong knowledge of SQL and distributed systems
+ Experience with AWS and Docker

## Nice to have
+ Kubernetes
+ Experience with Kafka

## Benefits
+ Health insurance and a 401(k) plan
+ Learning budget for Rust courses

We are an equal opportunity employer. We consider all applicants without regard to veteran status.`;

const LINE_COOK = `Line Cook

Harbor Street Kitchen is a busy 120-seat seafood restaurant.

Responsibilities
• Cook menu items on the grill and sauté stations
• Follow recipes and plating standards during dinner service
• Keep the station clean and follow food safety rules
• Help us reduce food waste through careful prep and inventory rotation

Qualifications
• 1+ year of line cook experience
• Knife skills and food safety certification (ServSafe)
• Able to stand for long shifts and lift 50 pounds

Benefits
• Paid time off and a free shift meal
• Dental insurance after 90 days

Harbor Street Kitchen is an equal opportunity employer.`;

const COOK_COMPANY = `Harbor Street Kitchen started in 1998 as a fish shack on the pier. We believe good food should be simple and honest. Our values are respect, teamwork and craftsmanship.`;

const POSTINGS = {
  nurse: NURSE,
  'account manager': ACCOUNT_MANAGER,
  'software engineer': SOFTWARE_ENGINEER,
  'line cook': LINE_COOK,
};

/** The skills a reader would name for each posting. */
const KEY_SKILLS: Record<keyof typeof POSTINGS, string[]> = {
  nurse: ['RN license', 'BLS', 'ACLS', 'Epic', 'Patient care', 'Medication administration'],
  'account manager': ['Account management', 'Salesforce', 'HubSpot', 'Negotiation'],
  'software engineer': ['TypeScript', 'SQL', 'Distributed systems', 'AWS', 'PostgreSQL'],
  'line cook': ['Food safety', 'Knife skills', 'ServSafe'],
};

const top = (t: Tailoring, n = 10): string[] => t.skills.slice(0, n).map((s) => s.name);

/** Each mention's text is the skill: a vocabulary form of it, or the term itself. */
function expectMentionsPointAtSkills(posting: string, t: Tailoring): void {
  for (const skill of t.skills) {
    for (const m of skill.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(posting.length);
      const said = posting.slice(m.start, m.end);
      if (skill.kind === 'term') {
        expect(said.replace(/\s+/g, ' ').toLowerCase()).toBe(skill.name.toLowerCase());
      } else {
        const hits = vocabularyMatcher().find(tokenize(said).filter((x) => x.kind !== 'newline'));
        expect(
          hits.map((h) => h.skill.name),
          said,
        ).toEqual([skill.name]);
        expect(hits[0]!.start).toBe(0);
        expect(hits[0]!.end).toBe(said.length);
      }
    }
  }
}

describe('tailor: skills', () => {
  it.each(Object.entries(POSTINGS) as [keyof typeof POSTINGS, string][])(
    'puts the skills a reader would name for the %s in the top 10',
    (job, posting) => {
      const t = tailor({ posting });
      for (const name of KEY_SKILLS[job]) expect(top(t), name).toContain(name);
      expectMentionsPointAtSkills(posting, t);
    },
  );

  it('ranks skills by score, each with a mention or a place in the title', () => {
    for (const posting of Object.values(POSTINGS)) {
      const t = tailor({ posting });
      expect(t.skills.length).toBeGreaterThan(0);
      for (let i = 1; i < t.skills.length; i++)
        expect(t.skills[i - 1]!.score).toBeGreaterThanOrEqual(t.skills[i]!.score);
      for (const s of t.skills) expect(s.mentions.length > 0 || s.inTitle, s.name).toBe(true);
      expect(new Set(t.skills.map((s) => s.name.toLowerCase())).size).toBe(t.skills.length);
    }
  });

  it('marks a skill the title names and ranks it first', () => {
    const t = tailor({ posting: NURSE });
    expect(t.skills[0]).toMatchObject({ name: 'RN license', inTitle: true });
  });

  it('ranks a requirement above a skill named only in the company blurb', () => {
    const t = tailor({ posting: ACCOUNT_MANAGER });
    const names = t.skills.map((s) => s.name);
    expect(names).toContain('Payroll');
    expect(names.indexOf('Salesforce')).toBeLessThan(names.indexOf('Payroll'));
  });

  it('reads "Kafka" as Apache Kafka and "Node.js" whole', () => {
    const names = tailor({ posting: SOFTWARE_ENGINEER }).skills.map((s) => s.name);
    expect(names).toContain('Apache Kafka');
    expect(names).toContain('Node.js');
  });
});

describe('tailor: benefits and EEO text', () => {
  const BOILERPLATE_WORDS = /dental|insurance|401|veteran|tuition|stock|paid time|equal|vision/i;

  it.each(Object.entries(POSTINGS))(
    'takes no skill from the %s posting’s benefits or EEO text',
    (_job, posting) => {
      const t = tailor({ posting });
      for (const s of t.skills) {
        expect(s.name).not.toMatch(BOILERPLATE_WORDS);
        for (const m of s.mentions) expect(['benefits', 'legal', 'apply']).not.toContain(m.section);
      }
    },
  );

  it('leaves out a skill named only in the benefits section', () => {
    const names = tailor({ posting: SOFTWARE_ENGINEER }).skills.map((s) => s.name);
    expect(names).not.toContain('Rust');
    const t = tailor({
      posting:
        'Data Analyst\n\nRequirements\n- Experience with Python\n\nBenefits\n- Free Tableau and Kubernetes training\n- Dental insurance',
    });
    expect(t.skills.map((s) => s.name)).toContain('Python');
    expect(t.skills.map((s) => s.name)).not.toContain('Tableau');
    expect(t.skills.map((s) => s.name)).not.toContain('Kubernetes');
  });

  it('takes no skill from benefits and EEO sentences outside a benefits section', () => {
    const posting =
      'You will build reports in Excel. We offer dental insurance and a 401(k) with a match. ' +
      'Acme is an equal opportunity employer and hires without regard to protected veteran status.';
    const t = tailor({ posting });
    expect(t.skills.map((s) => s.name)).toEqual(['Excel']);
    const eeoStart = posting.indexOf('We offer');
    for (const s of t.skills)
      for (const m of s.mentions) expect(m.end).toBeLessThanOrEqual(eeoStart);
  });

  it('finds no pain point, mission or value in benefits and EEO text', () => {
    const t = tailor({
      posting:
        'Barista\n\nPull espresso shots for our regulars.\n\nBenefits\n- We reduce your commute with a transit pass\n- Our mission is your wellbeing: free counselling\n- We value integrity and respect',
    });
    expect(t.painPoints).toEqual([]);
    expect(t.mission?.text ?? '').not.toMatch(/wellbeing/);
    expect(t.values).toEqual([]);
  });

  it('keeps benefits and EEO text out of responsibilities and requirements', () => {
    const t = tailor({ posting: NURSE });
    for (const p of [...t.responsibilities, ...t.requirements])
      expect(p.text).not.toMatch(BOILERPLATE_WORDS);
    expect(t.responsibilities).toHaveLength(4);
    expect(t.requirements).toHaveLength(4);
  });
});

describe('tailor: duties and requirements', () => {
  it('lists duties and requirements with offsets, required or preferred', () => {
    const t = tailor({ posting: SOFTWARE_ENGINEER });
    expect(t.responsibilities.map((r) => r.text)).toContain(
      'Migrate the legacy billing service to PostgreSQL',
    );
    for (const p of [...t.responsibilities, ...t.requirements])
      expect(SOFTWARE_ENGINEER.slice(p.start, p.end).startsWith(p.text)).toBe(true);
    expect(t.requirements.map((r) => [r.text, r.required])).toEqual([
      ['5+ years of backend development experience', true],
      ['Strong knowledge of SQL and distributed systems', true],
      ['Experience with AWS and Docker', true],
      ['Kubernetes', false],
      ['Experience with Kafka', false],
    ]);
  });
});

describe('tailor: pain points', () => {
  it.each([
    [NURSE, 'Help us reduce patient wait times in the admissions unit', ['reduce', 'wait times']],
    [
      SOFTWARE_ENGINEER,
      'Our backlog has grown faster than the team, and our legacy billing service is a bottleneck.',
      ['backlog', 'bottleneck'],
    ],
    [ACCOUNT_MANAGER, 'Reduce churn by spotting at-risk accounts early', ['reduce']],
  ])('finds the problem in %#, with its sentence and cues', (posting, sentence, cues) => {
    const t = tailor({ posting });
    const pain = t.painPoints.find((p) => p.text === sentence);
    expect(pain, JSON.stringify(t.painPoints)).toBeDefined();
    expect(pain!.source).toBe('posting');
    expect(posting.slice(pain!.start, pain!.end)).toBe(sentence);
    for (const cue of cues) expect(pain!.cues).toContain(cue);
    expect(pain!.summary.length).toBeGreaterThan(0);
    expect(sentence.startsWith(pain!.summary.replace(/…$/, ''))).toBe(true);
  });

  it('finds none in a posting without problem words', () => {
    const t = tailor({
      posting:
        'Barista\n\nPull espresso shots and steam milk for our regulars.\n\nRequirements\n- Latte art',
    });
    expect(t.painPoints).toEqual([]);
  });

  it('keeps at most five, in the order of the posting', () => {
    const duties = [
      'Reduce wait times at the front desk',
      'Streamline the legacy intake process',
      'Migrate legacy records to the new system',
      'Reduce the backlog of insurance claims',
      'Improve scheduling to reduce overtime',
      'Modernize the legacy phone tree',
      'Overhaul the legacy filing process',
    ];
    const t = tailor({ posting: `Responsibilities\n${duties.map((d) => `- ${d}`).join('\n')}` });
    expect(t.painPoints.length).toBe(5);
    const starts = t.painPoints.map((p) => p.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });
});

describe('tailor: mission and values', () => {
  it('finds the stated mission in the company text, with offsets into it', () => {
    const t = tailor({ posting: NURSE, company: NURSE_COMPANY });
    expect(t.mission).toMatchObject({
      text: 'Our mission is to bring expert, compassionate care close to home.',
      source: 'company',
      stated: true,
    });
    expect(NURSE_COMPANY.slice(t.mission!.start, t.mission!.end)).toBe(t.mission!.text);
  });

  it('finds a mission stated in the posting when there is no company text', () => {
    const t = tailor({ posting: ACCOUNT_MANAGER });
    expect(t.mission).toMatchObject({
      text: 'Our mission is to make payroll painless for every employer.',
      source: 'posting',
      stated: true,
    });
    expect(ACCOUNT_MANAGER.slice(t.mission!.start, t.mission!.end)).toBe(t.mission!.text);
  });

  it('reads "We believe ..." as a mission', () => {
    const t = tailor({ posting: LINE_COOK, company: COOK_COMPANY });
    expect(t.mission).toMatchObject({
      text: 'We believe good food should be simple and honest.',
      source: 'company',
      stated: true,
    });
  });

  it('falls back to the first sentence about the company, not stated', () => {
    const t = tailor({
      posting:
        'Ledgerly builds payment infrastructure for online marketplaces across Europe.\n\nRequirements\n- SQL',
    });
    expect(t.mission).toMatchObject({ source: 'posting', stated: false });
    expect(t.mission!.text).toMatch(/^Ledgerly builds/);
  });

  it('finds the values the company names, in order', () => {
    // The company's own values come first (the posting may add words of its intro after them).
    expect(tailor({ posting: NURSE, company: NURSE_COMPANY }).values.slice(0, 3)).toEqual([
      'compassion',
      'integrity',
      'teamwork',
    ]);
    expect(tailor({ posting: LINE_COOK, company: COOK_COMPANY }).values).toEqual([
      'respect',
      'teamwork',
      'craftsmanship',
    ]);
  });

  it('reads the company name from its text, or takes the one given', () => {
    expect(tailor({ posting: SOFTWARE_ENGINEER }).company).toBe('Ledgerly');
    expect(tailor({ posting: LINE_COOK }).company).toBe('Harbor Street Kitchen');
    expect(tailor({ posting: LINE_COOK, companyName: ' Harbor St. ' }).company).toBe('Harbor St.');
  });

  it('reads the title from the posting, or takes the one given', () => {
    expect(tailor({ posting: SOFTWARE_ENGINEER }).title).toBe(
      'Senior Software Engineer, Payments Platform',
    );
    expect(tailor({ posting: LINE_COOK }).title).toBe('Line Cook');
    expect(tailor({ posting: LINE_COOK, title: 'Sous Chef' }).title).toBe('Sous Chef');
  });
});

describe('tailor: predicted questions', () => {
  it.each(Object.entries(POSTINGS))(
    'predicts the core and competency questions for the %s',
    (_job, posting) => {
      const t = tailor({ posting });
      const ids = t.predictedQuestions.map((q) => q.id);
      expect(ids).toContain('why-this-company');
      expect(ids.filter((id) => id !== null).length).toBe(new Set(ids.filter(Boolean)).size);
      const competency = t.predictedQuestions.filter((q) => q.id === null);
      expect(competency.length).toBeGreaterThanOrEqual(2);
      for (const q of t.predictedQuestions) {
        expect(q.reason.trim().length, q.question).toBeGreaterThan(0);
        expect(q.question.trim().length).toBeGreaterThan(0);
      }
      for (const q of competency) {
        expect(q.question).toMatch(/^Tell me about a time you \S.*\.$/);
        expect(q.category).toBe('experience');
        expect(q.reason).toMatch(/^Built from the duty "/);
      }
    },
  );

  it('builds competency questions from the duties, verb in the past tense', () => {
    const questions = (posting: string) =>
      tailor({ posting }).predictedQuestions.map((q) => q.question);
    expect(questions(SOFTWARE_ENGINEER)).toEqual(
      expect.arrayContaining([
        'Tell me about a time you migrated the legacy billing service.',
        'Tell me about a time you mentored two junior engineers.',
      ]),
    );
    expect(questions(ACCOUNT_MANAGER)).toEqual(
      expect.arrayContaining([
        'Tell me about a time you ran quarterly business reviews.',
        'Tell me about a time you negotiated contract renewals.',
      ]),
    );
    expect(questions(NURSE)).toContain(
      'Tell me about a time you educated patients and families on discharge plans.',
    );
    expect(questions(LINE_COOK)).toContain('Tell me about a time you kept the station clean.');
  });

  it('puts every verb of a duty that opens with several in the past tense', () => {
    const t = tailor({
      posting: [
        'Responsibilities',
        '- Design and build APIs in TypeScript and Node.js',
        '- Prepare and cook menu items on the grill',
        '- Assess, triage or escalate patient calls from the front desk',
      ].join('\n'),
    });
    expect(t.predictedQuestions.filter((q) => q.id === null).map((q) => q.question)).toEqual([
      'Tell me about a time you designed and built APIs in TypeScript.',
      'Tell me about a time you prepared and cooked menu items on the grill.',
      'Tell me about a time you assessed, triaged or escalated patient calls from the front desk.',
    ]);
  });

  it('cites the duty each competency question came from', () => {
    const t = tailor({ posting: SOFTWARE_ENGINEER });
    const q = t.predictedQuestions.find((x) => x.question.includes('migrated'))!;
    expect(q.reason).toContain('Migrate the legacy billing service to PostgreSQL');
  });

  it('ties "why this company" to the mission when it is stated', () => {
    const why = (input: TailorInput) =>
      tailor(input).predictedQuestions.find((q) => q.id === 'why-this-company')!.reason;
    expect(why({ posting: NURSE, company: NURSE_COMPANY })).toMatch(/mission/);
    expect(why({ posting: NURSE, company: NURSE_COMPANY })).toMatch(/Riverbend Health/);
    expect(why({ posting: 'Barista\n\nPull espresso shots.' })).not.toMatch(/states its mission/);
  });

  it('asks about leadership when the posting asks for mentoring, with the words it used', () => {
    const t = tailor({ posting: SOFTWARE_ENGINEER });
    const q = t.predictedQuestions.find((x) => x.id === 'leadership');
    expect(q?.reason).toMatch(/"mentor"/);
  });

  it('asks about a challenge when the posting names a problem', () => {
    const t = tailor({ posting: SOFTWARE_ENGINEER });
    const q = t.predictedQuestions.find((x) => x.id === 'major-challenge');
    expect(q?.reason).toContain(t.painPoints[0]!.summary);
  });

  it('predicts at most 12 questions', () => {
    for (const posting of Object.values(POSTINGS))
      expect(tailor({ posting }).predictedQuestions.length).toBeLessThanOrEqual(12);
  });
});

describe('tailor: questions to ask', () => {
  const CLOSING = /anything I didn't cover/;

  it.each(Object.entries(POSTINGS))('proposes five for the %s, closing last', (_job, posting) => {
    const t = tailor({ posting });
    expect(t.questionsToAsk).toHaveLength(5);
    expect(t.questionsToAsk[4]!.purpose).toBe('closing');
    expect(t.questionsToAsk[4]!.question).toMatch(CLOSING);
    expect(t.questionsToAsk.slice(0, 4).every((q) => !CLOSING.test(q.question))).toBe(true);
    expect(new Set(t.questionsToAsk.map((q) => q.question)).size).toBe(5);
    for (const q of t.questionsToAsk) expect(q.reason.length).toBeGreaterThan(0);
  });

  it('leads with the pain point when there is one', () => {
    const t = tailor({ posting: NURSE });
    expect(t.questionsToAsk[0]!.purpose).toBe('problem');
    expect(t.questionsToAsk[0]!.question).toContain(t.painPoints[0]!.summary);
  });

  it('still proposes five, closing last, without a pain point', () => {
    const t = tailor({
      posting: 'Barista\n\nPull espresso shots and steam milk for our regulars.',
    });
    expect(t.painPoints).toEqual([]);
    expect(t.questionsToAsk).toHaveLength(5);
    expect(t.questionsToAsk[4]!.question).toMatch(CLOSING);
  });

  it.each(['recruiter-screen', 'hiring-manager', 'panel', 'final'] as const)(
    'proposes five, closing last, at the %s stage',
    (stage) => {
      for (const posting of [NURSE, 'Barista\n\nPull espresso shots.']) {
        const t = tailor({
          posting,
          stage,
          interviewers: [{ name: 'Ana', notes: 'Recently launched a loyalty app.' }],
        });
        expect(t.stage).toBe(stage);
        expect(t.questionsToAsk).toHaveLength(5);
        expect(t.questionsToAsk[4]!.question).toMatch(CLOSING);
        expect(new Set(t.questionsToAsk.map((q) => q.purpose)).size).toBe(5);
      }
    },
  );
});

describe('tailor: openers', () => {
  const NOTES =
    'Studied at the University of Michigan. Previously at Stripe for five years. We both know Dana Lee. Recently spoke at DataConf about feature stores.';
  const posting = 'Data Scientist\n\nBuild forecasting models in Python.';

  it('finds school, employer, connection and recent-work openers with their details', () => {
    const t = tailor({
      posting,
      companyName: 'Acme',
      resume: 'B.S. in Statistics, University of Michigan, 2018. Analyst at Target.',
      interviewers: [{ name: 'Priya Shah', role: 'Head of Data', notes: NOTES }],
    });
    const by = (kind: string) => t.openers.find((o) => o.kind === kind);
    expect(t.openers.map((o) => o.kind)).toEqual([
      'school',
      'employer',
      'connection',
      'recent-work',
    ]);
    expect(by('school')).toMatchObject({
      interviewer: 'Priya Shah',
      detail: 'University of Michigan',
      shared: true,
    });
    expect(by('school')!.say).toContain('University of Michigan');
    // The name only: not "Stripe for five years".
    expect(by('employer')!.detail).toBe('Stripe');
    expect(by('employer')!.shared).toBe(false);
    expect(by('connection')).toMatchObject({ detail: 'Dana Lee', shared: true });
    expect(by('connection')!.say).toContain('Dana Lee');
    expect(by('recent-work')!.detail).toBe('Priya recently spoke at DataConf about feature stores');
    expect(by('recent-work')!.say).toContain('Priya');
    for (const o of t.openers) expect(o.say.length).toBeGreaterThan(0);
  });

  it('marks the school as not shared when the resume does not name it, or there is none', () => {
    for (const resume of [undefined, 'B.A., Ohio State University.']) {
      const t = tailor({ posting, resume, interviewers: [{ name: 'Priya', notes: NOTES }] });
      expect(t.openers.find((o) => o.kind === 'school')).toMatchObject({
        detail: 'University of Michigan',
        shared: false,
      });
    }
  });

  it('marks an employer as shared when the resume names it', () => {
    const t = tailor({
      posting,
      resume: 'Software engineer at Google, 2019-2023.',
      interviewers: [{ name: 'Sam', notes: 'Worked at Google.' }],
    });
    expect(t.openers).toEqual([
      expect.objectContaining({ kind: 'employer', detail: 'Google', shared: true }),
    ]);
  });

  it('keeps each opener with its interviewer', () => {
    const t = tailor({
      posting,
      interviewers: [
        { name: 'Ana', notes: 'Graduated from Smith College.' },
        { name: 'Ben' },
        { name: 'Cy', notes: 'We both know Dana Lee.' },
      ],
    });
    expect(t.openers.map((o) => [o.interviewer, o.kind])).toEqual([
      ['Ana', 'school'],
      ['Cy', 'connection'],
    ]);
  });

  it('asks about the interviewer’s recent work among the questions to ask', () => {
    const t = tailor({ posting, interviewers: [{ name: 'Priya', notes: NOTES }] });
    const q = t.questionsToAsk.find((x) => x.question.includes('DataConf'));
    expect(q?.question).toMatch(
      /^I read that Priya recently spoke at DataConf about feature stores\. /,
    );
    expect(q!.reason).toContain('Priya');
  });

  it('has no openers without interviewers', () => {
    expect(tailor({ posting }).openers).toEqual([]);
  });
});

describe('tailor: resume match', () => {
  it('lists the top skills the resume shows and misses, with a consistent percent', () => {
    const t = tailor({
      posting: ACCOUNT_MANAGER,
      resume:
        'Account executive at Paywise. Managed 50 accounts in Salesforce. Led quarterly business reviews and contract renewals; cut churn 12%.',
    });
    const m = t.resumeMatch!;
    expect(m.shown).toContain('Salesforce');
    expect(m.shown).toContain('quarterly business reviews');
    expect(m.missing).toContain('HubSpot');
    expect(m.missing).toContain('Negotiation');
    expect(m.shown.filter((s) => m.missing.includes(s))).toEqual([]);
    const total = m.shown.length + m.missing.length;
    expect(total).toBe(Math.min(25, t.skills.length));
    expect(new Set([...m.shown, ...m.missing])).toEqual(
      new Set(t.skills.slice(0, 25).map((s) => s.name)),
    );
    expect(m.percent).toBe(Math.round((100 * m.shown.length) / total));
  });

  it('gives 100 when the resume shows every skill and 0 when it shows none', () => {
    const posting = 'Requirements\n- Experience with Python and SQL';
    expect(tailor({ posting, resume: 'I write Python and SQL daily.' }).resumeMatch).toEqual({
      percent: 100,
      shown: ['Python', 'SQL'],
      missing: [],
    });
    expect(tailor({ posting, resume: 'I bake bread.' }).resumeMatch).toMatchObject({
      percent: 0,
      shown: [],
    });
  });

  it('is null without a resume, or with a blank one', () => {
    expect(tailor({ posting: NURSE }).resumeMatch).toBeNull();
    expect(tailor({ posting: NURSE, resume: ' \n ' }).resumeMatch).toBeNull();
  });
});

describe('tailor: input errors', () => {
  const fails = (input: unknown, message: RegExp): void => {
    let error: unknown;
    try {
      tailor(input as TailorInput);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TailorInputError);
    expect((error as Error).message).toMatch(message);
    expect((error as TailorInputError).problems.length).toBeGreaterThan(0);
  };

  it('refuses an empty or blank posting', () => {
    fails({ posting: '' }, /^posting: .*must not be empty/);
    fails({ posting: ' \n\t ' }, /^posting: .*must not be empty/);
  });

  it('refuses a posting over the limit, naming the limit', () => {
    fails({ posting: 'a'.repeat(MAX_POSTING_CHARS + 1) }, /^posting: .*at most 100,000 characters/);
    expect(() => tailor({ posting: `x ${'a'.repeat(MAX_POSTING_CHARS - 2)}` })).not.toThrow();
  });

  it('refuses a posting that is not text, or missing', () => {
    fails({ posting: 42 }, /^posting: must be text/);
    fails({ posting: ['a'] }, /^posting: must be text/);
    fails({}, /^posting: is required/);
    fails(null, /object/);
    fails('a posting', /object/);
  });

  it('refuses NUL bytes, naming the field', () => {
    fails({ posting: 'Nurse\u0000' }, /^posting: .*not binary data/);
    fails({ posting: 'Nurse', company: 'Acme\u0000' }, /^company: .*not binary data/);
    fails({ posting: 'Nurse', resume: '\u0000' }, /^resume: .*not binary data/);
    fails(
      { posting: 'Nurse', interviewers: [{ name: 'Ana', notes: 'a\u0000' }] },
      /^interviewers\.0\.notes: .*not binary data/,
    );
  });

  it('refuses too many interviewers, naming the field', () => {
    const interviewers = Array.from({ length: MAX_INTERVIEWERS + 1 }, (_, i) => ({
      name: `Person ${i}`,
    }));
    fails({ posting: 'Nurse', interviewers }, /^interviewers: /);
    expect(() =>
      tailor({ posting: 'Nurse', interviewers: interviewers.slice(0, MAX_INTERVIEWERS) }),
    ).not.toThrow();
  });

  it('refuses an interviewer without a name, and an unknown stage', () => {
    fails({ posting: 'Nurse', interviewers: [{ name: ' ' }] }, /^interviewers\.0\.name: /);
    fails({ posting: 'Nurse', interviewers: [{}] }, /^interviewers\.0\.name: is required/);
    fails({ posting: 'Nurse', stage: 'lunch' }, /^stage: /);
  });

  it('refuses over-long company text, resume, notes and title, naming each', () => {
    fails({ posting: 'Nurse', company: 'a'.repeat(50_001) }, /^company: .*50,000/);
    fails({ posting: 'Nurse', resume: 'a'.repeat(50_001) }, /^resume: .*50,000/);
    fails(
      { posting: 'Nurse', interviewers: [{ name: 'A', notes: 'a'.repeat(5_001) }] },
      /^interviewers\.0\.notes: .*5,000/,
    );
    fails({ posting: 'Nurse', title: 'a'.repeat(201) }, /^title: .*200/);
  });

  it('lists every problem at once', () => {
    let error: TailorInputError | undefined;
    try {
      tailor({ posting: '', stage: 'lunch' } as unknown as TailorInput);
    } catch (e) {
      error = e as TailorInputError;
    }
    expect(error?.problems).toHaveLength(2);
  });
});

describe('tailor: fixes from review', () => {
  it('treats "Why you\'ll love working here" as benefits, not duties', () => {
    const t = tailor({
      posting:
        "Staff Accountant\n\nYou will own month-end close in NetSuite.\n\nWhy you'll love working here\n- Flexible scheduling\n- Tuition assistance toward your CPA",
    });
    const names = t.skills.map((s) => s.name);
    expect(names).toContain('NetSuite');
    expect(names).not.toContain('Scheduling');
  });

  it('never takes equal-opportunity or pay text for the mission or a value', () => {
    const t = tailor({
      posting:
        'Payroll Specialist\n\nYou will process biweekly payroll in ADP.\nWe celebrate diversity and are committed to creating an inclusive environment for all employees.\nAcme is an equal-opportunity employer.\nPay range: $60,000 - $70,000 per year, plus bonus eligibility.',
    });
    expect(t.mission?.text ?? '').not.toMatch(/diversity|\$60,000|equal/);
    expect(t.values).not.toContain('diversity');
  });

  it('takes values from what the company says of itself, not from the job title', () => {
    const t = tailor({ posting: 'Quality Assurance Engineer\n\nYou will test our mobile apps.' });
    expect(t.values).toEqual([]);
  });

  it('asks first about the strongest pain point', () => {
    const t = tailor({
      posting:
        'Line Cook\n\nResponsibilities\n- Follow plating standards during high-volume dinner service\n- Help us reduce food waste through careful prep',
    });
    expect(t.questionsToAsk[0]!.question).toContain('reduce food waste');
    expect(t.predictedQuestions.map((q) => q.question)).toContain(
      'Tell me about a time you helped reduce food waste.',
    );
  });

  it('gives duty and requirement phrases offsets that match their text', () => {
    const posting = 'Responsibilities\n- Build things.\nRequirements\n- Know SQL;';
    const t = tailor({ posting });
    for (const p of [...t.responsibilities, ...t.requirements])
      expect(posting.slice(p.start, p.end)).toBe(p.text);
  });

  it('keeps people and pronouns out of the skills', () => {
    const t = tailor({
      posting:
        'Responsibilities\n- Help us reduce patient wait times\n- Mentor two junior engineers\n- Keep menu items on hand',
    });
    const names = t.skills.map((s) => s.name.toLowerCase());
    expect(
      names.some((n) => n.startsWith('us ') || n.includes('engineers') || n.endsWith(' on')),
    ).toBe(false);
  });
});
