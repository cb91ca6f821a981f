/** Words per minute of a calm interview answer, used to estimate speaking time. */
export const SPEAKING_WPM = 140;
/** Longest answer accepted, in characters. */
export const MAX_ANSWER_CHARS = 20_000;
