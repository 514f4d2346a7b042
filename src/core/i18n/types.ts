export type Lang = "vi" | "en";

export interface Message {
  vi: string;
  en: string;
}

/**
 * A message about a number of things, "{count}" in it. Vietnamese nouns have no plural form; English has one form
 * for exactly one thing and another for every other number ("1 error", "0 errors", "2 errors").
 */
export interface CountMessage {
  vi: string;
  en: { one: string; other: string };
}
