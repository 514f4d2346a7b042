/**
 * The web page's strings, from its parts of the one translation table (src/core/i18n: web-messages.ts and the page's
 * consolidation lines in consolidate-messages.ts), rendered as the pane's `say` renders them: numbers written the
 * reader's way (1.234 in Vietnamese). Only these parts are in the page's first chunk; the pane's strings come with
 * the pane.
 */
import { consolidateMessages } from "../core/i18n/consolidate-messages";
import { readerParams } from "../core/i18n/numbers";
import { fillParams } from "../core/i18n/params";
import type { Lang } from "../core/i18n/types";
import { webMessages, type WebMessageKey as PageMessageKey } from "../core/i18n/web-messages";

type ConsolidateKey = Extract<keyof typeof consolidateMessages, `web.${string}`>;
export type WebMessageKey = PageMessageKey | ConsolidateKey;

export function tw(lang: Lang, key: WebMessageKey, params: Record<string, string | number> = {}): string {
  const message =
    key in webMessages ? webMessages[key as PageMessageKey] : consolidateMessages[key as ConsolidateKey];
  return fillParams(message[lang], readerParams(params, lang));
}
