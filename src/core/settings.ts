/**
 * The pane's settings as a workbook keeps them, checked in one place. A workbook's settings are data from outside
 * (typed by hand, written by an older or newer version, or edited in the hidden sheet): every adapter passes what it
 * reads through `validSettings`, so nothing downstream ever sees a `lang: "fr"` or a year 20255.
 */
import type { AdminLevel } from "./catalog/types";
import type { Lang } from "./i18n/messages";
import type { Settings } from "./port";
import { isYear, MAX_YEAR, MIN_YEAR, parseYear } from "./text/year";

/** The year rule is src/core/text/year.ts: re-exported here for the faces that read settings. */
export { MAX_YEAR, MIN_YEAR, parseYear };

export const LANGS: readonly Lang[] = ["vi", "en"];
export const LEVELS: readonly AdminLevel[] = ["xa", "huyen", "tinh"];

export function isValidYear(year: unknown): year is number {
  return isYear(year);
}

export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

export function isAdminLevel(value: unknown): value is AdminLevel {
  return (LEVELS as readonly unknown[]).includes(value);
}

/** The longest reporting-unit name kept (a district's full name is under 100 characters). */
export const MAX_UNIT_LENGTH = 200;

/**
 * What is usable in stored settings: each known field kept when its value is valid, everything else dropped (an
 * unknown language, a level from another scheme, a year out of range, fields of other versions).
 */
export function validSettings(raw: unknown): Settings {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return {};
  const s = raw as Record<string, unknown>;
  const out: Settings = {};
  if (isValidYear(s.year)) out.year = s.year;
  if (typeof s.unit === "string") out.unit = s.unit.slice(0, MAX_UNIT_LENGTH);
  if (isAdminLevel(s.level)) out.level = s.level;
  if (isLang(s.lang)) out.lang = s.lang;
  return out;
}
