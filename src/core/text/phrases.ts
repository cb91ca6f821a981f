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

const NONE: PhraseMatch[] = [];

interface Node {
  next: Map<string, Node>;
  phrase?: string;
}

export class PhraseSet {
  private readonly root: Node = { next: new Map() };

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
  }

  /** All matches starting at word index `from` (longest first). */
  matchAt(words: readonly Token[], from: number): PhraseMatch[] {
    const word = words[from];
    // Fast path: most words start no phrase.
    if (
      !word ||
      (!this.root.next.has(word.norm) && !this.root.next.has('*') && !this.root.next.has('#'))
    ) {
      return NONE;
    }
    const found: PhraseMatch[] = [];
    this.walk(this.root, words, from, from, found);
    return found.sort((a, b) => b.to - a.to);
  }

  // A method, not a closure made on each call: matchAt runs for every word of every sentence.
  private walk(
    node: Node,
    words: readonly Token[],
    from: number,
    i: number,
    found: PhraseMatch[],
  ): void {
    if (node.phrase !== undefined && i > from) found.push({ from, to: i, phrase: node.phrase });
    const word = words[i];
    if (!word) return;
    const exact = node.next.get(word.norm);
    if (exact) this.walk(exact, words, from, i + 1, found);
    const any = node.next.get('*');
    if (any) this.walk(any, words, from, i + 1, found);
    if (word.kind === 'number') {
      const num = node.next.get('#');
      if (num) this.walk(num, words, from, i + 1, found);
    }
  }

  /** Non-overlapping matches, leftmost-longest. */
  find(words: readonly Token[]): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    for (let i = 0; i < words.length; i++) {
      const m = this.matchAt(words, i)[0];
      if (m) {
        out.push(m);
        i = m.to - 1;
      }
    }
    return out;
  }

  has(words: readonly Token[]): boolean {
    for (let i = 0; i < words.length; i++) if (this.matchAt(words, i).length > 0) return true;
    return false;
  }
}
