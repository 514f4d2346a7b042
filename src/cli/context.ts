/** What every command gets: the language, the writers, and the error type for expected input problems. */
import type { Lang, MessageKey } from "../core/i18n/messages";

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Asks a question on a terminal and gives the answer; absent when there is no one to ask (a pipe, a script). */
  ask?: (question: string) => Promise<string>;
}

/** An expected problem with the user's input: one line, exit code 2. */
export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

export interface Context {
  lang: Lang;
  io: Output;
  say: (key: MessageKey, params?: Record<string, string | number>) => string;
}
