import { describe, expect, it } from 'vitest';
import { readPostingStructure, type PostingStructure, type SectionKind } from './posting.ts';

/** The sentence whose text contains `needle`; fails the test when there is none. */
function sentence(p: PostingStructure, needle: string) {
  const s = p.sentences.find((x) => x.text.includes(needle));
  if (!s) throw new Error(`no sentence contains "${needle}": ${JSON.stringify(p.sentences)}`);
  return s;
}

function expectOffsets(p: PostingStructure): void {
  let previousEnd = 0;
  for (const s of p.sentences) {
    expect(p.text.slice(s.start, s.end)).toBe(s.text);
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(s.end).toBeGreaterThan(s.start);
    for (const t of s.tokens) expect(p.text.slice(t.start, t.end)).toBe(t.text);
    for (const w of s.words) expect(s.tokens).toContain(w);
    previousEnd = s.end;
  }
}

const POSTING = [
  'Warehouse Supervisor',
  '',
  'Northwind Freight moves groceries for 40 stores across the Midwest.',
  '',
  "### What you'll do",
  '- Supervise a night shift of 12 associates.',
  '+ Schedule pickers and loaders for each wave',
  '* Run cycle counts in Manhattan WMS',
  '• Coach new hires on safe forklift operation',
  '1. Report shrink to the site manager every week',
  '',
  'Requirements:',
  '- 2+ years leading a warehouse team',
  '- Forklift certification',
  '',
  'Nice to have',
  '- Experience with lean methods',
  '',
  '**Benefits**',
  '- Dental insurance and a 401(k) match',
  '- Paid time off from day one',
  '',
  'Northwind Freight is an equal opportunity employer. We consider all applicants without regard to race, religion or veteran status.',
].join('\n');

describe('readPostingStructure: sections', () => {
  const p = readPostingStructure(POSTING);

  it.each<[string, SectionKind]>([
    ['Northwind Freight moves groceries', 'intro'],
    ['Supervise a night shift', 'responsibilities'],
    ['Report shrink to the site manager', 'responsibilities'],
    ['2+ years leading a warehouse team', 'requirements'],
    ['Forklift certification', 'requirements'],
    ['Experience with lean methods', 'preferred'],
    ['Dental insurance and a 401(k) match', 'benefits'],
    ['equal opportunity employer', 'benefits'],
  ])('puts "%s" in the %s section', (needle, kind) => {
    expect(sentence(p, needle).section).toBe(kind);
  });

  it('reads a markdown heading, a "Requirements:" line, a plain short heading and a bold heading', () => {
    const cases: [string, SectionKind][] = [
      ["### What you'll do\n- Build dashboards", 'responsibilities'],
      ['## Responsibilities\n- Build dashboards', 'responsibilities'],
      ['# About us\nWe make maps for hikers.', 'about'],
      ['Requirements:\n- Build dashboards', 'requirements'],
      ['Qualifications:\nFive years of Tableau.', 'requirements'],
      ['Responsibilities\n- Build dashboards', 'responsibilities'],
      ['Preferred qualifications\n- Build dashboards', 'preferred'],
      ['**Benefits**\n- Build dashboards', 'benefits'],
      ['**Requirements:**\n- Build dashboards', 'requirements'],
      ['__Perks__\n- Build dashboards', 'benefits'],
      ['*Nice to have*\n- Build dashboards', 'preferred'],
      ['Equal Opportunity\nWe hire fairly.', 'legal'],
      ['How to apply\nSend a resume.', 'apply'],
    ];
    for (const [text, kind] of cases) {
      const q = readPostingStructure(text);
      expect(q.sentences, text).toHaveLength(1);
      expect(q.sentences[0]!.section, text).toBe(kind);
      // The heading itself is not a sentence.
      expect(q.sentences[0]!.text, text).not.toMatch(/Requirements|Benefits|Perks|about us/i);
    }
  });

  it('does not take a sentence that mentions a heading word for a heading', () => {
    const q = readPostingStructure(
      'Requirements\n- SQL\nOur benefits team will explain the plan on your first day.\n- Tableau',
    );
    expect(q.sentences.map((s) => s.text)).toEqual([
      'SQL',
      'Our benefits team will explain the plan on your first day.',
      'Tableau',
    ]);
    expect(q.sentences.every((s) => s.section === 'requirements')).toBe(true);
  });

  it('gives an unknown markdown or bold heading the "other" kind after the intro', () => {
    const q = readPostingStructure(
      'Requirements\n- SQL\n\n## Life on the night shift\nWe eat together at 2 a.m.',
    );
    expect(sentence(q, 'We eat together').section).toBe('other');
  });

  it('keeps text before any heading in the intro', () => {
    const q = readPostingStructure('We are hiring a barista. You will pull espresso shots.');
    expect(q.sentences.map((s) => s.section)).toEqual(['intro', 'intro']);
  });
});

describe('readPostingStructure: bullets', () => {
  it.each([
    ['- ', '- Build dashboards in Tableau'],
    ['+ ', '+ Build dashboards in Tableau'],
    ['* ', '* Build dashboards in Tableau'],
    ['• ', '• Build dashboards in Tableau'],
    ['1. ', '1. Build dashboards in Tableau'],
    ['2) ', '2) Build dashboards in Tableau'],
    ['indented - ', '    - Build dashboards in Tableau'],
  ])('reads a "%s" list item without its mark', (_mark, line) => {
    const q = readPostingStructure(`Responsibilities\n${line}\n`);
    expect(q.sentences).toHaveLength(1);
    const s = q.sentences[0]!;
    expect(s.bullet).toBe(true);
    expect(s.text).toBe('Build dashboards in Tableau');
    expect(s.section).toBe('responsibilities');
    expectOffsets(q);
  });

  it('marks prose lines as not bullets', () => {
    const q = readPostingStructure('Responsibilities\nYou will build dashboards in Tableau.');
    expect(q.sentences[0]!.bullet).toBe(false);
  });

  it('does not read a bold line as a "*" bullet', () => {
    const q = readPostingStructure('**Benefits**\n* Dental insurance');
    expect(q.sentences).toHaveLength(1);
    expect(q.sentences[0]).toMatchObject({ text: 'Dental insurance', bullet: true });
  });

  it('strips bold from a list item and keeps the offsets on its words', () => {
    const q = readPostingStructure('Requirements\n- **Python** and SQL');
    expect(q.sentences[0]!.words.map((w) => w.text)).toEqual(['Python', 'and', 'SQL']);
    expectOffsets(q);
  });
});

describe('readPostingStructure: offsets', () => {
  it('text.slice(start, end) is each sentence and each token, across every kind of line', () => {
    expectOffsets(readPostingStructure(POSTING));
  });

  it('keeps offsets with CRLF line ends, tabs, indentation and no final newline', () => {
    const text =
      'Line Cook\r\n\r\n  Responsibilities:\r\n\t- Prep the line.   Stock the walk-in.\r\n   * Close the grill';
    const q = readPostingStructure(text);
    expect(q.title).toBe('Line Cook');
    expect(q.sentences.map((s) => s.text)).toEqual([
      'Prep the line.',
      'Stock the walk-in.',
      'Close the grill',
    ]);
    expectOffsets(q);
  });

  it('keeps offsets after emoji and other astral characters', () => {
    const q = readPostingStructure('🚀 Join us!\n- 🍳 Cook brunch for 200 guests.\n- Clean 🧽 up.');
    expect(q.sentences.map((s) => s.text)).toContain('🍳 Cook brunch for 200 guests.');
    expectOffsets(q);
  });

  it('splits sentences on ".", "!", "?" and ";"', () => {
    const q = readPostingStructure(
      'You will cook. You will clean! Can you lift 50 pounds? Yes; always.',
    );
    expect(q.sentences.map((s) => s.text)).toEqual([
      'You will cook.',
      'You will clean!',
      'Can you lift 50 pounds?',
      'Yes;',
      'always.',
    ]);
    expectOffsets(q);
  });

  it('does not split a sentence at initials, "Dr." or a decimal', () => {
    const q = readPostingStructure(
      'Join L.U. Electric as a journeyman electrician. Report to Dr. Okafor on site. Pay starts at 32.50 dollars.',
    );
    expect(q.sentences.map((s) => s.text)).toEqual([
      'Join L.U. Electric as a journeyman electrician.',
      'Report to Dr. Okafor on site.',
      'Pay starts at 32.50 dollars.',
    ]);
    expectOffsets(q);
  });

  it('skips lines of punctuation only', () => {
    const q = readPostingStructure('---\n***\n- \n...\nWe bake bread.');
    expect(q.sentences.map((s) => s.text)).toEqual(['We bake bread.']);
  });
});

describe('readPostingStructure: boilerplate', () => {
  const p = readPostingStructure(POSTING);

  it('marks every sentence of the benefits and legal sections as boilerplate', () => {
    for (const s of p.sentences.filter((x) => x.section === 'benefits' || x.section === 'legal'))
      expect(s.boilerplate, s.text).toBe(true);
  });

  it('marks benefits and EEO sentences as boilerplate wherever they stand', () => {
    const q = readPostingStructure(
      [
        'You will sell solar panels door to door.',
        'We offer health insurance and paid time off.',
        'Our 401(k) has a 4% match.',
        'Acme is an equal opportunity employer.',
        'We hire without regard to sexual orientation or gender identity.',
        'Reasonable accommodation is available on request.',
      ].join(' '),
    );
    expect(q.sentences.map((s) => s.boilerplate)).toEqual([false, true, true, true, true, true]);
    expect(q.sentences.every((s) => s.section === 'intro')).toBe(true);
  });

  it('does not mark duties and requirements as boilerplate', () => {
    for (const s of p.sentences.filter((x) =>
      ['intro', 'responsibilities', 'requirements', 'preferred'].includes(x.section),
    ))
      expect(s.boilerplate, s.text).toBe(false);
  });
});

describe('readPostingStructure: title', () => {
  it.each<[string, string | null]>([
    ['Registered Nurse - ICU\n\nWe are hiring.', 'Registered Nurse - ICU'],
    ['# Senior Software Engineer\n\nWe are hiring.', 'Senior Software Engineer'],
    ['### Line Cook\nWe are hiring.', 'Line Cook'],
    ['**Account Manager**\n\nWe are hiring.', 'Account Manager'],
    ['\n\n   Barista   \nWe are hiring.', 'Barista'],
    ['We are hiring a barista for our new cafe.\nBarista', null],
    ['About us\nWe roast coffee.', null],
    ['## Requirements\n- Latte art', null],
    ['- Barista\n- Cashier', null],
    ['We are looking for an experienced electrician to join our growing crew in Dayton', null],
  ])('reads the title of %j as %j', (text, title) => {
    expect(readPostingStructure(text).title).toBe(title);
  });

  it('reads a plain first line as the title, not as a sentence', () => {
    const q = readPostingStructure('Registered Nurse\n\nWe are hiring.');
    expect(q.title).toBe('Registered Nurse');
    expect(q.sentences.map((s) => s.text)).toEqual(['We are hiring.']);
  });

  it('does not take a job title or a list line that contains a heading word for a heading', () => {
    const q = readPostingStructure(
      'Benefits Coordinator\n\nYou will run open enrolment in Workday.\n\nRequirements\nExperience with Python\nKnowledge of SQL',
    );
    expect(q.title).toBe('Benefits Coordinator');
    expect(q.sentences.map((s) => [s.text, s.section, s.boilerplate])).toEqual([
      ['You will run open enrolment in Workday.', 'intro', false],
      ['Experience with Python', 'requirements', false],
      ['Knowledge of SQL', 'requirements', false],
    ]);
  });

  it('reads "Requirements: 3+ years of Python" as a heading and its first item', () => {
    const q = readPostingStructure('Data Engineer\n\nRequirements: 3+ years of Python');
    expect(q.sentences.map((s) => [s.text, s.section])).toEqual([
      ['3+ years of Python', 'requirements'],
    ]);
  });

  it('strips a "Job Title:" label and keeps "e.g." inside its sentence', () => {
    const q = readPostingStructure(
      'Job Title: Registered Nurse\n\nExperience with scripting languages (e.g. Python, Ruby) is a plus.',
    );
    expect(q.title).toBe('Registered Nurse');
    expect(q.sentences).toHaveLength(1);
  });
});
