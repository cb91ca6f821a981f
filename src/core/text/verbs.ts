/** Regular English inflection, enough to recognise the forms of a verb list. */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const isConsonant = (c: string | undefined): boolean => !!c && /[a-z]/.test(c) && !VOWELS.has(c);

/** A one-syllable verb ending consonant-vowel-consonant doubles its last letter: plan, planned. */
function doubles(base: string): boolean {
  if (base.length < 3 || base.length > 5) return false;
  const [a, b, c] = [base[base.length - 3], base[base.length - 2], base[base.length - 1]];
  const vowelGroups = base.match(/[aeiou]+/g)?.length ?? 0;
  return (
    vowelGroups === 1 &&
    isConsonant(a) &&
    !!b &&
    VOWELS.has(b) &&
    isConsonant(c) &&
    !'wxy'.includes(c!)
  );
}

export function pastOf(base: string): string {
  if (base.endsWith('e')) return base + 'd';
  if (base.endsWith('y') && isConsonant(base[base.length - 2])) return base.slice(0, -1) + 'ied';
  if (doubles(base)) return base + base[base.length - 1] + 'ed';
  return base + 'ed';
}

export function ingOf(base: string): string {
  if (base.endsWith('ie')) return base.slice(0, -2) + 'ying';
  if (base.endsWith('e') && !/[eoy]e$/.test(base)) return base.slice(0, -1) + 'ing';
  if (doubles(base)) return base + base[base.length - 1] + 'ing';
  return base + 'ing';
}

export function thirdPersonOf(base: string): string {
  if (/(s|x|z|ch|sh)$/.test(base)) return base + 'es';
  if (base.endsWith('y') && isConsonant(base[base.length - 2])) return base.slice(0, -1) + 'ies';
  return base + 's';
}

export interface VerbForms {
  present: Set<string>;
  past: Set<string>;
  ing: Set<string>;
}

/** Expands "base" or "base:past" entries (past doubles as participle) into their forms. */
export function verbForms(entries: readonly string[]): VerbForms {
  const forms: VerbForms = { present: new Set(), past: new Set(), ing: new Set() };
  for (const entry of entries) {
    const [base, past] = entry.split(':') as [string, string | undefined];
    forms.present.add(base);
    forms.present.add(thirdPersonOf(base));
    forms.past.add(past ?? pastOf(base));
    forms.ing.add(ingOf(base));
  }
  return forms;
}
