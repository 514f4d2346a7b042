/**
 * Chỉ tiêu TTCS: how the workbook covers the grassroots-information strategy targets for its report year (the one
 * year resolver's, as the check judges them; the year the official chose in this session when there is one) and the
 * chosen level, and appending the indicators it does not report to a plan sheet. A workbook whose year nothing tells
 * is not judged: the year is asked first.
 */
import {
  Badge,
  Button,
  Field,
  Select,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { appendMissingTargets, targetsReport } from "../../core/actions/targets";
import { formatNumber } from "../../core/check/render";
import type { TargetCoverage, TargetStatus } from "../../core/check/types";
import { t, type Lang } from "../../core/i18n/messages";
import { missingIndicators, targetSetFor } from "../../core/targets";
import { sheetNameFor } from "../../core/templates";
import { foldDiacritics } from "../../core/text";
import { useAsyncAction } from "../state/async-action";
import { say, targetColumnLabel, targetShown, targetStatusLabel, yearLabel } from "../state/format";
import { useSheetNames } from "../state/sheet-names";
import { ErrorMessage, Notice, Working } from "./Feedback";
import { SettingsLine } from "./fields";
import type { ViewProps } from "./types";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  cards: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
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
  cardHead: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
    width: "100%",
    padding: 0,
    border: "none",
    background: "none",
    textAlign: "left",
    font: "inherit",
    color: "inherit",
    cursor: "pointer",
  },
  code: { flexShrink: 0, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  name: { minWidth: 0, overflowWrap: "anywhere" },
  nameShort: {
    display: "-webkit-box",
    WebkitLineClamp: 2,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  cardFoot: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  figures: { minWidth: 0, color: tokens.colorNeutralForeground2 },
  // A long status ("Chưa đạt (thiếu 12,5)") wraps inside its pill rather than spilling out of it.
  badge: {
    height: "auto",
    minHeight: "20px",
    maxWidth: "100%",
    whiteSpace: "normal",
    textAlign: "center",
    flexShrink: 0,
  },
  details: {
    display: "flex",
    flexDirection: "column",
    color: tokens.colorNeutralForeground3,
    paddingLeft: tokens.spacingHorizontalS,
  },
  append: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

const statusColor: Record<TargetStatus, "success" | "warning" | "informative" | "danger"> = {
  met: "success",
  below: "warning",
  "no-value": "informative",
  missing: "danger",
  invalid: "danger",
};

/** The plan sheet of year N+1 when there is one, else the first sheet named "Kế hoạch …", else the first sheet. */
export function defaultPlanSheet(names: readonly string[], year: number): string | undefined {
  const own = sheetNameFor("ke-hoach", year);
  return (
    names.find((n) => n === own) ?? names.find((n) => foldDiacritics(n).startsWith("ke hoach")) ?? names[0]
  );
}

/** The coverage report, run each time the view is shown and the year or level change; and the rows appended. */
function useCoverage(props: ViewProps) {
  const { port, settings, active, userYear } = props;
  const { level } = settings;
  const storedYear = settings.year;
  const coverage = useAsyncAction(targetsReport);
  const append = useAsyncAction(appendMissingTargets);
  const runCoverage = coverage.run;
  const resetAppend = append.reset;
  // The year the official chose now, else the workbook's own (the year kept in the settings is one of its sources).
  const options = {
    level,
    ...(userYear !== undefined ? { year: userYear } : {}),
    ...(storedYear !== undefined ? { storedYear } : {}),
  };
  useEffect(() => {
    if (!active) return;
    resetAppend();
    // A year confirmed is judged at once.
    void runCoverage(port, {
      level,
      ...(userYear !== undefined ? { year: userYear } : {}),
      ...(storedYear !== undefined ? { storedYear } : {}),
    });
  }, [active, port, userYear, level, storedYear, runCoverage, resetAppend]);
  return { coverage, append, options };
}

/** How many targets the year met, of how many, and how many are missing; the target period's end when past. */
function CoverageSummary(props: {
  lang: ViewProps["lang"];
  rows: readonly TargetCoverage[];
  year: number;
  level: ViewProps["settings"]["level"];
  missing: number;
  /** The year whose targets stand in, when the target period has ended. */
  ended: string | undefined;
  period: { from: string; to: string };
}) {
  const { lang, rows, period } = props;
  return (
    <>
      {props.ended !== undefined && (
        <Notice intent="info">
          {t(lang, "pane.targets.period-ended", { ...period, yearUsed: props.ended })}
        </Notice>
      )}
      <Text>
        {say(lang, "pane.targets.summary", {
          year: String(props.year),
          level: t(lang, `level.${props.level}`),
          met: rows.filter((r) => r.status === "met").length,
          total: rows.length,
          missing: props.missing,
        })}
      </Text>
    </>
  );
}

/** The sheet the official chose while it is there, else the plan sheet of the year's (defaultPlanSheet). */
function planSheetOf(
  chosen: string | undefined,
  names: readonly string[],
  year: number | undefined,
): string | undefined {
  if (chosen !== undefined && names.includes(chosen)) return chosen;
  return year !== undefined ? defaultPlanSheet(names, year) : names[0];
}

export function TargetsView(props: ViewProps) {
  const { port, lang, settings, onEditSettings, active } = props;
  const { level } = settings;
  const styles = useStyles();
  const sheets = useSheetNames(port, active);
  const { coverage, append, options } = useCoverage(props);
  const [chosenSheet, setChosenSheet] = useState<string>();

  const report = coverage.state.result;
  const year = report?.year;
  const rows = report && year !== undefined ? report.coverage : undefined;
  const set = targetSetFor(year ?? props.year.year);
  const numberOf = (code: string) => set.indicators.find((i) => i.code === code)?.number ?? "";
  const missing = rows ? missingIndicators(rows) : [];
  const names = sheets.current?.names ?? [];
  const planSheet = planSheetOf(chosenSheet, names, year);
  const busy = coverage.state.running || append.state.running;
  const period = { from: String(set.period.from), to: String(set.period.to) };
  const ended = rows?.find((r) => r.periodEnded);

  const onAppend = async () => {
    if (!rows || !planSheet || year === undefined) return;
    const done = await append.run(port, { sheet: planSheet, coverage: rows, year });
    // The appended rows now report those indicators: show the coverage as it stands.
    if (done) void coverage.run(port, options);
  };

  return (
    <section className={styles.view} aria-label={t(lang, "pane.targets.title", period)}>
      <Text weight="semibold">{t(lang, "pane.targets.title", period)}</Text>
      <SettingsLine
        lang={lang}
        summary={t(lang, "pane.targets.settings", {
          year: yearLabel(lang, props.year, true),
          level: t(lang, `level.${level}`),
        })}
        onEdit={onEditSettings}
        disabled={busy}
      />
      <RefreshButton
        lang={lang}
        busy={busy}
        running={coverage.state.running}
        onClick={() => void coverage.run(port, options)}
      />
      {coverage.state.error !== undefined && <ErrorMessage error={coverage.state.error} lang={lang} />}
      {report && year === undefined && (
        <Text data-testid="targets-no-year">{t(lang, "pane.targets.no-year")}</Text>
      )}

      {rows && year !== undefined && (
        <>
          <CoverageSummary
            lang={lang}
            rows={rows}
            year={year}
            level={level}
            missing={missing.length}
            ended={ended && String(ended.yearUsed ?? set.period.to)}
            period={period}
          />
          <CoverageList rows={rows} numberOf={numberOf} {...props} />

          <AppendMissing
            lang={lang}
            missing={missing.map((m) => `${numberOf(m.code)} ${m.name}`.trim())}
            noSheet={names.length === 0 && sheets.current !== undefined}
            names={names}
            planSheet={planSheet}
            onChooseSheet={setChosenSheet}
            busy={busy}
            running={append.state.running}
            onAppend={onAppend}
          />
        </>
      )}
      <AppendOutcome lang={lang} state={append.state} />
    </section>
  );
}

function RefreshButton(props: {
  lang: ViewProps["lang"];
  busy: boolean;
  running: boolean;
  onClick: () => void;
}) {
  const { lang } = props;
  const styles = useStyles();
  return (
    <div className={styles.actions}>
      <Button disabled={props.busy} onClick={props.onClick} data-testid="targets-refresh">
        {t(lang, "pane.targets.refresh")}
      </Button>
      {props.running && <Working label={t(lang, "pane.targets.running")} />}
    </div>
  );
}

/** What appending the missing rows did: the rows added and where, or the error. */
function AppendOutcome(props: {
  lang: ViewProps["lang"];
  state: ReturnType<typeof useCoverage>["append"]["state"];
}) {
  const { lang, state } = props;
  return (
    <>
      {state.error !== undefined && <ErrorMessage error={state.error} lang={lang} />}
      {state.result && (
        <Notice>
          {say(lang, "pane.targets.append.done", { rows: state.result.rows, sheet: state.result.sheet })}
        </Notice>
      )}
    </>
  );
}

/** The indicators the workbook does not report, and adding their rows to a plan sheet. */
function AppendMissing(props: {
  lang: ViewProps["lang"];
  /** Each missing indicator's number and name. */
  missing: readonly string[];
  /** The workbook has no sheet to add them to. */
  noSheet: boolean;
  names: readonly string[];
  planSheet: string | undefined;
  onChooseSheet: (sheet: string) => void;
  busy: boolean;
  running: boolean;
  onAppend: () => void;
}) {
  const { lang, missing, names, planSheet, busy } = props;
  const styles = useStyles();
  return (
    <div className={styles.append}>
      <Text weight="semibold">{t(lang, "pane.targets.append.title")}</Text>
      {missing.length === 0 ? (
        <Text>{t(lang, "pane.targets.all-reported")}</Text>
      ) : (
        <>
          <Text>{t(lang, "pane.targets.missing", { list: missing.join("; ") })}</Text>
          {props.noSheet ? (
            <Text>{t(lang, "pane.targets.append.no-sheet")}</Text>
          ) : (
            <Field label={t(lang, "pane.targets.append.sheet")}>
              <Select
                data-testid="targets-sheet"
                value={planSheet ?? ""}
                disabled={busy}
                onChange={(_, data) => props.onChooseSheet(data.value)}
              >
                {names.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={busy || !planSheet}
              onClick={props.onAppend}
              data-testid="targets-append"
            >
              {t(lang, "pane.targets.append.button")}
            </Button>
            {props.running && <Working label={t(lang, "pane.targets.append.running")} />}
          </div>
        </>
      )}
    </div>
  );
}

/**
 * The coverage as a list of compact cards (a table of four columns does not fit a 320 px pane): the indicator's
 * number and name on two lines at most, the figures, the status. The full name, the published target and where
 * the value was read open on demand.
 */
function CoverageList(props: ViewProps & { rows: TargetCoverage[]; numberOf: (code: string) => string }) {
  const { lang, rows, numberOf } = props;
  const styles = useStyles();
  return (
    <ul className={styles.cards} aria-label={t(lang, "pane.targets.table")} data-testid="target-list">
      {rows.map((row) => (
        <TargetCard
          key={`${row.code}/${row.year}/${row.kind ?? ""}`}
          row={row}
          number={numberOf(row.code)}
          lang={lang}
        />
      ))}
    </ul>
  );
}

function TargetCard(props: { row: TargetCoverage; number: string; lang: Lang }) {
  const { row, number, lang } = props;
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const detailsId = useId("target-details");
  const none = t(lang, "pane.targets.no-target");
  return (
    <li className={styles.card} data-testid="target-card" data-code={row.code} data-status={row.status}>
      <button
        type="button"
        className={styles.cardHead}
        aria-expanded={open}
        aria-controls={detailsId}
        title={open ? undefined : `${t(lang, "pane.targets.name.more")}: ${row.name}`}
        onClick={() => setOpen((o) => !o)}
      >
        <span className={styles.code}>{number || row.code}</span>
        <span className={mergeClasses(styles.name, !open && styles.nameShort)}>{row.name}</span>
      </button>
      <div className={styles.cardFoot}>
        <Text size={200} className={styles.figures}>
          {row.kind && `${targetColumnLabel(row, lang)}: `}
          {t(lang, row.kind ? "pane.targets.figures.of-column" : "pane.targets.figures", {
            value: row.value !== undefined ? formatNumber(row.value, lang) : none,
            target: targetShown(row, lang) ?? none,
          })}
        </Text>
        <Badge color={statusColor[row.status]} appearance="tint" shape="rounded" className={styles.badge}>
          {targetStatusLabel(row, lang)}
        </Badge>
      </div>
      {open && (
        <div id={detailsId} className={styles.details}>
          {row.targetText && (
            <Text size={200}>{t(lang, "pane.targets.published", { target: row.targetText })}</Text>
          )}
          {row.cell && <Text size={200}>{t(lang, "pane.targets.reported-at", { cell: row.cell })}</Text>}
        </div>
      )}
    </li>
  );
}
