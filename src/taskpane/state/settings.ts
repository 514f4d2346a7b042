/**
 * The pane's settings (year, reporting unit, level, language, the columns' readings the user corrected): loaded once
 * from the workbook at start, saved back on every change. `stored` is exactly what the workbook holds; `effective`
 * fills the unit, level and language with defaults, which are never written into the workbook behind the official's
 * back. The year has no default: the report year every view uses is the year resolver's (report-year.ts), and the
 * year kept here is one the official chose or confirmed.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef } from "react";
import type { AdminLevel } from "../../core/catalog/types";
import type { Lang } from "../../core/i18n/messages";
import type { Settings, WorkbookPort } from "../../core/port";
import { isLang, validSettings } from "../../core/settings";
import { latestWins } from "./latest-wins";

export interface PaneSettings {
  /** The year the official chose or confirmed, as the workbook keeps it (not necessarily the one used). */
  year?: number;
  unit: string;
  level: AdminLevel;
  lang: Lang;
}

export interface SettingsDefaults {
  lang: Lang;
}

export { MAX_YEAR, MIN_YEAR, isValidYear, parseYear } from "../../core/settings";

/** The stored settings (checked again: a port need not be one of ours), with defaults where they say nothing. */
export function effectiveSettings(stored: Settings, defaults: SettingsDefaults): PaneSettings {
  const valid = validSettings(stored);
  return {
    ...(valid.year !== undefined ? { year: valid.year } : {}),
    unit: valid.unit ?? "",
    level: valid.level ?? "huyen",
    lang: valid.lang ?? (isLang(defaults.lang) ? defaults.lang : "vi"),
  };
}

export interface SettingsState {
  loaded: boolean;
  stored: Settings;
  /** Set when loading or saving failed; the pane keeps working with what it has. */
  problem?: { kind: "load" } | { kind: "save"; error: unknown };
}

export type SettingsEvent =
  | { type: "loaded"; stored: Settings }
  | { type: "load-failed" }
  /** The settings as they are now to be saved (the patch already applied). */
  | { type: "changed"; stored: Settings }
  | { type: "save-failed"; error: unknown };

export function settingsReducer(state: SettingsState, event: SettingsEvent): SettingsState {
  switch (event.type) {
    case "loaded":
      // Changes made while loading win over what was loaded.
      return { loaded: true, stored: { ...event.stored, ...state.stored } };
    case "load-failed":
      return { ...state, loaded: true, problem: { kind: "load" } };
    case "changed":
      return { ...state, stored: event.stored, problem: undefined };
    case "save-failed":
      return { ...state, problem: { kind: "save", error: event.error } };
  }
}

/** A change of the settings: the fields to set, or a function of what the workbook holds (the readings). */
export type SettingsPatch = Partial<Settings> | ((stored: Settings) => Settings);

export interface UseSettings {
  loaded: boolean;
  settings: PaneSettings;
  /** Exactly what the workbook holds (or will, once the saves under way are done). */
  stored: Settings;
  problem: SettingsState["problem"];
  update: (patch: SettingsPatch) => void;
}

export function useSettings(port: WorkbookPort, defaults: SettingsDefaults): UseSettings {
  const [state, dispatch] = useReducer(settingsReducer, { loaded: false, stored: {} });
  /** What the workbook will hold after the saves under way: `update` merges into it between renders. */
  const storedRef = useRef(state.stored);
  useLayoutEffect(() => {
    storedRef.current = state.stored;
  }, [state.stored]);

  useEffect(() => {
    let live = true;
    port.loadSettings().then(
      (stored) => live && dispatch({ type: "loaded", stored: stored ?? {} }),
      () => live && dispatch({ type: "load-failed" }),
    );
    return () => {
      live = false;
    };
  }, [port]);

  const save = useMemo(
    () =>
      latestWins<Settings>(
        (s) => port.saveSettings(s),
        (error) => dispatch({ type: "save-failed", error }),
      ),
    [port],
  );

  const update = useCallback(
    (patch: SettingsPatch) => {
      const next =
        typeof patch === "function" ? patch(storedRef.current) : { ...storedRef.current, ...patch };
      storedRef.current = next;
      dispatch({ type: "changed", stored: next });
      save(next);
    },
    [save],
  );

  const { lang } = defaults;
  const settings = useMemo(() => effectiveSettings(state.stored, { lang }), [state.stored, lang]);
  return { loaded: state.loaded, settings, stored: state.stored, problem: state.problem, update };
}
