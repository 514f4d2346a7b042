import type { Lang } from "../../core/i18n/messages";
import type { Settings, WorkbookPort } from "../../core/port";
import type { PaneSettings } from "../state/settings";

/** Where the pane runs: inside Excel, or in the web page over an .xlsx file. */
export type Host = "excel" | "web";

/** What App hands every view. */
export interface ViewProps {
  port: WorkbookPort;
  lang: Lang;
  settings: PaneSettings;
  onSettingsChange: (patch: Partial<Settings>) => void;
  /** Opens the settings area (the one place year, unit, level and language are set), the year focused. */
  onEditSettings: () => void;
  /** True while the view is the one shown; views read the workbook when they become active. */
  active: boolean;
  host: Host;
}
