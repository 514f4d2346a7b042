/**
 * Kiểm tra: run every rule over the workbook and list the findings, grouped by severity then by sheet, a kind
 * repeated on a sheet folded into one line with its cell ranges (the core's grouping, as `phuluc check` shows it).
 * A folded line opens to its findings. A finding is a button: it selects its cell in the workbook. The findings can
 * be marked in colour and written as a sheet. Above them, how the tables were read (the reading card): a table read
 * by its header words is shown there before anything is checked, and a column's reading corrected there is the one
 * the check uses (the check runs again).
 */
import { useEffect, useMemo, useState } from "react";
import { Badge, Button, Text, makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import { checkAction, clearFindingMarks, markFindings, writeCheckReport } from "../../core/actions/check";
import { countBySeverity } from "../../core/check";
import { foldedLabel, groupFindings, rangesText, type FindingLine } from "../../core/check/fold";
import { findingMessage, messageNamesIndicator } from "../../core/check/render";
import type { CheckResult, Finding, Severity } from "../../core/check/types";
import { t, type Lang } from "../../core/i18n/messages";
import { useAsyncAction } from "../state/async-action";
import { say, unfinishedSetup } from "../state/format";
import { useFixes, type Fixes } from "../state/fixes";
import { ErrorMessage, Notice, Working } from "./Feedback";
import { FixFoldButton, FixOneButton, FixPanel } from "./FixPanel";
import { ReadingCard } from "./ReadingCard";
import type { ReadingChange, ViewProps } from "./types";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  severity: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, margin: 0 },
  sheet: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
  },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: { display: "flex", alignItems: "flex-start" },
  fold: { display: "flex", flexDirection: "column" },
  foldRow: { display: "flex", alignItems: "flex-start" },
  foldList: { listStyleType: "none", margin: 0, padding: `0 0 0 ${tokens.spacingHorizontalL}` },
  twisty: { display: "inline-block", width: "1em" },
  ranges: { display: "block", overflowWrap: "anywhere" },
  finding: {
    display: "block",
    width: "100%",
    // A flex item may shrink below its one-line indicator name (which then ends in "…").
    minWidth: 0,
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderLeft: `${tokens.strokeWidthThickest} solid transparent`,
    background: "none",
    font: "inherit",
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  where: { fontWeight: tokens.fontWeightSemibold },
  // The indicator's name once for a run of its findings, on one line (the whole name on hover).
  indicator: {
    display: "block",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    color: tokens.colorNeutralForeground2,
  },
  message: { display: "block" },
});

/**
 * Whether each finding of a list shows its indicator's name: not when its message already names it, nor when the
 * finding before it is about the same indicator (a row with three findings names it once).
 */
export function indicatorShown(findings: readonly (Finding | undefined)[]): boolean[] {
  return findings.map((f, i) => {
    if (!f?.indicator || messageNamesIndicator(f)) return false;
    const before = findings[i - 1];
    return !(before?.indicator === f.indicator && before.sheet === f.sheet);
  });
}

const badgeColor: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

/** What a workbook edit after the check says when it is done. */
type Edit = () => Promise<string>;

/**
 * The check read the workbook afresh: a year other than the one the pane shows means the workbook changed since the
 * pane read it, so the pane reads it again (every view then shows the check's year).
 */
function useCheckedYear(result: CheckResult | undefined, year: ViewProps["year"], refresh: () => void): void {
  const checkedYear = result?.year;
  const shownYear = year.pending || year.source === "proposed" ? checkedYear : year.year;
  useEffect(() => {
    if (result && checkedYear !== shownYear) refresh();
  }, [result, checkedYear, shownYear, refresh]);
}

/** The edits the check offers: marking the findings' cells, clearing the marks, writing the report sheet. */
function useCheckEdits(port: ViewProps["port"], lang: Lang) {
  const edit = useAsyncAction((run: Edit) => run());
  const onMark = (issues: Finding[]) =>
    edit.run(async () => {
      const { cells, of, saved } = await markFindings(port, issues);
      const done =
        cells < of
          ? say(lang, "pane.check.marked.first", { count: cells, total: of })
          : say(lang, "pane.check.marked", { count: cells });
      return saved ? done : `${done} ${t(lang, "pane.check.marks-unsaved")}`;
    });
  const onUnmark = () =>
    edit.run(async () =>
      t(lang, (await clearFindingMarks(port)).saved ? "pane.check.unmarked" : "pane.check.unmarked.unsaved"),
    );
  const onReport = (r: CheckResult) =>
    edit.run(async () => {
      const { sheet, unfinished } = await writeCheckReport(port, r, lang);
      const done = t(lang, "pane.check.reported", { sheet });
      return [
        done,
        ...unfinishedSetup(unfinished.length > 0 ? [{ sheet, parts: unfinished }] : [], lang),
      ].join(" ");
    });
  return { edit, onMark, onUnmark, onReport };
}

export function CheckView(props: ViewProps) {
  const { port, lang, settings, host, userYear, workbook } = props;
  const styles = useStyles();
  const check = useAsyncAction(checkAction);
  const { edit, onMark, onUnmark, onReport } = useCheckEdits(port, lang);
  const select = useAsyncAction((sheet: string, cell: string) => port.select(sheet, cell));
  // The year the official chose in this session is the check's too; otherwise the check resolves it as every face
  // (the year the settings keep is one of its sources).
  const options = {
    level: settings.level,
    ...(userYear !== undefined ? { year: userYear } : {}),
    ...(settings.year !== undefined ? { storedYear: settings.year } : {}),
  };

  const result = check.state.result;
  const busy = check.state.running || edit.state.running;
  // After a fix or an undo the check runs again, so the mended findings leave the list.
  const fixes = useFixes(port, () => void check.run(port, options));

  const onCheck = () => {
    edit.reset();
    select.reset();
    void check.run(port, options);
  };

  useCheckedYear(result, props.year, workbook.refresh);

  // A column read otherwise: stored, and the findings shown are checked again with it.
  const onReadingChange = (change: ReadingChange) => {
    props.onReadingChange(change);
    if (result) void check.run(port, options);
  };

  return (
    <section className={styles.view} aria-label={t(lang, "pane.check.title")}>
      <Text>{t(lang, "pane.check.intro")}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={onCheck} data-testid="check-run">
          {t(lang, "pane.check.button")}
        </Button>
        {check.state.running && <Working label={t(lang, "pane.check.running")} />}
      </div>
      {check.state.error !== undefined && <ErrorMessage error={check.state.error} lang={lang} />}
      <ReadingCard
        lang={lang}
        reading={workbook.reading}
        year={props.year}
        disabled={busy}
        onChange={onReadingChange}
        onEditYear={props.onEditSettings}
      />
      <FixPanel result={result} fixes={fixes} lang={lang} busy={busy} />

      {result && (
        <>
          <Summary result={result} lang={lang} />
          <EditButtons
            lang={lang}
            busy={busy}
            edit={edit.state}
            anyIssue={result.issues.length > 0}
            onMark={() => onMark(result.issues)}
            onUnmark={onUnmark}
            onReport={() => onReport(result)}
          />
          {select.state.error !== undefined && <ErrorMessage error={select.state.error} lang={lang} />}

          <FindingGroups
            lang={lang}
            host={host}
            result={result}
            fixes={fixes}
            busy={busy}
            onSelect={(f) => void select.run(f.sheet, f.cell)}
          />
        </>
      )}
    </section>
  );
}

function EditButtons(props: {
  lang: Lang;
  busy: boolean;
  edit: ReturnType<typeof useCheckEdits>["edit"]["state"];
  anyIssue: boolean;
  onMark: () => void;
  onUnmark: () => void;
  onReport: () => void;
}) {
  const { lang, busy, edit } = props;
  const styles = useStyles();
  return (
    <>
      <div className={styles.actions}>
        <Button disabled={busy || !props.anyIssue} onClick={props.onMark} data-testid="check-mark">
          {t(lang, "pane.check.mark")}
        </Button>
        <Button disabled={busy} onClick={props.onUnmark} data-testid="check-unmark">
          {t(lang, "pane.check.unmark")}
        </Button>
        <Button disabled={busy} onClick={props.onReport} data-testid="check-report">
          {t(lang, "pane.check.report")}
        </Button>
        {edit.running && <Working label={t(lang, "pane.check.writing")} />}
      </div>
      {edit.error !== undefined && <ErrorMessage error={edit.error} lang={lang} />}
      {edit.result && <Notice>{edit.result}</Notice>}
    </>
  );
}

/** The findings by severity, then by sheet, each sheet's lines folded where they repeat. */
function FindingGroups(props: {
  lang: Lang;
  host: ViewProps["host"];
  result: CheckResult;
  fixes: Fixes;
  busy: boolean;
  onSelect: (f: Finding) => void;
}) {
  const { lang, result } = props;
  const styles = useStyles();
  const groups = useMemo(() => groupFindings(result.issues), [result]);
  return (
    <>
      {result.issues.length > 0 && (
        <Text size={200}>
          {t(lang, props.host === "web" ? "pane.check.click-hint.web" : "pane.check.click-hint.excel")}
          {groups.some((g) => g.sheets.some((s) => s.lines.some((l) => l.kind === "folded"))) &&
            ` ${t(lang, "pane.check.fold.hint")}`}
        </Text>
      )}
      {groups.map((group) => (
        <section
          key={group.severity}
          data-testid={`findings-${group.severity}`}
          aria-label={say(lang, `pane.check.severity.${group.severity}`, { count: group.count })}
        >
          <h3 className={styles.severity}>
            <Badge color={badgeColor[group.severity]} shape="rounded" appearance="filled">
              {say(lang, `pane.check.severity.${group.severity}`, { count: group.count })}
            </Badge>
          </h3>
          {group.sheets.map((sheetGroup) => (
            <div key={sheetGroup.sheet}>
              <h4 className={styles.sheet}>
                {say(lang, "pane.check.sheet", {
                  sheet: sheetGroup.sheet,
                  count: sheetGroup.lines.reduce(
                    (n, line) => n + (line.kind === "folded" ? line.findings.length : 1),
                    0,
                  ),
                })}
              </h4>
              <SheetLines
                lines={sheetGroup.lines}
                lang={lang}
                fixes={props.fixes}
                busy={props.busy}
                onSelect={props.onSelect}
              />
            </div>
          ))}
        </section>
      ))}
    </>
  );
}

function Summary(props: { result: CheckResult; lang: Lang }) {
  const { result, lang } = props;
  const counts = countBySeverity(result.issues);
  if (result.issues.length === 0) return <Notice>{t(lang, "pane.check.no-issues")}</Notice>;
  return (
    <Text weight="semibold">
      {say(lang, "pane.check.summary", {
        year: result.year !== undefined ? String(result.year) : t(lang, "pane.check.year-unknown"),
        errors: counts.error,
        warnings: counts.warning,
        infos: counts.info,
      })}
    </Text>
  );
}

interface LineProps {
  lang: Lang;
  fixes: Fixes;
  busy: boolean;
  onSelect: (finding: Finding) => void;
}

/** A sheet's lines: folded kinds and single findings, each indicator named once for a run of its findings. */
function SheetLines(props: LineProps & { lines: readonly FindingLine[] }) {
  const { lines } = props;
  const styles = useStyles();
  const shown = useMemo(
    () => indicatorShown(lines.map((l) => (l.kind === "single" ? l.finding : undefined))),
    [lines],
  );
  return (
    <ul className={styles.list}>
      {lines.map((line, i) =>
        line.kind === "folded" ? (
          <FoldedLine key={`fold-${line.label}`} {...props} line={line} />
        ) : (
          <FindingItem
            key={`${line.finding.cell}-${line.finding.code}-${i}`}
            {...props}
            finding={line.finding}
            showIndicator={shown[i]}
          />
        ),
      )}
    </ul>
  );
}

/** One finding: the button that selects its cell, and "Sửa" when it can be mended. */
function FindingItem(props: LineProps & { finding: Finding; showIndicator: boolean }) {
  const { finding, lang, fixes, busy } = props;
  const styles = useStyles();
  return (
    <li className={styles.item}>
      <FindingButton
        finding={finding}
        lang={lang}
        showIndicator={props.showIndicator}
        onSelect={() => props.onSelect(finding)}
      />
      <FixOneButton finding={finding} fixes={fixes} lang={lang} disabled={busy} />
    </li>
  );
}

/**
 * Many findings of one kind on one sheet as one line: the count, what they are and the cell ranges. The line is a
 * disclosure button; open, it lists the findings one by one (rendered only then, so a long list costs nothing shut).
 */
function FoldedLine(props: LineProps & { line: Extract<FindingLine, { kind: "folded" }> }) {
  const { line, lang, fixes, busy } = props;
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const listId = useId("fold");
  const shown = useMemo(() => indicatorShown(line.findings), [line.findings]);
  return (
    <li className={styles.fold}>
      <div className={styles.foldRow}>
        <button
          type="button"
          data-testid="finding-fold"
          data-sheet={line.sheet}
          data-code={line.code}
          data-severity={line.severity}
          data-count={line.findings.length}
          aria-expanded={open}
          aria-controls={listId}
          className={mergeClasses(styles.finding, styles[line.severity])}
          onClick={() => setOpen((o) => !o)}
        >
          <span className={styles.where}>
            <span className={styles.twisty} aria-hidden="true">
              {open ? "▾" : "▸"}
            </span>
            {`${foldedLabel(line, lang)}:`}
          </span>
          <span className={styles.ranges}>{` ${rangesText(line.ranges)}`}</span>
        </button>
        <FixFoldButton line={line} fixes={fixes} lang={lang} disabled={busy} />
      </div>
      {open && (
        <ul id={listId} className={styles.foldList}>
          {line.findings.map((finding, i) => (
            <FindingItem
              key={`${finding.cell}-${i}`}
              finding={finding}
              showIndicator={shown[i]}
              lang={lang}
              fixes={fixes}
              busy={busy}
              onSelect={props.onSelect}
            />
          ))}
        </ul>
      )}
    </li>
  );
}

function FindingButton(props: {
  finding: Finding;
  lang: Lang;
  showIndicator: boolean;
  onSelect: () => void;
}) {
  const { finding, lang } = props;
  const styles = useStyles();
  return (
    <button
      type="button"
      data-testid="finding"
      data-sheet={finding.sheet}
      data-cell={finding.cell}
      data-severity={finding.severity}
      data-code={finding.code}
      className={mergeClasses(styles.finding, styles[finding.severity])}
      onClick={props.onSelect}
    >
      <span className={styles.where}>{finding.cell}</span>
      {props.showIndicator && (
        <span className={styles.indicator} title={finding.indicator} data-testid="finding-indicator">
          {finding.indicator}
        </span>
      )}
      <span className={styles.message}>{` ${findingMessage(finding, lang)}`}</span>
    </button>
  );
}
