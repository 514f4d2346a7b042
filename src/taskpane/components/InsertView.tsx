/**
 * Chèn phụ lục: choose tables, see the sheets that will be added, add them. A table whose sheet of the year is
 * already in the workbook (just inserted, say) is not offered again: inserting it a second time takes a tick of its
 * own, so a second click never adds «Dự báo 2026 (2)» unasked. The year is the workbook's one report year (a 2021
 * workbook is offered «Dự báo 2021», not this year's; a new, empty one this year, proposed visibly; none is asked
 * and nothing is inserted until it is given); the unit and level are the settings'. All three are shown in a line
 * with a button that opens the settings.
 */
import { Button, Checkbox, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { insertTemplates, previewInsert, type InsertPreview } from "../../core/actions/insert";
import { t } from "../../core/i18n/messages";
import { sheetNameFor, templates } from "../../core/templates";
import { useAsyncAction } from "../state/async-action";
import { say, unfinishedSetup } from "../state/format";
import { useSheetNames } from "../state/sheet-names";
import { ErrorMessage, Notice, Working } from "./Feedback";
import { SettingsLine } from "./fields";
import { settingsSummary } from "./SettingsPanel";
import type { ViewProps } from "./types";

/** The two standard tables are what almost every district inserts. */
export const DEFAULT_TEMPLATE_IDS: readonly string[] = ["du-bao", "ke-hoach"];

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  checks: { display: "flex", flexDirection: "column" },
  // An unticked table is a choice, not a disabled one: its label keeps the text colour (Fluent greys it).
  choice: { color: tokens.colorNeutralForeground1 },
  preview: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  renamed: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM },
});

export function InsertView(props: ViewProps) {
  const { port, lang, settings, onEditSettings, active } = props;
  const styles = useStyles();
  const headingId = useId("templates");
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(DEFAULT_TEMPLATE_IDS));
  const [copies, setCopies] = useState(false);
  const sheets = useSheetNames(port, active);
  const insert = useAsyncAction(insertTemplates);

  const { unit, level } = settings;
  const year = props.year.year;
  const existing = sheets.current?.names;
  // Chosen tables whose sheet of this year the workbook already has: left out unless a copy is asked for.
  const present = useMemo(
    () =>
      existing && year !== undefined
        ? templates.filter((tpl) => chosen.has(tpl.id) && existing.includes(sheetNameFor(tpl.id, year)))
        : [],
    [existing, chosen, year],
  );
  const request = useMemo(
    () =>
      year === undefined
        ? undefined
        : {
            // In the offered order, whatever order the boxes were ticked in.
            templateIds: templates
              .map((tpl) => tpl.id)
              .filter((id) => chosen.has(id) && (copies || !present.some((p) => p.id === id))),
            year,
            unit: unit.trim() || undefined,
            level,
          },
    [chosen, copies, present, year, unit, level],
  );
  const preview: InsertPreview[] | undefined = useMemo(
    () => (existing && request ? previewInsert(existing, request) : undefined),
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
    if (!request) return;
    const result = await insert.run(port, request);
    // The new sheets are known here without reading the workbook again (the insert stays within its syncs); the
    // reading follows their headers when a view is next opened (App.tsx reads the workbook then).
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
            label={{ children: lang === "vi" ? tpl.title : tpl.titleEn, className: styles.choice }}
            checked={chosen.has(tpl.id)}
            disabled={busy}
            onChange={(_, data) => toggle(tpl.id, data.checked === true)}
          />
        ))}
      </div>
      <SettingsLine
        lang={lang}
        summary={settingsSummary(lang, settings, props.year, true)}
        onEdit={onEditSettings}
        disabled={busy}
      />

      {present.length > 0 && (
        <div data-testid="insert-present">
          <Text block>
            {say(lang, "pane.insert.present", {
              sheets: present.map((p) => sheetNameFor(p.id, year as number)).join(", "),
            })}
          </Text>
          <Checkbox
            label={{ children: t(lang, "pane.insert.copies"), className: styles.choice }}
            checked={copies}
            disabled={busy}
            onChange={(_, data) => setCopies(data.checked === true)}
            data-testid="insert-copies"
          />
        </div>
      )}

      <div>
        <Text weight="semibold">{t(lang, "pane.insert.preview")}</Text>
        {sheets.read.error !== undefined && !preview ? (
          <ErrorMessage error={sheets.read.error} lang={lang} />
        ) : !props.year.pending && year === undefined ? (
          <Text block data-testid="insert-no-year">
            {t(lang, "pane.insert.no-year")}
          </Text>
        ) : !preview ? (
          <Working label={t(lang, "pane.insert.preview.loading")} />
        ) : preview.length === 0 ? (
          <Text block>
            {t(lang, present.length > 0 ? "pane.insert.preview.all-present" : "pane.insert.preview.none")}
          </Text>
        ) : (
          <ul
            className={styles.preview}
            aria-label={t(lang, "pane.insert.preview")}
            data-testid="insert-preview"
          >
            {preview.map((p) => (
              <li key={p.sheetName}>
                {p.sheetName}
                {p.sheetName !== sheetNameFor(p.templateId, year as number) && (
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
          disabled={busy || !preview || !request || request.templateIds.length === 0}
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
