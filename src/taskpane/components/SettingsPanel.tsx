/** The settings area: year, reporting unit, level and language, kept in the workbook. Collapsed to one line. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { t, type Lang } from "../../core/i18n/messages";
import type { Settings } from "../../core/port";
import type { PaneSettings, SettingsState } from "../state/settings";
import { ErrorMessage, Notice } from "./Feedback";
import { LanguageField, LevelField, UnitField, YearField } from "./fields";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
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

export function SettingsPanel(props: {
  lang: Lang;
  settings: PaneSettings;
  problem: SettingsState["problem"];
  onChange: (patch: Partial<Settings>) => void;
}) {
  const { lang, settings, onChange, problem } = props;
  const styles = useStyles();
  const summary = t(lang, "pane.settings.summary", {
    year: String(settings.year),
    unit: settings.unit.trim() || t(lang, "pane.settings.no-unit"),
    level: t(lang, `level.${settings.level}`),
  });
  return (
    <>
      <Accordion collapsible>
        <AccordionItem value="settings" data-testid="settings">
          <AccordionHeader size="small" data-testid="settings-toggle">
            <span className={styles.header}>
              {/* The separator stays with the title, so a summary wrapped at 320 px does not start with "·". */}
              <span className={styles.title}>{`${t(lang, "pane.settings.title")} ·`}</span>
              <Text size={200} className={styles.summary} data-testid="settings-summary">
                {summary}
              </Text>
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <div className={styles.panel}>
              <YearField lang={lang} year={settings.year} onChange={(year) => onChange({ year })} />
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
