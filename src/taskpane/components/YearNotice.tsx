/**
 * What the pane must tell of the report year, above every view: a workbook whose tables name no year (the year is
 * asked, with a field right there), a year kept in the settings that the workbook contradicts (told, not applied,
 * with the way to keep either), a year the official chose that the workbook contradicts, tables naming several
 * years. Nothing when the year is plain. The texts say which year every view uses.
 */
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { t, type Lang } from "../../core/i18n/messages";
import { parseYear } from "../../core/settings";
import type { ReportYear } from "../state/report-year";
import { ErrorMessage, Notice } from "./Feedback";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  field: { maxWidth: "9em" },
  // A four-digit year: the input's own default width (about 20 characters) ran under the confirm button at 320 px.
  input: { width: "7em", minWidth: 0 },
});

/** «tiêu đề cột», «tên bảng»: where in the workbook a year is written. */
function whereText(lang: Lang, source: "header" | "title"): string {
  return t(lang, `pane.year.where.${source}`);
}

/** Distinct years, in order, «2021, 2022». */
function yearsText(years: readonly number[]): string {
  return [...new Set(years)].join(", ");
}

export function YearNotice(props: {
  lang: Lang;
  year: ReportYear;
  /** The year the settings keep. */
  stored?: number;
  /** The workbook could not be read. */
  readError?: unknown;
  onChooseYear: (year: number) => void;
  /** Keeps the workbook's own year in the settings (and drops a choice of this session). */
  onKeepWorkbookYear: (year: number) => void;
  onEditSettings: () => void;
}) {
  const { lang, year } = props;
  const styles = useStyles();
  if (props.readError !== undefined && year.year === undefined)
    return <ErrorMessage error={props.readError} lang={lang} title={t(lang, "pane.year.read-failed")} />;
  if (year.pending) return null;
  if (year.year === undefined)
    return (
      <div data-testid="year-notice" data-kind="ask">
        <Notice intent="warning">
          <div className={styles.body}>
            <span>{t(lang, "pane.year.ask")}</span>
            <AskYear lang={lang} onChooseYear={props.onChooseYear} />
          </div>
        </Notice>
      </div>
    );
  const used = String(year.year);
  if (year.storedDiffers !== undefined && (year.source === "header" || year.source === "title")) {
    const stored = year.storedDiffers;
    return (
      <div data-testid="year-notice" data-kind="stored-differs">
        <Notice intent="warning">
          <div className={styles.body}>
            <span>
              {t(lang, "pane.year.stored-differs", {
                stored: String(stored),
                year: used,
                where: whereText(lang, year.source),
              })}
            </span>
            <div className={styles.actions}>
              <Button size="small" onClick={() => props.onKeepWorkbookYear(year.year as number)}>
                {t(lang, "pane.year.keep-workbook", { year: used })}
              </Button>
              <Button size="small" onClick={() => props.onChooseYear(stored)}>
                {t(lang, "pane.year.use", { year: String(stored) })}
              </Button>
            </div>
          </div>
        </Notice>
      </div>
    );
  }
  if (year.others.length === 0) return null;
  const others = year.others.map((o) => o.year);
  if (year.source === "user") {
    const where = whereText(lang, year.others[0].source);
    return (
      <div data-testid="year-notice" data-kind="user-differs">
        <Notice intent="info">
          <div className={styles.body}>
            <span>{t(lang, "pane.year.user-differs", { year: used, where, others: yearsText(others) })}</span>
            <div className={styles.actions}>
              {[...new Set(others)].slice(0, 2).map((other) => (
                <Button key={other} size="small" onClick={() => props.onKeepWorkbookYear(other)}>
                  {t(lang, "pane.year.use", { year: String(other) })}
                </Button>
              ))}
            </div>
          </div>
        </Notice>
      </div>
    );
  }
  return (
    <div data-testid="year-notice" data-kind="tables-differ">
      <Notice intent="info">
        <div className={styles.body}>
          <span>
            {t(lang, "pane.year.tables-differ", { year: used, others: yearsText([year.year, ...others]) })}
          </span>
          <div className={styles.actions}>
            <Button size="small" onClick={props.onEditSettings}>
              {t(lang, "pane.settings.edit")}
            </Button>
          </div>
        </div>
      </Notice>
    </div>
  );
}

/** The year asked right where the pane says it is unknown: typed, then confirmed (never taken on a keystroke). */
function AskYear(props: { lang: Lang; onChooseYear: (year: number) => void }) {
  const { lang } = props;
  const styles = useStyles();
  const [text, setText] = useState("");
  const parsed = parseYear(text);
  return (
    <div className={styles.actions}>
      <Field label={t(lang, "pane.settings.year")} className={styles.field}>
        <Input
          className={styles.input}
          inputMode="numeric"
          maxLength={4}
          value={text}
          data-testid="year-ask-input"
          onChange={(_, data) => setText(data.value)}
        />
      </Field>
      <Button
        appearance="primary"
        size="small"
        disabled={parsed === undefined}
        onClick={() => parsed !== undefined && props.onChooseYear(parsed)}
        data-testid="year-ask-confirm"
      >
        {t(lang, "pane.year.confirm")}
      </Button>
    </div>
  );
}
