/**
 * The pane's settings as a workbook keeps them, checked in one place. A workbook's settings are data from outside
 * (typed by hand, written by an older or newer version, or edited in the hidden sheet): every adapter passes what it
 * reads through `validSettings`, so nothing downstream ever sees a `lang: "fr"` or a year 20255.
 */
import type { AdminLevel } from "./catalog/types";
import type { Lang } from "./i18n/messages";
import type { ColumnCorrection, WorkbookModel } from "./model/sheet";
import type { Settings } from "./port";
import { parseReading } from "./tables/header-grammar/reading";
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

/** Corrections kept at most (a workbook has a few tables of a dozen columns: the record stays small). */
export const MAX_CORRECTIONS = 300;

/** A stored correction that can be applied: a sheet, column letters, and a reading in the notation. */
function validCorrection(raw: unknown): ColumnCorrection | undefined {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return undefined;
  const c = raw as Record<string, unknown>;
  if (typeof c.sheet !== "string" || c.sheet === "" || c.sheet.length > 31) return undefined;
  if (typeof c.col !== "string" || !/^[A-Z]{1,3}$/.test(c.col)) return undefined;
  if (typeof c.reading !== "string" || c.reading.length > 120) return undefined;
  if (!parseReading(c.reading, (letters) => (/^[A-Z]{1,3}$/.test(letters) ? 0 : undefined))) return undefined;
  return { sheet: c.sheet, col: c.col, reading: c.reading };
}

/**
 * The workbook model with what its settings keep of the user's reading attached: the report year on the workbook,
 * each sheet's column corrections on that sheet. What the model carried before is replaced (a face applies newer
 * settings to a model it read earlier); a model already so is returned as it was.
 */
export function withStoredReading(workbook: WorkbookModel, settings: Settings): WorkbookModel {
  const readings = settings.readings ?? [];
  let changed = workbook.storedYear !== settings.year;
  const sheets = workbook.sheets.map((sheet) => {
    const corrections = readings
      .filter((c) => c.sheet === sheet.name)
      .map(({ col, reading }) => ({ col, reading }));
    if (corrections.length > 0) {
      changed = true;
      return { ...sheet, corrections };
    }
    if (sheet.corrections === undefined) return sheet;
    changed = true;
    const rest = { ...sheet };
    delete rest.corrections;
    return rest;
  });
  if (!changed) return workbook;
  const out: WorkbookModel = { ...workbook, sheets };
  if (settings.year !== undefined) out.storedYear = settings.year;
  else delete out.storedYear;
  return out;
}

/** The settings with the corrections added: one per sheet and column, a column corrected again keeps the later one. */
export function withCorrections(settings: Settings, corrections: readonly ColumnCorrection[]): Settings {
  if (corrections.length === 0) return settings;
  const kept = (settings.readings ?? []).filter(
    (c) => !corrections.some((n) => n.sheet === c.sheet && n.col === c.col),
  );
  return { ...settings, readings: [...kept, ...corrections] };
}

/** The settings without the user's correction of a column (its header's reading stands again). */
export function withoutCorrection(settings: Settings, sheet: string, col: string): Settings {
  const readings = (settings.readings ?? []).filter((c) => !(c.sheet === sheet && c.col === col));
  const out: Settings = { ...settings };
  if (readings.length > 0) out.readings = readings;
  else delete out.readings;
  return out;
}

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
  if (Array.isArray(s.readings)) {
    // One correction per column: the last one given wins.
    const byColumn = new Map<string, ColumnCorrection>();
    for (const raw of s.readings) {
      const c = validCorrection(raw);
      if (c) byColumn.set(`${c.sheet}\u0000${c.col}`, c);
    }
    const readings = [...byColumn.values()].slice(-MAX_CORRECTIONS);
    if (readings.length > 0) out.readings = readings;
  }
  return out;
}
