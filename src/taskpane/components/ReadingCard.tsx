/**
 * How the workbook's tables were read, as a compact card that fits a 320 px pane: for each table its place and year
 * with where the year came from, then each column's reading on a line («F: Ước thực hiện 2026», «H = F/D (%)»).
 * Tables a column-number row and their headers' years do not make certain (read by their header words, a year from
 * a title, a formula from a header) are shown open; the certain ones are available, folded, under one line.
 *
 * A column's reading is corrected by a choice (the core's `columnChoices`: a figure's kind, period and year, a
 * comparison between two of the table's figure columns, or «không dùng để tính»), previewed as it will read, and
 * stored in the workbook's settings (`onChange`): every later check, fill and consolidation reads the column so.
 * The report year is corrected in Cài đặt (`onEditYear`), the one place it is set.
 */
import {
  Button,
  Field,
  Select,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useState } from "react";
import { t, type Lang } from "../../core/i18n/messages";
import {
  FIGURE_KINDS,
  type ComparisonOp,
  type FigureKind,
  type Period,
} from "../../core/tables/header-grammar";
import {
  COMPARISON_OPS,
  choicePreview,
  choiceWhatText,
  columnChoices,
  columnText,
  correctionOfChoice,
  periodText,
  readingWorthShowing,
  shownColumns,
  tableText,
  yearChoiceText,
  type ChoiceWhat,
  type ColumnView,
  type ReadingChoice,
  type TableReading,
  type WorkbookReading,
} from "../../core/tables";
import { formatYearRef } from "../../core/tables/header-grammar";
import { yearLabel } from "../state/format";
import type { ReportYear } from "../state/report-year";
import type { ReadingChange } from "./types";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  prominent: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}` },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  title: { minWidth: 0 },
  table: { display: "flex", flexDirection: "column", rowGap: "2px", minWidth: 0 },
  tableLine: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  column: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalXS, minWidth: 0 },
  columnText: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere", paddingTop: "2px" },
  corrected: { fontWeight: tokens.fontWeightSemibold },
  header: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  fold: {
    alignSelf: "flex-start",
    padding: 0,
    border: "none",
    background: "none",
    font: "inherit",
    color: tokens.colorNeutralForeground2,
    cursor: "pointer",
    textAlign: "left",
  },
  editor: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  pair: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  half: { flexGrow: 1, flexBasis: "8em", minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  preview: { overflowWrap: "anywhere" },
});

export interface ReadingCardProps {
  lang: Lang;
  reading?: WorkbookReading;
  year: ReportYear;
  /** Only the tables of these sheets (all when absent). */
  sheets?: readonly string[];
  disabled?: boolean;
  onChange: (change: ReadingChange) => void;
  /** Opens Cài đặt with the year focused (the year is corrected there). */
  onEditYear: () => void;
}

export function ReadingCard(props: ReadingCardProps) {
  const { lang, reading, sheets } = props;
  const styles = useStyles();
  const [quietOpen, setQuietOpen] = useState(false);
  const quietId = useId("reading-quiet");
  if (!reading) return null;
  const tables = reading.tables.filter((tb) => !sheets || sheets.includes(tb.sheet));
  if (tables.length === 0) return null;
  const prominent = tables.filter(readingWorthShowing);
  const quiet = tables.filter((tb) => !readingWorthShowing(tb));
  return (
    <section
      className={mergeClasses(styles.card, prominent.length > 0 && styles.prominent)}
      aria-label={t(lang, "pane.reading.title")}
      data-testid="reading-card"
      data-year={props.year.year ?? ""}
      data-year-source={props.year.source}
    >
      <div className={styles.head}>
        <Text weight="semibold" className={styles.title}>
          {t(lang, "pane.reading.title")}
        </Text>
        <Text size={200} data-testid="reading-year">
          {yearLabel(lang, props.year, true)}
        </Text>
        <Button
          size="small"
          disabled={props.disabled}
          onClick={props.onEditYear}
          data-testid="reading-year-edit"
        >
          {t(lang, "pane.settings.edit")}
        </Button>
      </div>
      {prominent.length > 0 && <Text size={200}>{t(lang, "pane.reading.intro")}</Text>}
      {prominent.map((tb) => (
        <TableBlock key={`${tb.sheet}/${tb.index}`} {...props} table={tb} />
      ))}
      {quiet.length > 0 && (
        <>
          <button
            type="button"
            className={styles.fold}
            aria-expanded={quietOpen}
            aria-controls={quietId}
            onClick={() => setQuietOpen((o) => !o)}
            data-testid="reading-quiet"
          >
            {`${quietOpen ? "▾" : "▸"} ${t(lang, "pane.reading.quiet", { count: String(quiet.length) })}`}
          </button>
          {quietOpen && (
            <div id={quietId} className={styles.table}>
              {quiet.map((tb) => (
                <TableBlock key={`${tb.sheet}/${tb.index}`} {...props} table={tb} />
              ))}
            </div>
          )}
        </>
      )}
    </section>
  );
}

function TableBlock(props: ReadingCardProps & { table: TableReading }) {
  const { lang, table } = props;
  const styles = useStyles();
  const [editing, setEditing] = useState<string>();
  const columns = shownColumns(table);
  return (
    <div
      className={styles.table}
      data-testid="reading-table"
      data-sheet={table.sheet}
      data-range={table.range}
      data-year={table.year ?? ""}
      data-year-source={table.yearSource ?? ""}
    >
      <Text size={200} className={styles.tableLine}>
        {tableText(table, lang)}
      </Text>
      <ul className={styles.list}>
        {columns.map((column) => (
          <li key={column.letter}>
            <div className={styles.column}>
              <span
                className={mergeClasses(styles.columnText, column.corrected && styles.corrected)}
                data-testid="reading-column"
                data-column={column.letter}
                data-reading={column.notation}
                title={column.header}
              >
                {columnText(table, column, lang)}
                {column.header && <span className={styles.header}>{`«${column.header}»`}</span>}
              </span>
              <Button
                size="small"
                disabled={props.disabled}
                aria-expanded={editing === column.letter}
                aria-label={t(lang, "pane.reading.edit.label", { column: column.letter })}
                onClick={() => setEditing((e) => (e === column.letter ? undefined : column.letter))}
                data-testid="reading-edit"
              >
                {t(lang, "pane.reading.edit")}
              </Button>
            </div>
            {column.kindUnknown && !column.corrected && (
              <Text size={200} className={styles.header} data-testid="reading-kind-unknown">
                {t(lang, "pane.reading.kind-unknown")}
              </Text>
            )}
            {editing === column.letter && (
              <ColumnEditor {...props} column={column} onDone={() => setEditing(undefined)} />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The operands a comparison starts with: the column's own, else the two figure columns nearest on its left. */
function startOperands(
  choice: ReadingChoice,
  operands: readonly ColumnView[],
  column: ColumnView,
): ReadingChoice {
  if (choice.a !== undefined && choice.b !== undefined) return choice;
  const left = operands.filter((c) => c.col < column.col);
  const pool = left.length >= 2 ? left : operands;
  // No Array.prototype.at: the pane runs on WebKit 14.1.
  const a = pool[pool.length - 1]?.letter;
  const b = pool[pool.length - 2]?.letter;
  return { ...choice, ...(a !== undefined ? { a } : {}), ...(b !== undefined ? { b } : {}) };
}

function isOp(what: ChoiceWhat): what is ComparisonOp {
  return (COMPARISON_OPS as readonly string[]).includes(what);
}

type Choices = ReturnType<typeof columnChoices>;

/** The choice with `what` chosen: a comparison's operands started, a figure's period and year filled in. */
function withWhat(
  c: ReadingChoice,
  what: ChoiceWhat,
  choices: Choices,
  column: ColumnView,
  reportYear: number | undefined,
): ReadingChoice {
  const next: ReadingChoice = { ...c, what };
  if (isOp(what)) return startOperands(next, choices.operands, column);
  if (what !== "other") {
    if (!next.period) next.period = "year";
    if (!next.year || next.year.kind === "unknown") {
      // The report year to start from: a figure's year is chosen, never left unknown.
      const n = choices.years.find((y) =>
        y.kind === "absolute" ? y.year === reportYear : y.kind === "relative" && y.offset === 0,
      );
      if (n) next.year = n;
    }
  }
  return next;
}

function ColumnEditor(
  props: ReadingCardProps & { table: TableReading; column: ColumnView; onDone: () => void },
) {
  const { lang, table, column, year } = props;
  const styles = useStyles();
  const choices = columnChoices(table, column, year.year);
  const [choice, setChoice] = useState<ReadingChoice>(() => choices.current);
  const preview = choicePreview(table, column, choice, lang);
  const correction = correctionOfChoice(table, column, choice);
  const unchanged = correction?.reading === column.notation && column.corrected;
  const fields = { lang, table, choices, choice, setChoice };
  return (
    <div className={styles.editor} data-testid="reading-editor" data-column={column.letter}>
      <WhatField
        {...fields}
        column={column}
        onWhat={(what) => setChoice((c) => withWhat(c, what, choices, column, year.year))}
      />
      {choice.what !== "other" && !isOp(choice.what) && <FigureFields {...fields} />}
      {isOp(choice.what) && <OperandFields {...fields} />}
      <Text size={200} className={styles.preview} data-testid="reading-preview">
        {preview === undefined
          ? t(lang, "pane.reading.preview.none")
          : t(lang, "pane.reading.preview", { reading: preview })}
      </Text>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          size="small"
          disabled={props.disabled || !correction || unchanged}
          onClick={() => {
            if (!correction) return;
            props.onChange({ correction });
            props.onDone();
          }}
          data-testid="reading-save"
        >
          {t(lang, "pane.reading.save")}
        </Button>
        {column.corrected && (
          <Button
            size="small"
            disabled={props.disabled}
            onClick={() => {
              props.onChange({ reset: { sheet: table.sheet, col: column.letter } });
              props.onDone();
            }}
            data-testid="reading-reset"
          >
            {t(lang, "pane.reading.reset")}
          </Button>
        )}
        <Button size="small" onClick={props.onDone}>
          {t(lang, "pane.cancel")}
        </Button>
      </div>
    </div>
  );
}

/** The editor's fields' common props: the choice being made and the choices offered. */
interface EditorFields {
  lang: Lang;
  table: TableReading;
  choices: Choices;
  choice: ReadingChoice;
  setChoice: (update: (c: ReadingChoice) => ReadingChoice) => void;
}

/** What the column is: a figure's kind, a comparison, or «không dùng để tính». */
function WhatField(props: EditorFields & { column: ColumnView; onWhat: (what: ChoiceWhat) => void }) {
  const { lang, choices, choice } = props;
  const figureKinds = choices.whats.filter((w): w is FigureKind =>
    (FIGURE_KINDS as readonly string[]).includes(w),
  );
  return (
    <Field label={t(lang, "pane.reading.what", { column: props.column.letter })}>
      <Select
        value={choice.what}
        onChange={(_, data) => props.onWhat(data.value as ChoiceWhat)}
        data-testid="reading-what"
      >
        <optgroup label={t(lang, "pane.reading.group.figure")}>
          {figureKinds.map((k) => (
            <option key={k} value={k}>
              {choiceWhatText(k, lang)}
            </option>
          ))}
        </optgroup>
        <optgroup label={t(lang, "pane.reading.group.comparison")}>
          {COMPARISON_OPS.map((op) => (
            <option key={op} value={op}>
              {choiceWhatText(op, lang)}
            </option>
          ))}
        </optgroup>
        <option value="other">{choiceWhatText("other", lang)}</option>
      </Select>
    </Field>
  );
}

/** A figure's period and year. */
function FigureFields(props: EditorFields) {
  const { lang, choices, choice, setChoice } = props;
  const styles = useStyles();
  const yearKey = choice.year ? formatYearRef(choice.year) : "";
  return (
    <div className={styles.pair}>
      <Field label={t(lang, "pane.reading.period")} className={styles.half}>
        <Select
          value={choice.period ?? "year"}
          onChange={(_, data) => setChoice((c) => ({ ...c, period: data.value as Period }))}
          data-testid="reading-period"
        >
          {choices.periods.map((p) => (
            <option key={p} value={p}>
              {periodText(p, lang)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t(lang, "pane.reading.year")} className={styles.half}>
        <Select
          value={yearKey}
          onChange={(_, data) =>
            setChoice((c) => ({ ...c, year: choices.years.find((y) => formatYearRef(y) === data.value) }))
          }
          data-testid="reading-year-choice"
        >
          {yearKey === "" || yearKey === "?" ? (
            <option value={yearKey}>{t(lang, "pane.reading.year.pick")}</option>
          ) : null}
          {choices.years.map((y) => (
            <option key={formatYearRef(y)} value={formatYearRef(y)}>
              {yearChoiceText(y, lang)}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}

/** A comparison's two operands among the table's figure columns. */
function OperandFields(props: EditorFields) {
  const { lang, table, choices, choice, setChoice } = props;
  const styles = useStyles();
  return (
    <div className={styles.pair}>
      {(["a", "b"] as const).map((side) => (
        <Field
          key={side}
          label={t(lang, side === "a" ? "pane.reading.operand.a" : "pane.reading.operand.b")}
          className={styles.half}
        >
          <Select
            value={choice[side] ?? ""}
            onChange={(_, data) => setChoice((c) => ({ ...c, [side]: data.value }))}
            data-testid={`reading-operand-${side}`}
          >
            {choice[side] === undefined && <option value="">{t(lang, "pane.reading.operand.pick")}</option>}
            {choices.operands.map((c) => (
              <option key={c.letter} value={c.letter}>
                {columnText(table, c, lang)}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </div>
  );
}
