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

/** What inserting the chosen tables would do: the chosen tables already there, the request, the sheets it adds. */
function useInsertRequest(
  chosen: ReadonlySet<string>,
  copies: boolean,
  existing: readonly string[] | undefined,
  /** Names of sheets that are not listed (chart sheets…) but that no new sheet may take. */
  taken: readonly string[] | undefined,
  year: number | undefined,
  settings: ViewProps["settings"],
) {
  const { unit, level } = settings;
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
    () => (existing && request ? previewInsert([...existing, ...(taken ?? [])], request) : undefined),
    [existing, taken, request],
  );
  return { present, request, preview };
}

/**
 * The inserted tables' headers name the year: where the year shown came from neither headers nor the user's choice
 * (a new workbook's proposed year, the settings' year, a title's), the workbook is read again after an insert so that
 * the year line says where the year now comes from. Otherwise nothing it shows changes (the year inserted is the one
 * shown), and the insert stays within its own syncs.
 */
function yearFollowsInsert(year: ViewProps["year"]): boolean {
  return year.pending || (year.source !== "header" && year.source !== "user");
}

export function InsertView(props: ViewProps) {
  const { port, lang, settings, onEditSettings, active } = props;
  const styles = useStyles();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(DEFAULT_TEMPLATE_IDS));
  const [copies, setCopies] = useState(false);
  const sheets = useSheetNames(port, active);
  const insert = useAsyncAction(insertTemplates);
  const year = props.year.year;
  const { present, request, preview } = useInsertRequest(
    chosen,
    copies,
    sheets.current?.names,
    sheets.current?.taken,
    year,
    settings,
  );

  const onInsert = async () => {
    if (!request) return;
    const result = await insert.run(port, request);
    if (!result) return;
    sheets.add(result.sheets); // known without reading the workbook again
    if (yearFollowsInsert(props.year)) props.workbook.refresh();
  };

  const busy = insert.state.running;
  const done = insert.state.result;
  return (
    <section className={styles.view} aria-label={t(lang, "pane.insert.title")}>
      <TemplateChoice lang={lang} chosen={chosen} setChosen={setChosen} busy={busy} />
      <SettingsLine
        lang={lang}
        summary={settingsSummary(lang, settings, props.year, true)}
        onEdit={onEditSettings}
        disabled={busy}
      />

      {present.length > 0 && (
        <PresentCopies
          lang={lang}
          sheets={present.map((p) => sheetNameFor(p.id, year as number))}
          copies={copies}
          setCopies={setCopies}
          busy={busy}
        />
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
        ) : (
          <PreviewList lang={lang} preview={preview} year={year as number} anyPresent={present.length > 0} />
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
      {done && <InsertOutcome lang={lang} done={done} />}
    </section>
  );
}

/** The tables offered, ticked or not. */
function TemplateChoice(props: {
  lang: ViewProps["lang"];
  chosen: ReadonlySet<string>;
  setChosen: (update: (prev: ReadonlySet<string>) => ReadonlySet<string>) => void;
  busy: boolean;
}) {
  const { lang, chosen, busy } = props;
  const styles = useStyles();
  const headingId = useId("templates");
  const toggle = (id: string, on: boolean) =>
    props.setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
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
  );
}

/** The chosen tables whose sheet of the year is there already, and the tick that inserts them again. */
function PresentCopies(props: {
  lang: ViewProps["lang"];
  sheets: readonly string[];
  copies: boolean;
  setCopies: (copies: boolean) => void;
  busy: boolean;
}) {
  const { lang } = props;
  const styles = useStyles();
  return (
    <div data-testid="insert-present">
      <Text block>{say(lang, "pane.insert.present", { sheets: props.sheets.join(", ") })}</Text>
      <Checkbox
        label={{ children: t(lang, "pane.insert.copies"), className: styles.choice }}
        checked={props.copies}
        disabled={props.busy}
        onChange={(_, data) => props.setCopies(data.checked === true)}
        data-testid="insert-copies"
      />
    </div>
  );
}

/** The sheets the insert adds (a name taken already gets a number, and is said to). */
function PreviewList(props: {
  lang: ViewProps["lang"];
  preview: readonly InsertPreview[];
  year: number;
  anyPresent: boolean;
}) {
  const { lang, preview, year } = props;
  const styles = useStyles();
  if (preview.length === 0)
    return (
      <Text block>
        {t(lang, props.anyPresent ? "pane.insert.preview.all-present" : "pane.insert.preview.none")}
      </Text>
    );
  return (
    <ul className={styles.preview} aria-label={t(lang, "pane.insert.preview")} data-testid="insert-preview">
      {preview.map((p) => (
        <li key={p.sheetName}>
          {p.sheetName}
          {p.sheetName !== sheetNameFor(p.templateId, year) && (
            <span className={styles.renamed}> {t(lang, "pane.insert.preview.renamed")}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The sheets added, and what of their setup could not be done. */
function InsertOutcome(props: {
  lang: ViewProps["lang"];
  done: { sheets: string[]; unfinished: Parameters<typeof unfinishedSetup>[0] };
}) {
  const { lang, done } = props;
  return (
    <>
      <Notice>
        {say(lang, "pane.insert.done", { count: done.sheets.length, sheets: done.sheets.join(", ") })}
      </Notice>
      {unfinishedSetup(done.unfinished, lang).map((line) => (
        <Notice key={line} intent="warning">
          {line}
        </Notice>
      ))}
    </>
  );
}
