// Function words and small closed classes the parser and checks read: sorted, deduplicated, lower case.

/** Number words that count something ("twelve", "hundred", "half"). */
export const NUMBER_WORDS: readonly string[] = [
  'billion',
  'dozen',
  'dozens',
  'eight',
  'eighteen',
  'eighty',
  'eleven',
  'fifteen',
  'fifty',
  'five',
  'forty',
  'four',
  'fourteen',
  'half',
  'hundred',
  'hundreds',
  'million',
  'millions',
  'nine',
  'nineteen',
  'ninety',
  'one',
  'seven',
  'seventeen',
  'seventy',
  'six',
  'sixteen',
  'sixty',
  'ten',
  'thirteen',
  'thirty',
  'thousand',
  'thousands',
  'three',
  'twelve',
  'twenty',
  'two',
];

/** Words that multiply or divide ("doubled", "halved", "tenfold"). */
export const MULTIPLIER_WORDS: readonly string[] = [
  'double',
  'doubled',
  'doubling',
  'fivefold',
  'halved',
  'halving',
  'quadrupled',
  'tenfold',
  'threefold',
  'triple',
  'tripled',
  'tripling',
  'twice',
  'twofold',
];

/** Units of time that make a number a duration. */
export const TIME_UNITS: readonly string[] = [
  'day',
  'days',
  'hour',
  'hours',
  'hr',
  'hrs',
  'min',
  'mins',
  'minute',
  'minutes',
  'month',
  'months',
  'quarter',
  'quarters',
  'second',
  'seconds',
  'semester',
  'semesters',
  'shift',
  'shifts',
  'sprint',
  'sprints',
  'week',
  'weekend',
  'weekends',
  'weeks',
  'year',
  'years',
];

/** Shares that follow "a" or a small number ("a third", "two fifths"). */
export const FRACTIONS: readonly string[] = [
  'fifth',
  'fifths',
  'tenth',
  'tenths',
  'third',
  'thirds',
];

/** Words that may open a fraction ("a third", "two thirds"). */
export const FRACTION_COUNTS: readonly string[] = ['a', 'four', 'one', 'three', 'two'];

/** Words that may stand between a number and its unit ("one more day"). */
export const UNIT_MODIFIERS: readonly string[] = [
  'additional',
  'extra',
  'fewer',
  'full',
  'less',
  'more',
  'whole',
];

/** Words after a number that make it money ("40 dollars", "2 bn"). */
export const MONEY_WORDS: readonly string[] = [
  'bn',
  'dollars',
  'eur',
  'euros',
  'gbp',
  'k',
  'm',
  'pounds',
  'usd',
];

/** Currency codes written before an amount ("GBP 2.1m"). */
export const CURRENCY_CODES: readonly string[] = [
  'aud',
  'cad',
  'chf',
  'eur',
  'gbp',
  'inr',
  'jpy',
  'usd',
];

/** Pronouns that can point back at a person named earlier in the answer. */
export const PRONOUN_TARGETS: readonly string[] = ['he', 'her', 'him', 'she', 'them', 'they'];

/** Words before "kind of"/"sort of" that make it a noun phrase, not a hedge. */
export const DETERMINERS: readonly string[] = [
  'a',
  'any',
  'every',
  'right',
  'same',
  'some',
  'that',
  'the',
  'this',
  'what',
  'which',
];

/** Words before "you know" that make it a question, not a filler. */
export const ASKING_WORDS: readonly string[] = [
  'as',
  'did',
  'do',
  "don't",
  'if',
  'what',
  'whether',
  'would',
];

/** Present-tense verbs that describe a trait after "I" ("I work hard"), not a step. */
export const TRAIT_PRESENT: readonly string[] = [
  'focus',
  'focuses',
  'tries',
  'try',
  'use',
  'uses',
  'work',
  'works',
];

/** -ing forms after "I am" that report a state or plan, not an action. */
export const STATIVE_ING: readonly string[] = [
  'being',
  'feeling',
  'getting',
  'going',
  'having',
  'hearing',
  'hoping',
  'looking',
  'planning',
  'seeing',
  'starting',
  'thinking',
  'trying',
  'wanting',
  'wondering',
];

/** Words that negate the phrase that follows. */
export const NEGATIONS: readonly string[] = [
  "didn't",
  "don't",
  "hadn't",
  "haven't",
  'never',
  'not',
  "wasn't",
];

/** Words that turn an outcome into a plan or a wish. */
export const FUTURE_MARKERS: readonly string[] = [
  'aim',
  'goal',
  'hope',
  'hoping',
  "i'd",
  "i'll",
  'plan',
  'want',
  'wanted',
  "we'll",
  'will',
  'would',
];

/** Words that turn an outcome into a habit or a possibility. */
export const HABITUAL_MARKERS: readonly string[] = [
  'can',
  'could',
  'has',
  'have',
  'may',
  'might',
  'often',
  'sometimes',
  'tends',
  'usually',
];

/** Words between a preposition and its amount ("by about a third"). */
export const APPROXIMATELY: readonly string[] = [
  'about',
  'almost',
  'approximately',
  'around',
  'just',
  'less',
  'more',
  'nearly',
  'only',
  'over',
  'roughly',
  'some',
  'than',
];

/** Nouns whose size sets the scene ("a team of 8"), not an outcome. */
export const SETTING_NOUNS: readonly string[] = [
  'class',
  'cohort',
  'crew',
  'department',
  'group',
  'panel',
  'squad',
  'staff',
  'team',
  'unit',
];

/** Words after a duration that make it a point in time ("a year later"). */
export const NOT_OUTCOME_AFTER: readonly string[] = ['ago', 'before', 'earlier', 'later', 'old'];

/** Words after "at my" that are not a workplace ("at my best"). */
export const NOT_PLACES: readonly string[] = [
  'age',
  'best',
  'core',
  'desk',
  'disposal',
  'fingertips',
  'own',
  'pace',
  'worst',
];

/** Words before an -ed form that make it a state ("I'm excited", "stay organized"). */
export const STATE_BEFORE: readonly string[] = [
  'always',
  'am',
  'are',
  'be',
  'become',
  'becomes',
  'been',
  'being',
  'feel',
  'feels',
  'get',
  'gets',
  "he's",
  "i'm",
  'is',
  "it's",
  'look',
  'looks',
  'more',
  'most',
  'really',
  'remain',
  'remains',
  'seem',
  'seems',
  "she's",
  'so',
  'stay',
  'stays',
  "they're",
  'very',
  "we're",
  "you're",
];

/** Auxiliaries before a past form that make it present perfect or conditional. */
export const PERFECT_MARKERS: readonly string[] = [
  'could',
  'has',
  'have',
  "i'd",
  "i've",
  'should',
  "we've",
  'will',
  'would',
];

/** Words after a person that make what follows a habitual failing ("they never listened"). */
export const FAILING_ADVERBS: readonly string[] = [
  'barely',
  'hardly',
  'never',
  "won't",
  "wouldn't",
];

/** Words of a courtesy that may follow the closing question ("Thank you."). */
export const COURTESY_WORDS: readonly string[] = [
  'again',
  'asking',
  'cheers',
  'for',
  'much',
  'so',
  'thank',
  'thanks',
  'time',
  'you',
  'your',
];

/** What people owe each other at work: after "never", "wouldn't", "barely", a failing. */
export const SUPPORT_VERBS: readonly string[] = [
  'acknowledged',
  'answer',
  'answered',
  'approve',
  'approved',
  'asked',
  'backed',
  'bother',
  'bothered',
  'care',
  'cared',
  'coached',
  'communicated',
  'consulted',
  'credited',
  'delivered',
  'explain',
  'explained',
  'followed',
  'gave',
  'give',
  'help',
  'helped',
  'included',
  'informed',
  'invited',
  'involved',
  'let',
  'listen',
  'listened',
  'looked',
  'mentored',
  'paid',
  'praised',
  'promoted',
  'recognised',
  'recognized',
  'replied',
  'respond',
  'responded',
  'shared',
  'showed',
  'spoke',
  'support',
  'supported',
  'talked',
  'thanked',
  'told',
  'trained',
  'trust',
  'trusted',
  'updated',
];

/** Words that turn a weakness statement toward its remedy ("..., so I keep a checklist"). */
export const REMEDY_CONNECTORS: readonly string[] = [
  'but',
  'by',
  'now',
  'so',
  'therefore',
  'thus',
  'which',
];
