/// <reference types="office-js" />
/**
 * The records the add-in keeps in the workbook, in the document settings (`Office.context.document.settings`): the
 * pane's settings (SETTINGS_KEY), the marks' previous fills (MARKS_KEY, marks.ts) and the last quick fix's undo
 * record (UNDO_KEY, cell-states.ts).
 *
 * What the documentation says, and what follows:
 * - The bag is "a serialized JSON object that contains name/value pairs", kept in the document and saved whole by
 *   `saveAsync` ("Persist add-in state and settings"); `get`, `set` and `remove` work on the pane's in-memory copy
 *   only. Office supports at most 2 MB of settings (OfficeDev/office-js#621, the maintainers quoting the
 *   Settings.set reference), and Excel on Windows has refused bags well under that (office-js#3957). So the records
 *   are budgeted together, as the UTF-8 bytes of the whole bag's JSON — the form it is saved in: a record kept as
 *   a JSON string has its quotes escaped there, and a Vietnamese letter takes 2 or 3 bytes — and kept under
 *   STORE_BUDGET_BYTES, half of Office's limit.
 * - `Settings` cannot list its names. The budget therefore weighs every name this adapter writes (STORE_KEYS), each
 *   by the value the bag holds now, whatever fields it has (a newer pane may keep more in its settings).
 * - A failed `saveAsync` (Common API error 4001, "Save Settings Error") leaves the in-memory copy as it was: the
 *   record still serves while the pane stays open, and is gone once the workbook is closed. Saving is therefore a
 *   result to tell the official, not an exception (saveStore).
 */
import { PortError } from "../core/port";
import { UNDO_KEY } from "./cell-states";
import type { OfficeHost } from "./host";
import { MARKS_KEY } from "./marks";

export const SETTINGS_KEY = "phuluc.settings";

/** Every name this adapter writes into the document settings (a test keeps this list complete). */
export const STORE_KEYS: readonly string[] = [SETTINGS_KEY, MARKS_KEY, UNDO_KEY];

/** The most the records may weigh together, in UTF-8 bytes of the bag's JSON: half of Office's 2 MB. */
export const STORE_BUDGET_BYTES = 1_000_000;

const encoder = new TextEncoder();

/** What the bag would weigh with `changes` made (a name set to undefined is removed), in UTF-8 bytes of its JSON. */
export function storeBytes(host: OfficeHost, changes: Record<string, string | undefined> = {}): number {
  const bag: Record<string, unknown> = {};
  for (const key of STORE_KEYS) {
    const value = key in changes ? changes[key] : rawSetting(host, key);
    if (value !== undefined && value !== null) bag[key] = value;
  }
  return encoder.encode(JSON.stringify(bag)).length;
}

/** Whether the bag stays within STORE_BUDGET_BYTES with `changes` made. */
export function fitsStore(host: OfficeHost, changes: Record<string, string | undefined>): boolean {
  return storeBytes(host, changes) <= STORE_BUDGET_BYTES;
}

/** The value kept under `key` as the bag holds it (undefined when there is none or it cannot be read). */
export function rawSetting(host: OfficeHost, key: string): unknown {
  try {
    return host.settings.get(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** A JSON value kept under `key` (stored as a JSON string; an object stored by an older version is accepted). */
export function readJsonSetting(host: OfficeHost, key: string): unknown {
  const raw = rawSetting(host, key);
  if (typeof raw !== "string") return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** Sets `key` in the in-memory bag, or removes it for undefined. */
export function putSetting(host: OfficeHost, key: string, value: string | undefined): void {
  try {
    if (value === undefined) host.settings.remove(key);
    else host.settings.set(key, value);
  } catch (error) {
    throw new PortError("unknown", error instanceof Error ? error.message : String(error), { cause: error });
  }
}

/** `Office.AsyncResultStatus.Failed` is the string "failed" at run time (the typings declare a numeric enum). */
function isFailed(status: unknown): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return (
    status === "failed" ||
    (office?.AsyncResultStatus !== undefined && status === office.AsyncResultStatus.Failed)
  );
}

/** Writes the in-memory bag into the document (`saveAsync`); rejects with PortError "unknown" when it fails. */
export function saveSettingsBag(host: OfficeHost): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      host.settings.saveAsync((result) => {
        if (result && isFailed(result.status)) {
          reject(
            new PortError("unknown", result.error?.message ?? "settings.saveAsync failed", {
              cause: result.error,
            }),
          );
        } else {
          resolve();
        }
      });
    } catch (error) {
      reject(
        new PortError("unknown", error instanceof Error ? error.message : String(error), { cause: error }),
      );
    }
  });
}

/**
 * Saves the bag for a record whose cells are written anyway: true when the document has it, false when Office
 * refused (the record then lives in the pane's memory only). Only a PortError of the save counts as a refusal.
 */
export async function saveStore(host: OfficeHost): Promise<boolean> {
  try {
    await saveSettingsBag(host);
    return true;
  } catch (error) {
    if (error instanceof PortError) return false;
    throw error;
  }
}
