/**
 * `Office.context.document.settings` as Office documents it, for both faces of the fake host (the adapter tests'
 * mock in support.ts and the browser-side host in test/office-host/host.ts):
 *
 * - `get` returns null for a name that is not there; `set` and `remove` change only the pane's in-memory copy, and
 *   `saveAsync` writes the whole copy into the document ("Persist add-in state and settings": "The get, set, and
 *   remove methods operate only on the in-memory copy of the settings property bag").
 * - The bag is kept as "a serialized JSON object that contains name/value pairs" (same page): a value is stored as
 *   its JSON, so a value JSON cannot hold fails at `set`.
 * - `saveAsync` refuses a bag over SETTINGS_LIMIT_BYTES: Office supports at most 2 MB of settings (the maintainers
 *   in OfficeDev/office-js#621, quoting the Settings.set reference), counted here as the UTF-8 bytes of the whole
 *   bag's JSON — the form it is saved in, where a record kept as a JSON string has its quotes escaped and a
 *   Vietnamese letter takes 2 or 3 bytes. Excel on Windows has been seen to refuse well below that
 *   (OfficeDev/office-js#3957): the adapter's own budget is 1 MB. The refusal is the Common API error 4001, "Save
 *   Settings Error" ("Office Common API error codes"), given to the callback as a failed AsyncResult.
 * - The callback runs after the call returns, as Office's asynchronous methods do.
 */

/** The most a document's settings may hold, in UTF-8 bytes of the bag's JSON. */
export const SETTINGS_LIMIT_BYTES = 2 * 1024 * 1024;

/** Office's AsyncResult, as the callback of saveAsync and refreshAsync receives it. */
export interface FakeAsyncResult {
  status: "succeeded" | "failed";
  value: unknown;
  error?: { code: number; name: string; message: string };
}

type Callback = (result: FakeAsyncResult) => void;

/** UTF-8 length of a string (what the bag weighs in the file). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export class FakeSettings {
  private readonly working = new Map<string, string>();
  private readonly saved = new Map<string, string>();
  /** Calls of saveAsync, whether they succeeded or not. */
  readonly saves = { count: 0, failed: 0 };
  /** Every name the add-in ever set (a test checks that the adapter's budget knows them all). */
  readonly namesSet = new Set<string>();
  /** A document that cannot be saved at all (read-only, or a failing host): every saveAsync fails with 4001. */
  refuseSaves = false;

  constructor(saved: Record<string, unknown> = {}) {
    for (const [name, value] of Object.entries(saved)) {
      this.saved.set(name, JSON.stringify(value));
      this.working.set(name, JSON.stringify(value));
    }
  }

  readonly get = (name: string): unknown => {
    const json = this.working.get(name);
    return json === undefined ? null : (JSON.parse(json) as unknown);
  };

  readonly set = (name: string, value: unknown): void => {
    const json = JSON.stringify(value);
    if (json === undefined) throw new TypeError(`settings: ${name} cannot be stored as JSON`);
    this.namesSet.add(name);
    this.working.set(name, json);
  };

  readonly remove = (name: string): void => {
    this.working.delete(name);
  };

  /** `saveAsync([options], [callback])`. */
  readonly saveAsync = (...args: unknown[]): void => {
    const callback = args.find((a) => typeof a === "function") as Callback | undefined;
    this.saves.count++;
    const bytes = this.bytes();
    const refused = this.refuseSaves || bytes > SETTINGS_LIMIT_BYTES;
    if (refused) this.saves.failed++;
    else {
      this.saved.clear();
      for (const [k, v] of this.working) this.saved.set(k, v);
    }
    setTimeout(() =>
      callback?.(
        refused
          ? {
              status: "failed",
              value: undefined,
              error: { code: 4001, name: "Save Settings Error", message: "The settings could not be saved." },
            }
          : { status: "succeeded", value: undefined },
      ),
    );
  };

  /** `refreshAsync([callback])`: the in-memory copy becomes the saved one again. */
  readonly refreshAsync = (callback?: Callback): void => {
    this.working.clear();
    for (const [k, v] of this.saved) this.working.set(k, v);
    setTimeout(() => callback?.({ status: "succeeded", value: this }));
  };

  readonly addHandlerAsync = (_type: unknown, _handler: unknown, callback?: Callback): void => {
    setTimeout(() => callback?.({ status: "succeeded", value: undefined }));
  };

  /** UTF-8 bytes of the in-memory bag's JSON. */
  bytes(): number {
    return utf8Bytes(JSON.stringify(this.workingEntries()));
  }

  /** The in-memory copy (what the pane sees now). */
  workingEntries(): Record<string, unknown> {
    return Object.fromEntries([...this.working].map(([k, v]) => [k, JSON.parse(v) as unknown]));
  }

  /** What the document holds (what survives closing the pane). */
  savedEntries(): Record<string, unknown> {
    return Object.fromEntries([...this.saved].map(([k, v]) => [k, JSON.parse(v) as unknown]));
  }

  has(name: string): boolean {
    return this.working.has(name);
  }
}
