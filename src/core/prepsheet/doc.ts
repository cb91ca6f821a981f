/**
 * A small document model for the one-page prep sheet: the Markdown and the PDF are both
 * rendered from it, so they always say the same thing.
 */

/** One line of a list; `lead`, when present, is shown in bold before the text. */
export interface Item {
  lead?: string;
  text: string;
}

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: Item[] }
  /** A checklist to tick off on paper. */
  | { kind: 'checklist'; items: string[] };

export interface Section {
  title: string;
  blocks: Block[];
}

export interface Doc {
  title: string;
  /** One line under the title: role, stage, date and time. */
  subtitle?: string;
  sections: Section[];
  /** A line at the foot of the page. */
  footer?: string;
}
