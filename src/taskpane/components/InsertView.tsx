/** Chèn phụ lục: choose tables, see the sheets that will be added, add them. */
import { Button, Checkbox, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { insertTemplates, previewInsert, type InsertPreview } from "../../core/actions/insert";
import { t } from "../../core/i18n/messages";
import { sheetNameFor, templates } from "../../core/templates";
import { useAsyncAction } from "../state/async-action";
import { say, unfinishedSetup } from "../state/format";
import { useSheetNames } from "../state/sheet-names";
import { ErrorMessage, Notice, Working } from "./Feedback";
import { LevelField, UnitField, YearField } from "./fields";
import type { ViewProps } from "./types";

/** The two standard tables are what almost every district inserts. */
export const DEFAULT_TEMPLATE_IDS: readonly string[] = ["du-bao", "ke-hoach"];

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  checks: { display: "flex", flexDirection: "column" },
  preview: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  renamed: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM },
});

export function InsertView(props: ViewProps) {
  const { port, lang, settings, onSettingsChange, active } = props;
  const styles = useStyles();
  const headingId = useId("templates");
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(DEFAULT_TEMPLATE_IDS));
  const sheets = useSheetNames(port, active);
  const insert = useAsyncAction(insertTemplates);

  const { year, unit, level } = settings;
  const request = useMemo(
    () => ({
      // In the offered order, whatever order the boxes were ticked in.
      templateIds: templates.map((tpl) => tpl.id).filter((id) => chosen.has(id)),
      year,
      unit: unit.trim() || undefined,
      level,
    }),
    [chosen, year, unit, level],
  );
  const existing = sheets.current?.names;
  const preview: InsertPreview[] | undefined = useMemo(
    () => (existing ? previewInsert(existing, request) : undefined),
    [existing, request],
  );

  const toggle = (id: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const onInsert = async () => {
    const result = await insert.run(port, request);
    if (result) sheets.add(result.sheets);
  };

  const busy = insert.state.running;
  const done = insert.state.result;
  return (
    <section className={styles.view} aria-label={t(lang, "pane.insert.title")}>
      <div className={styles.checks} role="group" aria-labelledby={headingId}>
        <Text id={headingId} weight="semibold">
          {t(lang, "pane.insert.templates")}
        </Text>
        {templates.map((tpl) => (
          <Checkbox
            key={tpl.id}
            label={lang === "vi" ? tpl.title : tpl.titleEn}
            checked={chosen.has(tpl.id)}
            disabled={busy}
            onChange={(_, data) => toggle(tpl.id, data.checked === true)}
          />
        ))}
      </div>
      <YearField
        lang={lang}
        year={settings.year}
        disabled={busy}
        onChange={(year) => onSettingsChange({ year })}
      />
      <UnitField
        lang={lang}
        unit={settings.unit}
        disabled={busy}
        onChange={(unit) => onSettingsChange({ unit })}
      />
      <LevelField
        lang={lang}
        level={settings.level}
        disabled={busy}
        onChange={(level) => onSettingsChange({ level })}
      />

      <div>
        <Text weight="semibold">{t(lang, "pane.insert.preview")}</Text>
        {sheets.read.error !== undefined && !preview ? (
          <ErrorMessage error={sheets.read.error} lang={lang} />
        ) : !preview ? (
          <Working label={t(lang, "pane.insert.preview.loading")} />
        ) : preview.length === 0 ? (
          <Text block>{t(lang, "pane.insert.preview.none")}</Text>
        ) : (
          <ul
            className={styles.preview}
            aria-label={t(lang, "pane.insert.preview")}
            data-testid="insert-preview"
          >
            {preview.map((p) => (
              <li key={p.sheetName}>
                {p.sheetName}
                {p.sheetName !== sheetNameFor(p.templateId, settings.year) && (
                  <span className={styles.renamed}> {t(lang, "pane.insert.preview.renamed")}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy || !preview || request.templateIds.length === 0}
          onClick={onInsert}
          data-testid="insert-run"
        >
          {t(lang, "pane.insert.button")}
        </Button>
        {busy && <Working label={t(lang, "pane.insert.running")} />}
      </div>
      {insert.state.error !== undefined && <ErrorMessage error={insert.state.error} lang={lang} />}
      {done && (
        <Notice>
          {say(lang, "pane.insert.done", { count: done.sheets.length, sheets: done.sheets.join(", ") })}
        </Notice>
      )}
      {done &&
        unfinishedSetup(done.unfinished, lang).map((line) => (
          <Notice key={line} intent="warning">
            {line}
          </Notice>
        ))}
    </section>
  );
}
