/**
 * What the pane must tell of the report year, above every view: a workbook whose tables name no year (the year is
 * asked, with a field right there), a year kept in the settings that the workbook contradicts (told, not applied,
 * with the way to keep either), a year the official chose that the workbook contradicts, tables naming several
 * years. Nothing when the year is plain. The texts say which year every view uses.
 */
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
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
      <Frame kind="ask" intent="warning" text={t(lang, "pane.year.ask")}>
        <AskYear lang={lang} onChooseYear={props.onChooseYear} />
      </Frame>
    );
  const used = String(year.year);
  if (year.storedDiffers !== undefined && (year.source === "header" || year.source === "title")) {
    const stored = year.storedDiffers;
    const where = whereText(lang, year.source);
    return (
      <Frame
        kind="stored-differs"
        intent="warning"
        text={t(lang, "pane.year.stored-differs", { stored: String(stored), year: used, where })}
      >
        <div className={styles.actions}>
          <Button size="small" onClick={() => props.onKeepWorkbookYear(year.year as number)}>
            {t(lang, "pane.year.keep-workbook", { year: used })}
          </Button>
          <Button size="small" onClick={() => props.onChooseYear(stored)}>
            {t(lang, "pane.year.use", { year: String(stored) })}
          </Button>
        </div>
      </Frame>
    );
  }
  if (year.others.length === 0) return null;
  const others = year.others.map((o) => o.year);
  if (year.source === "user") {
    const where = whereText(lang, year.others[0].source);
    return (
      <Frame
        kind="user-differs"
        intent="info"
        text={t(lang, "pane.year.user-differs", { year: used, where, others: yearsText(others) })}
      >
        <div className={styles.actions}>
          {[...new Set(others)].slice(0, 2).map((other) => (
            <Button key={other} size="small" onClick={() => props.onKeepWorkbookYear(other)}>
              {t(lang, "pane.year.use", { year: String(other) })}
            </Button>
          ))}
        </div>
      </Frame>
    );
  }
  return (
    <Frame
      kind="tables-differ"
      intent="info"
      text={t(lang, "pane.year.tables-differ", { year: used, others: yearsText([year.year, ...others]) })}
    >
      <div className={styles.actions}>
        <Button size="small" onClick={props.onEditSettings}>
          {t(lang, "pane.settings.edit")}
        </Button>
      </div>
    </Frame>
  );
}

/** One notice of the year: what it tells, and what the official can do about it. */
function Frame(props: {
  kind: "ask" | "stored-differs" | "user-differs" | "tables-differ";
  intent: "warning" | "info";
  text: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div data-testid="year-notice" data-kind={props.kind}>
      <Notice intent={props.intent}>
        <div className={styles.body}>
          <span>{props.text}</span>
          {props.children}
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
