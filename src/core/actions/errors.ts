/** Errors the actions raise for the user to read: a message key of the translation table and its parameters. */
import { actionsText, type ActionsMessageKey } from "../i18n/actions-messages";
import type { Lang } from "../i18n/types";

export { actionsText };

export type ActionErrorKey = Extract<ActionsMessageKey, `actions.error.${string}`>;

/** A problem the user can fix (an unknown template, a sheet that is not a plan sheet …); `message` is in English. */
export class ActionError extends Error {
  constructor(
    readonly key: ActionErrorKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(actionsText("en", key, params));
    this.name = "ActionError";
  }

  /** The message in the reader's language. */
  say(lang: Lang): string {
    return actionsText(lang, this.key, this.params);
  }
}
