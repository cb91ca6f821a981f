/**
 * Renders the prep-sheet document model as a one-page PDF: a title band, the sections flowing
 * in two balanced columns, and a footer. The body text shrinks from 10pt to 7pt to fit; what
 * still does not fit is cut, and the last column says so.
 *
 * Pure: no file system, no Node APIs, no fonts to embed or fetch (only the PDF standard fonts).
 * The only clock is pdf-lib's default creation date; pass `date` for deterministic bytes. Those fonts encode WinAnsi only, so every
 * string goes through `toWinAnsi` before it is measured or drawn.
 */
import { PDFDocument, PageSizes, StandardFonts, rgb, type PDFFont, type RGB } from 'pdf-lib';
import type { Block, Doc, Item, Section } from './doc.ts';

export interface RenderPdfOptions {
  pageSize?: 'letter' | 'a4';
  /** Creation and modification date; without it pdf-lib stamps the current time. */
  date?: Date;
}

/** Body sizes tried in turn, largest first. */
const BODY_SIZES = [10, 9.5, 9, 8.5, 8, 7.5, 7] as const;
const MARGIN = 36;
const GUTTER = 22;
const FOOTER_SIZE = 7.5;
const MORE_TEXT = '… more in the Markdown version';

const INK = rgb(0.13, 0.13, 0.15);
const MUTED = rgb(0.42, 0.43, 0.46);
const ACCENT = rgb(0.1, 0.29, 0.47);
const HAIRLINE = rgb(0.72, 0.76, 0.8);

export async function renderPdf(doc: Doc, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const fonts: Fonts = {
    regular: new Metrics(await pdf.embedFont(StandardFonts.Helvetica)),
    bold: new Metrics(await pdf.embedFont(StandardFonts.HelveticaBold)),
  };
  const encodable = new Set(fonts.regular.font.getCharacterSet());
  const clean = (text: string | undefined): string =>
    toWinAnsi(text ?? '', (codePoint) => encodable.has(codePoint));

  const [width, height] = options.pageSize === 'a4' ? PageSizes.A4 : PageSizes.Letter;
  const ops = layoutPage(doc, clean, fonts, width, height);

  const page = pdf.addPage([width, height]);
  for (const op of ops) {
    if (op.kind === 'text') {
      page.drawText(op.text, {
        x: op.x,
        y: height - op.y,
        size: op.size,
        font: (op.bold ? fonts.bold : fonts.regular).font,
        color: op.color,
      });
    } else if (op.kind === 'line') {
      page.drawLine({
        start: { x: op.x, y: height - op.y },
        end: { x: op.x + op.width, y: height - op.y },
        thickness: op.thickness,
        color: op.color,
      });
    } else {
      page.drawRectangle({
        x: op.x,
        y: height - op.y - op.size,
        width: op.size,
        height: op.size,
        borderWidth: op.thickness,
        borderColor: op.color,
      });
    }
  }

  const title = plainText(doc.title);
  if (title) pdf.setTitle(title);
  pdf.setProducer('secondround');
  pdf.setCreator('secondround');
  if (options.date) {
    pdf.setCreationDate(options.date);
    pdf.setModificationDate(options.date);
  }
  return pdf.save();
}

// ---------------------------------------------------------------------------------------------
// Text safety

/** Characters outside WinAnsi that have a close WinAnsi spelling. */
const REPLACEMENTS: Record<string, string> = {
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // figure dash
  '\u2015': '—', // horizontal bar
  '\u2212': '-', // minus sign
  '\u2043': '-', // hyphen bullet
  '\u201b': '’',
  '\u201f': '”',
  '\u2032': "'", // prime
  '\u2033': '"', // double prime
  '\u2044': '/', // fraction slash
  '\u2190': '<-',
  '\u2192': '->',
  '\u2194': '<->',
  '\u21d0': '<=',
  '\u21d2': '=>',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2248': '~',
  '\u2219': '•', // bullet operator
  '\u25cf': '•', // black circle
  '\u25aa': '•', // small black square
  '\u0141': 'L',
  '\u0142': 'l',
  '\u0110': 'D',
  '\u0111': 'd',
  '\u0126': 'H',
  '\u0127': 'h',
  '\u0131': 'i',
  '\u0166': 'T',
  '\u0167': 't',
};

/** Invisible or decorative: dropped without a trace (bidi marks, zero widths, emoji, NUL). */
const DROPPED =
  /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]/u;
const SPACE = /\s/u;
/** Stands for one unencodable character until runs of them become a single '?'. */
const UNKNOWN = '\uffff';

/**
 * Makes `text` drawable with a font that encodes only what `canEncode` accepts: keeps what the
 * font has (curly quotes, dashes, é, ü...), spells arrows and the like in ASCII, strips accents
 * the font lacks (NFKD without combining marks), drops invisible characters and emoji, turns any
 * other character into '?', and collapses whitespace.
 */
export function toWinAnsi(text: string, canEncode: (codePoint: number) => boolean): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (SPACE.test(char) && char !== '\ufeff') out += ' ';
    else if (DROPPED.test(char)) continue;
    else if (canEncode(codePoint)) out += char;
    else if (char in REPLACEMENTS) out += REPLACEMENTS[char];
    else {
      let decomposed = '';
      for (const part of char.normalize('NFKD')) {
        const partCode = part.codePointAt(0) ?? 0;
        if (SPACE.test(part)) decomposed += ' ';
        else if (DROPPED.test(part)) continue;
        else if (canEncode(partCode)) decomposed += part;
        else decomposed += REPLACEMENTS[part] ?? UNKNOWN;
      }
      out += decomposed || UNKNOWN;
    }
  }
  return out
    .replace(/\uffff+/g, '?')
    .replace(/\s+/g, ' ')
    .trim();
}

/** For metadata, which takes any Unicode: only control characters go, whitespace collapses. */
function plainText(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Measuring and wrapping

/**
 * Text widths from the font's own metrics, summed glyph by glyph: pdf-lib's width of a whole
 * string includes kerning, but `drawText` does not kern, so per-glyph sums match the ink.
 */
class Metrics {
  private readonly widths = new Map<string, number>();
  constructor(readonly font: PDFFont) {}

  width(text: string, size: number): number {
    let total = 0;
    for (const char of text) total += this.glyph(char);
    return total * size;
  }

  glyph(char: string): number {
    let width = this.widths.get(char);
    if (width === undefined) {
      width = this.font.widthOfTextAtSize(char, 1);
      this.widths.set(char, width);
    }
    return width;
  }
}

interface Fonts {
  regular: Metrics;
  bold: Metrics;
}

interface Word {
  text: string;
  bold: boolean;
}

/** A stretch of one line in one font, `x` from the line's start. */
interface Run {
  x: number;
  text: string;
  bold: boolean;
}

function words(text: string, bold: boolean): Word[] {
  return text
    .split(' ')
    .filter(Boolean)
    .map((word) => ({ text: word, bold }));
}

/** Greedy word wrap; a word wider than the line is broken between characters. */
function wrap(input: Word[], maxWidth: number, size: number, fonts: Fonts): Run[][] {
  const space = fonts.regular.width(' ', size);
  const lines: Word[][] = [];
  let line: Word[] = [];
  let lineWidth = 0;

  const add = (word: Word, width: number): void => {
    if (line.length > 0 && lineWidth + space + width > maxWidth) {
      lines.push(line);
      line = [];
      lineWidth = 0;
    }
    lineWidth += (line.length > 0 ? space : 0) + width;
    line.push(word);
  };

  for (const word of input) {
    const metrics = word.bold ? fonts.bold : fonts.regular;
    const width = metrics.width(word.text, size);
    if (width <= maxWidth) {
      add(word, width);
      continue;
    }
    let piece = '';
    let pieceWidth = 0;
    for (const char of word.text) {
      const charWidth = metrics.glyph(char) * size;
      if (piece && pieceWidth + charWidth > maxWidth) {
        add({ text: piece, bold: word.bold }, pieceWidth);
        piece = '';
        pieceWidth = 0;
      }
      piece += char;
      pieceWidth += charWidth;
    }
    if (piece) add({ text: piece, bold: word.bold }, pieceWidth);
  }
  if (line.length > 0) lines.push(line);

  return lines.map((lineWords) => {
    const runs: Run[] = [];
    let x = 0;
    for (const word of lineWords) {
      const last = runs[runs.length - 1];
      if (last && last.bold === word.bold) last.text += ` ${word.text}`;
      else runs.push({ x: last ? x + space : x, text: word.text, bold: word.bold });
      const current = runs[runs.length - 1];
      if (current)
        x = current.x + (word.bold ? fonts.bold : fonts.regular).width(current.text, size);
    }
    return runs;
  });
}

/** At most `maxLines` lines of `text`; when cut, the last line ends with an ellipsis. */
function clampLines(
  text: string,
  bold: boolean,
  maxWidth: number,
  size: number,
  maxLines: number,
  fonts: Fonts,
): string[] {
  const lines = wrap(words(text, bold), maxWidth, size, fonts).map((runs) =>
    runs.map((run) => run.text).join(' '),
  );
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const metrics = bold ? fonts.bold : fonts.regular;
  let last = `${kept[maxLines - 1] ?? ''} `;
  while (last && metrics.width(`${last}…`, size) > maxWidth) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

// ---------------------------------------------------------------------------------------------
// Layout

/** Drawing operations in page points, with `y` measured down from the top of the page. */
type Op =
  | { kind: 'text'; x: number; y: number; text: string; bold: boolean; size: number; color: RGB }
  | { kind: 'line'; x: number; y: number; width: number; thickness: number; color: RGB }
  | { kind: 'box'; x: number; y: number; size: number; thickness: number; color: RGB };

/**
 * The unit of flow: usually one line. `before` is space above it, dropped at a column's top;
 * `keep` ties it to the next unit so headings and list items are not split from what follows.
 * Its ops are relative to its own top-left corner.
 */
interface Unit {
  height: number;
  before: number;
  keep: boolean;
  ops: Op[];
  /** The section's heading, marked "(continued)", to repeat when this unit starts a column. */
  continued?: Unit[];
}

/** Sizes that follow from the body size. */
function styleFor(body: number) {
  return {
    body,
    leading: body * 1.3,
    heading: body + 1.5,
    sectionGap: body * 1.3,
    blockGap: body * 0.5,
    itemGap: body * 0.28,
    indent: body * 1.05,
    boxIndent: body * 1.3,
  };
}
type Style = ReturnType<typeof styleFor>;

function layoutPage(
  doc: Doc,
  clean: (text: string | undefined) => string,
  fonts: Fonts,
  pageWidth: number,
  pageHeight: number,
): Op[] {
  const contentWidth = pageWidth - 2 * MARGIN;
  const columnWidth = (contentWidth - GUTTER) / 2;
  const columnX = [MARGIN, MARGIN + columnWidth + GUTTER];

  const footer = layoutFooter(clean(doc.footer), fonts, contentWidth, pageHeight);
  const bottom = footer.top;

  // The largest body size at which everything fits, else the smallest.
  let best:
    { style: Style; head: Band; units: Unit[]; capacity: number; fits: boolean } | undefined;
  for (const body of BODY_SIZES) {
    const style = styleFor(body);
    const head = layoutHead(clean(doc.title), clean(doc.subtitle), style, fonts, contentWidth);
    const units = flowUnits(doc.sections, clean, style, fonts, columnWidth);
    const capacity = bottom - head.bottom;
    const fits = place(units, [capacity, capacity]).placed === units.length;
    best = { style, head, units, capacity, fits };
    if (fits) break;
  }
  if (!best) return footer.ops;
  const { style, head, units, capacity, fits } = best;

  const ops: Op[] = [...head.ops, ...footer.ops];
  let columns: Placed[][];
  if (fits) {
    columns = place(units, balancedCapacity(units, capacity)).columns;
  } else {
    // Still too long at the smallest size: cut, and leave room for the notice in the last column.
    const noticeHeight = style.blockGap + style.leading;
    const cut = place(units, [capacity, capacity - noticeHeight]);
    columns = cut.columns;
    const lastColumn = columns.length - 1;
    const notice: Unit = {
      height: style.leading,
      before: style.blockGap,
      keep: false,
      ops: [textOp(0, style, MORE_TEXT, { size: style.body - 0.5, color: MUTED })],
    };
    const used = columns[lastColumn]?.reduce((end, item) => item.y + item.unit.height, 0) ?? 0;
    columns[lastColumn]?.push({ unit: notice, y: used > 0 ? used + notice.before : 0 });
  }

  columns.forEach((column, index) => {
    const x = columnX[index] ?? MARGIN;
    for (const { unit, y } of column) {
      for (const op of unit.ops) ops.push({ ...op, x: op.x + x, y: op.y + y + head.bottom });
    }
  });
  return ops;
}

interface Band {
  ops: Op[];
  /** Distance from the top of the page to where the columns start. */
  bottom: number;
}

function layoutHead(
  title: string,
  subtitle: string,
  style: Style,
  fonts: Fonts,
  width: number,
): Band {
  if (!title && !subtitle) return { ops: [], bottom: MARGIN };
  const ops: Op[] = [];
  const titleSize = Math.round(style.body * 1.6 + 4);
  const subtitleSize = style.body + 1;
  let y = MARGIN;
  for (const line of clampLines(title, true, width, titleSize, 2, fonts)) {
    ops.push({
      kind: 'text',
      x: MARGIN,
      y: y + titleSize * 0.9,
      text: line,
      bold: true,
      size: titleSize,
      color: INK,
    });
    y += titleSize * 1.15;
  }
  if (subtitle) {
    y += title ? 2 : 0;
    for (const line of clampLines(subtitle, false, width, subtitleSize, 2, fonts)) {
      ops.push({
        kind: 'text',
        x: MARGIN,
        y: y + subtitleSize * 0.95,
        text: line,
        bold: false,
        size: subtitleSize,
        color: MUTED,
      });
      y += subtitleSize * 1.3;
    }
  }
  y += style.body * 0.6;
  ops.push({ kind: 'line', x: MARGIN, y, width, thickness: 1.5, color: ACCENT });
  return { ops, bottom: y + style.body * 0.9 };
}

function layoutFooter(
  footer: string,
  fonts: Fonts,
  width: number,
  pageHeight: number,
): { ops: Op[]; top: number } {
  const baseline = pageHeight - MARGIN - FOOTER_SIZE * 0.25;
  if (!footer) return { ops: [], top: pageHeight - MARGIN };
  const [line = ''] = clampLines(footer, false, width, FOOTER_SIZE, 1, fonts);
  const ruleY = baseline - FOOTER_SIZE - 4;
  return {
    ops: [
      { kind: 'line', x: MARGIN, y: ruleY, width, thickness: 0.5, color: HAIRLINE },
      {
        kind: 'text',
        x: MARGIN,
        y: baseline,
        text: line,
        bold: false,
        size: FOOTER_SIZE,
        color: MUTED,
      },
    ],
    top: ruleY - 8,
  };
}

/** One body-text line's text op: baseline placed so capitals sit in the middle of the leading. */
function textOp(
  x: number,
  style: Style,
  text: string,
  { bold = false, size = style.body, color = INK }: { bold?: boolean; size?: number; color?: RGB },
): Op {
  return { kind: 'text', x, y: baselineOf(style), text, bold, size, color };
}

function baselineOf(style: Style): number {
  return style.leading / 2 + style.body * 0.35;
}

/** Turns the sections into a flat list of units for the column flow. */
function flowUnits(
  sections: Section[],
  clean: (text: string | undefined) => string,
  style: Style,
  fonts: Fonts,
  width: number,
): Unit[] {
  const units: Unit[] = [];
  for (const section of sections) {
    const title = clean(section.title);
    const body = section.blocks.flatMap((block) => blockUnits(block, clean, style, fonts, width));
    if (!title && body.length === 0) continue;
    const start = units.length;
    if (title) {
      units.push(...headingUnits(title, style, fonts, width));
      const continued = headingUnits(`${title} (continued)`, style, fonts, width);
      for (const unit of body) unit.continued = continued;
      const firstBody = body[0];
      if (firstBody) firstBody.before = 0;
    }
    units.push(...body);
    const first = units[start];
    if (first) first.before = start === 0 ? 0 : style.sectionGap;
  }
  return units;
}

function headingUnits(title: string, style: Style, fonts: Fonts, width: number): Unit[] {
  const size = style.heading;
  const leading = size * 1.25;
  const lines = clampLines(title, true, width, size, 3, fonts);
  return lines.map((line, index): Unit => {
    const last = index === lines.length - 1;
    const baseline = leading / 2 + size * 0.35;
    const ops: Op[] = [
      { kind: 'text', x: 0, y: baseline, text: line, bold: true, size, color: ACCENT },
    ];
    const ruleY = leading + style.body * 0.15;
    if (last) ops.push({ kind: 'line', x: 0, y: ruleY, width, thickness: 0.6, color: HAIRLINE });
    return {
      height: last ? ruleY + style.body * 0.55 : leading,
      before: 0,
      keep: true,
      ops,
    };
  });
}

function blockUnits(
  block: Block,
  clean: (text: string | undefined) => string,
  style: Style,
  fonts: Fonts,
  width: number,
): Unit[] {
  const groups: Unit[][] = [];
  if (block.kind === 'paragraph') {
    const lines = wrap(words(clean(block.text), false), width, style.body, fonts);
    const units = lines.map((runs) => lineUnit(runs, 0, style, false));
    // No lone first or last line of a paragraph at a column break.
    const first = units[0];
    const penultimate = units[units.length - 2];
    if (first && units.length > 1) first.keep = true;
    if (penultimate) penultimate.keep = true;
    if (units.length > 0) groups.push(units);
  } else if (block.kind === 'list') {
    for (const item of block.items) {
      const units = itemUnits(item, clean, style, fonts, width);
      if (units.length > 0) groups.push(units);
    }
  } else {
    for (const item of block.items) {
      const units = checkUnits(clean(item), style, fonts, width);
      if (units.length > 0) groups.push(units);
    }
  }
  return groups.flatMap((units, index) => {
    const first = units[0];
    if (first) first.before = index === 0 ? style.blockGap : style.itemGap;
    return units;
  });
}

function lineUnit(runs: Run[], x: number, style: Style, keep: boolean): Unit {
  return {
    height: style.leading,
    before: 0,
    keep,
    ops: runs.map((run) => textOp(x + run.x, style, run.text, { bold: run.bold })),
  };
}

/** Units of one wrapped item, all kept together. */
function hangingUnits(runs: Run[][], indent: number, style: Style): Unit[] {
  return runs.map((line, index) => lineUnit(line, indent, style, index < runs.length - 1));
}

function itemUnits(
  item: Item,
  clean: (text: string | undefined) => string,
  style: Style,
  fonts: Fonts,
  width: number,
): Unit[] {
  const lead = clean(item.lead);
  const text = clean(item.text);
  if (!lead && !text) return [];
  // A lead that does not end in punctuation gets a dash before the text: "Maya Chen – EM".
  const joiner = lead && text && !/[.:?!…—–-]$/.test(lead) ? ['–'] : [];
  const input = [
    ...words(lead, true),
    ...joiner.map((dash) => ({ text: dash, bold: false })),
    ...words(text, false),
  ];
  const units = hangingUnits(
    wrap(input, width - style.indent, style.body, fonts),
    style.indent,
    style,
  );
  units[0]?.ops.push(textOp(style.body * 0.2, style, '•', { color: ACCENT }));
  return units;
}

function checkUnits(text: string, style: Style, fonts: Fonts, width: number): Unit[] {
  if (!text) return [];
  const runs = wrap(words(text, false), width - style.boxIndent, style.body, fonts);
  const units = hangingUnits(runs, style.boxIndent, style);
  const size = style.body * 0.72;
  const top = baselineOf(style) - style.body * 0.36 - size / 2;
  units[0]?.ops.push({ kind: 'box', x: 0.5, y: top, size, thickness: 0.7, color: MUTED });
  return units;
}

// ---------------------------------------------------------------------------------------------
// Column flow

interface Placed {
  unit: Unit;
  /** Top of the unit, from the top of its column. */
  y: number;
}

/**
 * Greedy flow of `units` into columns of the given heights. A unit moves to the next column when
 * it and the units kept with it do not fit; a kept run taller than a column only needs its first
 * few units to fit. A column that starts inside a section starts with its heading, continued.
 * Stops at the first unit that fits nowhere.
 */
function place(units: Unit[], capacities: number[]): { columns: Placed[][]; placed: number } {
  const columns: Placed[][] = capacities.map(() => []);
  let column = 0;
  let y = 0;
  let index = 0;
  while (index < units.length) {
    const unit = units[index];
    const capacity = capacities[column];
    if (!unit || capacity === undefined) break;
    const before = y === 0 ? 0 : unit.before;
    const heading = y === 0 && column > 0 ? (unit.continued ?? []) : [];
    const headingHeight = heading.reduce((sum, line) => sum + line.height, 0);

    let chain = before + unit.height;
    let chainHead = chain;
    let count = 1;
    for (let next = index; units[next]?.keep && next + 1 < units.length; next++) {
      const following = units[next + 1];
      if (!following) break;
      chain += following.before + following.height;
      if (++count <= 3) chainHead = chain;
    }
    const needed = headingHeight + (chain - before <= capacity ? chain : chainHead);

    if (y + needed > capacity) {
      if (y === 0 && headingHeight + unit.height > capacity) break;
      if (y > 0) {
        column += 1;
        y = 0;
        continue;
      }
    }
    if (y + before + unit.height > capacity) break;
    for (const line of heading) {
      columns[column]?.push({ unit: line, y });
      y += line.height;
    }
    columns[column]?.push({ unit, y: y + before });
    y += before + unit.height;
    index += 1;
  }
  return { columns, placed: index };
}

/** The shortest equal column height that still holds everything: balanced columns. */
function balancedCapacity(units: Unit[], capacity: number): number[] {
  let low = 0;
  let high = capacity;
  while (high - low > 0.5) {
    const middle = (low + high) / 2;
    if (place(units, [middle, middle]).placed === units.length) high = middle;
    else low = middle;
  }
  return [high, high];
}
