/** One token of an answer, with 0-based, end-exclusive offsets into the original text. */
export interface Token {
  /** The text as written. */
  text: string;
  /** Lower case, curly apostrophes straightened: what lexicons are matched against. */
  norm: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct' | 'newline';
}

const LETTER = /\p{L}|\p{M}/u;
const isLetter = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
};
const isSpace = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  return c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || (c > 127 && /\s/u.test(ch));
};
const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';
const APOSTROPHES = new Set(["'", '\u2019', '\u2018']);

/**
 * Splits text into words, numbers, punctuation and line breaks in one linear pass
 * (no regular expression over the whole text, so no backtracking on hostile input).
 * Words keep inner apostrophes and hyphens ("don't", "cross-functional");
 * numbers keep inner separators ("1,200", "2.5").
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i] as string;
    if (ch === '\n') {
      tokens.push({ text: ch, norm: '\n', start: i, end: i + 1, kind: 'newline' });
      i++;
      continue;
    }
    if (isSpace(ch)) {
      i++;
      continue;
    }
    const start = i;
    if (isDigit(ch)) {
      i++;
      while (i < n) {
        const c = text[i] as string;
        if (isDigit(c)) i++;
        else if ((c === ',' || c === '.') && i + 1 < n && isDigit(text[i + 1] as string)) i += 2;
        else break;
      }
      pushWord(tokens, text, start, i, 'number');
      continue;
    }
    if (isLetter(ch)) {
      i++;
      while (i < n) {
        const c = text[i] as string;
        if (isLetter(c) || isDigit(c)) i++;
        else if ((APOSTROPHES.has(c) || c === '-') && i + 1 < n && isLetter(text[i + 1] as string))
          i += 2;
        else break;
      }
      pushWord(tokens, text, start, i, 'word');
      continue;
    }
    // Surrogate pairs (emoji and the like) stay whole.
    const cp = text.codePointAt(i) ?? 0;
    i += cp > 0xffff ? 2 : 1;
    tokens.push({
      text: text.slice(start, i),
      norm: text.slice(start, i),
      start,
      end: i,
      kind: 'punct',
    });
  }
  return tokens;
}

function pushWord(
  tokens: Token[],
  text: string,
  start: number,
  end: number,
  kind: 'word' | 'number',
): void {
  const raw = text.slice(start, end);
  const norm = raw.toLowerCase().replace(/[\u2019\u2018]/g, "'");
  tokens.push({ text: raw, norm, start, end, kind });
}
