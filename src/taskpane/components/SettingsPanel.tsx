/**
 * The settings area: year, reporting unit, level and language, kept in the workbook — the one place they are set
 * (the views show them in a line with a button that opens this area). Collapsed to one line. The year shown is the
 * report year every view uses (the year resolver's); typing one is the official's choice, used and kept.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef } from "react";
import { t, type Lang } from "../../core/i18n/messages";
import type { Settings } from "../../core/port";
import { yearLabel, yearSourceLabel } from "../state/format";
import type { ReportYear } from "../state/report-year";
import type { PaneSettings, SettingsState } from "../state/settings";
import { ErrorMessage, Notice } from "./Feedback";
import { LanguageField, LevelField, UnitField, YearField } from "./fields";

const useStyles = makeStyles({
  // One field under the other, each with room above it: the year's hint never touches the level list.
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalS,
  },
  // The title keeps its line; the summary after it wraps in the width left (a 320 px pane).
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalXS,
  },
  title: { whiteSpace: "nowrap" },
  summary: { color: tokens.colorNeutralForeground3, minWidth: 0 },
});

/**
 * "Năm 2026 · huyện Tuần Giáo · cấp huyện": the settings in one line, the report year every view uses first (with
 * where it came from when `withSource`).
 */
export function settingsSummary(
  lang: Lang,
  settings: PaneSettings,
  year: ReportYear,
  withSource = false,
): string {
  return t(lang, "pane.settings.summary", {
    year: yearLabel(lang, year, withSource),
    unit: settings.unit.trim() || t(lang, "pane.settings.no-unit"),
    level: t(lang, `level.${settings.level}`),
  });
}

/** The year field's hint: where the year in use came from, or that it is proposed or unknown. */
function yearHint(lang: Lang, year: ReportYear): string | undefined {
  if (year.pending) return undefined;
  if (year.year === undefined) return t(lang, "pane.settings.year.none");
  if (year.source === "proposed") return t(lang, "pane.settings.year.proposed", { year: String(year.year) });
  return t(lang, "pane.settings.year.now", { year: String(year.year), source: yearSourceLabel(lang, year) });
}

export function SettingsPanel(props: {
  lang: Lang;
  settings: PaneSettings;
  /** The report year every view uses. */
  year: ReportYear;
  /** The official types a year: used and kept in the workbook. */
  onChooseYear: (year: number) => void;
  problem: SettingsState["problem"];
  onChange: (patch: Partial<Settings>) => void;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Changes each time a view asks to edit the settings: the year field then takes the focus. */
  editRequest: number;
}) {
  const { lang, settings, year: reportYear, onChange, problem, open, editRequest } = props;
  const styles = useStyles();
  const yearInput = useRef<HTMLInputElement | null>(null);
  const area = useRef<HTMLDivElement>(null);
  // The year takes the focus once its field is there: at once when the area is open, else when it mounts.
  const focusPending = useRef(false);
  const yearRef = useCallback((input: HTMLInputElement | null) => {
    yearInput.current = input;
    if (input && focusPending.current) {
      focusPending.current = false;
      input.focus();
    }
  }, []);
  useEffect(() => {
    if (editRequest === 0) return;
    area.current?.scrollIntoView({ block: "nearest" });
    if (yearInput.current) yearInput.current.focus();
    else focusPending.current = true;
  }, [editRequest]);
  return (
    <>
      <Accordion
        collapsible
        openItems={open ? ["settings"] : []}
        onToggle={(_, data) => props.onOpenChange(data.openItems.includes("settings"))}
      >
        <AccordionItem value="settings" data-testid="settings" ref={area}>
          <AccordionHeader size="small" data-testid="settings-toggle">
            <span className={styles.header}>
              {/* The separator stays with the title, so a summary wrapped at 320 px does not start with "·". */}
              <span className={styles.title}>{`${t(lang, "pane.settings.title")} ·`}</span>
              <Text size={200} className={styles.summary} data-testid="settings-summary">
                {settingsSummary(lang, settings, reportYear)}
              </Text>
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <div className={styles.panel}>
              <YearField
                lang={lang}
                year={reportYear.year}
                hint={yearHint(lang, reportYear)}
                inputRef={yearRef}
                onChange={props.onChooseYear}
              />
              <UnitField lang={lang} unit={settings.unit} onChange={(unit) => onChange({ unit })} />
              <LevelField lang={lang} level={settings.level} onChange={(level) => onChange({ level })} />
              <LanguageField lang={lang} onChange={(l) => onChange({ lang: l })} />
              <Text size={200}>{t(lang, "pane.settings.saved-in-workbook")}</Text>
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {problem?.kind === "load" && <Notice intent="warning">{t(lang, "pane.error.settings")}</Notice>}
      {problem?.kind === "save" && (
        <ErrorMessage error={problem.error} lang={lang} title={t(lang, "pane.error.settings-save")} />
      )}
    </>
  );
}
