import type { Token } from './tokenize.ts';

/**
 * A compiled list of word phrases, matched against the words of a sentence.
 * In a phrase, `*` stands for any one word and `#` for any number.
 * Matching walks a trie from each word: linear in the words times the longest phrase.
 */
export interface PhraseMatch {
  /** Index of the first and one past the last matched word. */
  from: number;
  to: number;
  phrase: string;
}

interface Node {
  next: Map<string, Node>;
  phrase?: string;
}

const longer = (a?: PhraseMatch, b?: PhraseMatch): PhraseMatch | undefined =>
  b && (!a || b.to > a.to) ? b : a;

export class PhraseSet {
  private readonly root: Node = { next: new Map() };
  /** Whether a phrase starts with `*` or `#`, so that any word may start a match. */
  private readonly wild: boolean;

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      let node = this.root;
      for (const part of phrase.toLowerCase().split(/\s+/).filter(Boolean)) {
        let child = node.next.get(part);
        if (!child) {
          child = { next: new Map() };
          node.next.set(part, child);
        }
        node = child;
      }
      node.phrase = phrase;
    }
    this.wild = this.root.next.has('*') || this.root.next.has('#');
  }

  /** The longest match starting at word index `from`, if any. */
  longestAt(words: readonly Token[], from: number): PhraseMatch | undefined {
    const word = words[from];
    // Fast path: most words start no phrase.
    if (!word || (!this.wild && !this.root.next.has(word.norm))) return undefined;
    return this.longest(this.root, words, from, from);
  }

  // A method, not a closure made on each call: it runs for every word of every sentence.
  // Of matches equally long, the first found wins: the exact word, then `*`, then `#`.
  private longest(
    node: Node | undefined,
    words: readonly Token[],
    from: number,
    i: number,
  ): PhraseMatch | undefined {
    if (!node) return undefined;
    let best =
      node.phrase !== undefined && i > from ? { from, to: i, phrase: node.phrase } : undefined;
    const word = words[i];
    if (!word) return best;
    best = longer(best, this.longest(node.next.get(word.norm), words, from, i + 1));
    best = longer(best, this.longest(node.next.get('*'), words, from, i + 1));
    if (word.kind === 'number')
      best = longer(best, this.longest(node.next.get('#'), words, from, i + 1));
    return best;
  }

  /** Non-overlapping matches, leftmost-longest. */
  find(words: readonly Token[]): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    for (let i = 0; i < words.length; i++) {
      const m = this.longestAt(words, i);
      if (m) {
        out.push(m);
        i = m.to - 1;
      }
    }
    return out;
  }

  has(words: readonly Token[]): boolean {
    for (let i = 0; i < words.length; i++) if (this.longestAt(words, i)) return true;
    return false;
  }
}
