import type { Lang } from "../../core/i18n/messages";
import type { ColumnCorrection } from "../../core/model/sheet";
import type { WorkbookPort } from "../../core/port";
import type { ReportYear } from "../state/report-year";
import type { PaneSettings, SettingsPatch } from "../state/settings";
import type { WorkbookReadingView } from "../state/workbook-reading";

/** Where the pane runs: inside Excel, or in the web page over an .xlsx file. */
export type Host = "excel" | "web";

/** A change of a column's reading: the user's correction, or the header's reading back. */
export type ReadingChange = { correction: ColumnCorrection } | { reset: { sheet: string; col: string } };

/** What App hands every view. */
export interface ViewProps {
  port: WorkbookPort;
  lang: Lang;
  settings: PaneSettings;
  onSettingsChange: (patch: SettingsPatch) => void;
  /** Opens the settings area (the one place year, unit, level and language are set), the year focused. */
  onEditSettings: () => void;
  /** True while the view is the one shown; views read the workbook when they become active. */
  active: boolean;
  host: Host;
  /** The one report year of the workbook, as every view shows and uses it. */
  year: ReportYear;
  /** The year the official chose in this session, passed to the actions that resolve the year themselves. */
  userYear?: number;
  /** The official chooses the report year: used from now on, and kept in the workbook. */
  onChooseYear: (year: number) => void;
  /** How the workbook's tables are read (and a way to read it again after a view changed it). */
  workbook: WorkbookReadingView;
  /** Stores a column's reading the official chose (or drops it), in the workbook's settings. */
  onReadingChange: (change: ReadingChange) => void;
}
