import {
  PDFArray,
  PDFDocument,
  PDFRawStream,
  StandardFonts,
  decodePDFRawStream,
  type PDFFont,
} from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Doc } from './doc.ts';
import { renderPdf, toWinAnsi } from './pdf.ts';

const sheet: Doc = {
  title: 'Fernway — Backend engineer',
  subtitle: 'Hiring-manager round · Thursday 10:30',
  sections: [
    {
      title: 'Company and mission',
      blocks: [
        { kind: 'paragraph', text: 'Fernway builds dispatch software for freight carriers.' },
      ],
    },
    {
      title: 'Interviewers',
      blocks: [{ kind: 'list', items: [{ lead: 'Maya Chen', text: 'Engineering manager' }] }],
    },
    {
      title: 'Predicted questions → your story',
      blocks: [
        {
          kind: 'list',
          items: [{ lead: 'Why Fernway?', text: 'Latency is money here.' }, { text: 'Plain item' }],
        },
      ],
    },
    { title: 'Reminders', blocks: [{ kind: 'checklist', items: ['Test the camera'] }] },
  ],
  footer: 'secondround prep sheet',
};

const NOTICE = '… more in the Markdown version';

/** A doc far longer than a page. */
function longDoc(items: number): Doc {
  return {
    title: 'Long',
    sections: Array.from({ length: 4 }, (_, section) => ({
      title: `Section ${section + 1}`,
      blocks: [
        {
          kind: 'list' as const,
          items: Array.from({ length: items }, (_, item) => ({
            lead: `Question ${item + 1}?`,
            text: 'A story with a situation, the action taken and a result with a number in it.',
          })),
        },
      ],
    })),
  };
}

/** WinAnsi's 0x80-0x9F; the rest is Latin-1. (Node's TextDecoder maps these to C1 controls.) */
const WIN_ANSI_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function fromWinAnsi(codes: Uint8Array): string {
  return Array.from(codes, (code) =>
    code >= 0x80 && code <= 0x9f ? (WIN_ANSI_HIGH[code - 0x80] ?? '') : String.fromCharCode(code),
  ).join('');
}

interface TextRun {
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
}

/** The text drawn on the only page: each `Tj` with its font, size and position. */
async function textRuns(bytes: Uint8Array): Promise<TextRun[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const contents = pdf.getPage(0).node.Contents();
  const streams =
    contents instanceof PDFArray
      ? contents.asArray().map((ref) => pdf.context.lookup(ref))
      : [contents];
  const latin1 = new TextDecoder('latin1');
  const runs: TextRun[] = [];
  let font = '';
  let size = 0;
  let x = 0;
  let y = 0;
  for (const stream of streams) {
    if (!(stream instanceof PDFRawStream)) continue;
    const source = latin1.decode(decodePDFRawStream(stream).decode());
    for (const match of source.matchAll(
      /\/(\S+) ([\d.]+) Tf|([\d.-]+) ([\d.-]+) Tm|<([0-9A-F]*)> Tj/g,
    )) {
      if (match[1] !== undefined) [font, size] = [match[1], Number(match[2])];
      else if (match[3] !== undefined) [x, y] = [Number(match[3]), Number(match[4])];
      else {
        const hex = match[5] ?? '';
        const codes = Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
        runs.push({ text: fromWinAnsi(codes), x, y, size, bold: font.includes('Bold') });
      }
    }
  }
  return runs;
}

async function pageText(bytes: Uint8Array): Promise<string> {
  return (await textRuns(bytes)).map((run) => run.text).join('\n');
}

let regular: PDFFont;
let bold: PDFFont;
beforeAll(async () => {
  const scratch = await PDFDocument.create();
  regular = await scratch.embedFont(StandardFonts.Helvetica);
  bold = await scratch.embedFont(StandardFonts.HelveticaBold);
});

/** Fails unless every run of text lies inside the page's margins (with a point of slack). */
async function expectInsideMargins(bytes: Uint8Array, margin = 36): Promise<void> {
  const pdf = await PDFDocument.load(bytes);
  const { width, height } = pdf.getPage(0).getSize();
  for (const run of await textRuns(bytes)) {
    const right = run.x + (run.bold ? bold : regular).widthOfTextAtSize(run.text, run.size);
    expect(run.x, run.text).toBeGreaterThanOrEqual(margin - 1);
    expect(right, run.text).toBeLessThanOrEqual(width - margin + 1);
    // Helvetica's ascender is 0.718 of the size and its descender 0.207.
    expect(run.y - run.size * 0.207, run.text).toBeGreaterThanOrEqual(margin - 1);
    expect(run.y + run.size * 0.718, run.text).toBeLessThanOrEqual(height - margin + 1);
  }
}

describe('renderPdf', () => {
  it('writes a PDF of one letter page by default', async () => {
    const bytes = await renderPdf(sheet);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getPage(0).getSize()).toEqual({ width: 612, height: 792 });
  });

  it('writes an A4 page on request', async () => {
    const pdf = await PDFDocument.load(await renderPdf(sheet, { pageSize: 'a4' }));
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect(width).toBeCloseTo(595.28, 2);
    expect(height).toBeCloseTo(841.89, 2);
  });

  it('sets the metadata, and the same date gives the same bytes', async () => {
    const date = new Date('2025-03-14T09:00:00Z');
    const bytes = await renderPdf(sheet, { date });
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getTitle()).toBe('Fernway — Backend engineer');
    expect(pdf.getProducer()).toBe('secondround');
    expect(pdf.getCreator()).toBe('secondround');
    expect(pdf.getCreationDate()).toEqual(date);
    expect(pdf.getModificationDate()).toEqual(date);
    expect(await renderPdf(sheet, { date })).toEqual(bytes);
  });

  it('draws every part of the doc, leads in bold', async () => {
    const runs = await textRuns(await renderPdf(sheet));
    const text = runs.map((run) => run.text).join('\n');
    for (const expected of [
      'Fernway — Backend engineer',
      'Hiring-manager round · Thursday 10:30',
      'Company and mission',
      'Fernway builds dispatch software for freight carriers.',
      'Predicted questions -> your story',
      'Engineering manager',
      'Latency is money here.',
      'Plain item',
      'Test the camera',
      'secondround prep sheet',
      '•',
    ]) {
      expect(text).toContain(expected);
    }
    expect(runs.find((run) => run.text === 'Maya Chen')?.bold).toBe(true);
    expect(runs.find((run) => run.text === 'Why Fernway?')?.bold).toBe(true);
    expect(text).not.toContain(NOTICE);
    await expectInsideMargins(await renderPdf(sheet));
  });

  it('renders a title with characters WinAnsi lacks', async () => {
    const title = 'Café “Zürich” → Łódź 🚀 東京 naïve\u200f\u0000';
    const bytes = await renderPdf({ ...sheet, title });
    expect(await pageText(bytes)).toContain('Café “Zürich” -> Lódz ? naïve');
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getTitle()).toBe('Café “Zürich” → Łódź 🚀 東京 naïve');
  });

  it('shrinks a long doc to one page and says what was cut', async () => {
    const bytes = await renderPdf(longDoc(40), { pageSize: 'a4' });
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    const runs = await textRuns(bytes);
    expect(runs.map((run) => run.text)).toContain(NOTICE);
    expect(runs.map((run) => run.text)).toContain('Section 1 (continued)');
    expect(Math.min(...runs.filter((run) => run.text === 'Question 1?').map((r) => r.size))).toBe(
      7,
    );
    await expectInsideMargins(bytes);
  });

  it('never leaves a heading at the foot of a column, and repeats it when a section breaks', async () => {
    for (const items of [1, 2, 3, 4, 5, 6, 7, 8, 9]) {
      const doc: Doc = {
        title: 'Many sections',
        sections: Array.from({ length: 14 }, (_, index) => ({
          title: `Section ${index + 1}`,
          blocks: [
            {
              kind: 'list' as const,
              items: Array.from({ length: items }, () => ({
                text: 'An item long enough to wrap onto a second line in a column of the page.',
              })),
            },
          ],
        })),
      };
      const runs = await textRuns(await renderPdf(doc));
      const column = (run: TextRun): number => (run.x < 306 ? 0 : 1);
      for (const heading of runs.filter((run) => run.text.startsWith('Section'))) {
        const below = runs.filter(
          (run) =>
            column(run) === column(heading) &&
            run.text.startsWith('An item') &&
            run.y < heading.y &&
            heading.y - run.y < heading.size * 3,
        );
        expect(below.length, `${heading.text} with ${items} items`).toBeGreaterThan(0);
      }
      const secondColumn = runs.filter((run) => column(run) === 1);
      const top = secondColumn.reduce((a, b) => (b.y > a.y ? b : a));
      expect(top.text).toMatch(/^Section \d+( \(continued\))?$/);
    }
  });

  it('survives hostile input with one valid page', async () => {
    const word = 'x'.repeat(10_000);
    const hostile: Doc = {
      title: `${word} \u202e\u200f\u0000`,
      subtitle: '',
      sections: [
        { title: '', blocks: [] },
        { title: '\u0000\u0001\u200b', blocks: [{ kind: 'paragraph', text: '' }] },
        { title: word, blocks: [{ kind: 'paragraph', text: `start ${word} end` }] },
        {
          title: '🚀🚀🚀',
          blocks: [
            {
              kind: 'list',
              items: [
                { lead: '', text: '' },
                { lead: word, text: word },
                ...Array.from({ length: 5_000 }, (_, index) => ({ text: `item ${index} \u202b` })),
              ],
            },
            { kind: 'checklist', items: ['', '\u0000', word, '東京'] },
          ],
        },
      ],
      footer: word,
    };
    const bytes = await renderPdf(hostile);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(await pageText(bytes)).toContain(NOTICE);
    await expectInsideMargins(bytes);
  });

  it('renders an empty doc', async () => {
    const bytes = await renderPdf({ title: '', sections: [] });
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
  });
});

describe('toWinAnsi', () => {
  const encodable = (codePoint: number): boolean => regular.getCharacterSet().includes(codePoint);
  const cases: [string, string][] = [
    ['plain text', 'plain text'],
    ['‘single’ “double” – — • … é ü ß', '‘single’ “double” – — • … é ü ß'],
    ['e\u0301cole', 'école'], // combining accent composed
    ['Łódź, Dvořák, Ångström', 'Lódz, Dvorák, Ångström'],
    ['a → b ≥ c − d', 'a -> b >= c - d'],
    ['ﬁne', 'fine'], // ligature
    ['ship it 🚀👍🏽🇵🇹', 'ship it'],
    ['東京 office', '? office'],
    ['\u200fRTL\u202e mark\u0000', 'RTL mark'],
    ['  tabs\tand\nlines\u00a0\u2003 ', 'tabs and lines'],
    ['', ''],
  ];
  it.each(cases)('%j -> %j', (input, expected) => {
    expect(toWinAnsi(input, encodable)).toBe(expected);
  });
});
