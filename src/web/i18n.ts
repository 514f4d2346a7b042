/**
 * The web page's strings come from the one translation table (src/core/i18n); `tw` renders them the way the pane's
 * `say` does, numbers written the reader's way (1.234 in Vietnamese).
 */
import type { WebMessageKey } from "../core/i18n/web-messages";
import { say } from "../taskpane/state/format";
import type { Lang } from "../core/i18n/messages";

export type { WebMessageKey };

export function tw(lang: Lang, key: WebMessageKey, params: Record<string, string | number> = {}): string {
  return say(lang, key, params);
}
