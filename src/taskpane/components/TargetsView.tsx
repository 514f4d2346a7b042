/**
 * Chỉ tiêu TTCS: how the workbook covers the grassroots-information strategy targets for the chosen year and level,
 * and appending the indicators it does not report to a plan sheet.
 */
import {
  Badge,
  Button,
  Field,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { appendMissingTargets, targetsAction } from "../../core/actions/targets";
import { formatNumber } from "../../core/check/render";
import type { TargetCoverage, TargetStatus } from "../../core/check/types";
import { t } from "../../core/i18n/messages";
import { missingIndicators, targetSetFor } from "../../core/targets";
import { sheetNameFor } from "../../core/templates";
import { foldDiacritics } from "../../core/text";
import { useAsyncAction } from "../state/async-action";
import { say, targetColumnLabel, targetShown, targetStatusLabel } from "../state/format";
import { useSheetNames } from "../state/sheet-names";
import { ErrorMessage, Notice, Working } from "./Feedback";
import { LevelField, YearField } from "./fields";
import type { ViewProps } from "./types";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  fields: { display: "flex", columnGap: tokens.spacingHorizontalM, alignItems: "flex-start" },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  number: { textAlign: "right", whiteSpace: "nowrap" },
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

export function TargetsView(props: ViewProps) {
  const { port, lang, settings, onSettingsChange, active } = props;
  const { year, level } = settings;
  const styles = useStyles();
  const coverage = useAsyncAction(targetsAction);
  const append = useAsyncAction(appendMissingTargets);
  const sheets = useSheetNames(port, active);
  const [chosenSheet, setChosenSheet] = useState<string>();
  const runCoverage = coverage.run;
  const resetAppend = append.reset;

  useEffect(() => {
    if (!active) return;
    resetAppend();
    void runCoverage(port, { year, level });
  }, [active, port, year, level, runCoverage, resetAppend]);

  const rows = coverage.state.result;
  const set = targetSetFor(year);
  const numberOf = (code: string) => set.indicators.find((i) => i.code === code)?.number ?? "";
  const missing = rows ? missingIndicators(rows) : [];
  const names = sheets.current?.names ?? [];
  const planSheet =
    chosenSheet !== undefined && names.includes(chosenSheet) ? chosenSheet : defaultPlanSheet(names, year);
  const busy = coverage.state.running || append.state.running;
  const period = { from: String(set.period.from), to: String(set.period.to) };
  const ended = rows?.find((r) => r.periodEnded);

  const onAppend = async () => {
    if (!rows || !planSheet) return;
    const done = await append.run(port, { sheet: planSheet, coverage: rows, year });
    // The appended rows now report those indicators: show the coverage as it stands.
    if (done) void coverage.run(port, { year, level });
  };

  return (
    <section className={styles.view} aria-label={t(lang, "pane.targets.title", period)}>
      <Text weight="semibold">{t(lang, "pane.targets.title", period)}</Text>
      <div className={styles.fields}>
        <YearField lang={lang} year={year} disabled={busy} onChange={(y) => onSettingsChange({ year: y })} />
        <LevelField
          lang={lang}
          level={level}
          disabled={busy}
          onChange={(l) => onSettingsChange({ level: l })}
        />
      </div>
      <div className={styles.actions}>
        <Button disabled={busy} onClick={() => void coverage.run(port, { year, level })}>
          {t(lang, "pane.targets.refresh")}
        </Button>
        {coverage.state.running && <Working label={t(lang, "pane.targets.running")} />}
      </div>
      {coverage.state.error !== undefined && <ErrorMessage error={coverage.state.error} lang={lang} />}

      {rows && (
        <>
          {ended && (
            <Notice intent="info">
              {t(lang, "pane.targets.period-ended", {
                ...period,
                yearUsed: String(ended.yearUsed ?? set.period.to),
              })}
            </Notice>
          )}
          <Text>
            {say(lang, "pane.targets.summary", {
              year: String(year),
              level: t(lang, `level.${level}`),
              met: rows.filter((r) => r.status === "met").length,
              total: rows.length,
              missing: missing.length,
            })}
          </Text>
          <CoverageTable rows={rows} numberOf={numberOf} {...props} />

          <div className={styles.append}>
            <Text weight="semibold">{t(lang, "pane.targets.append.title")}</Text>
            {missing.length === 0 ? (
              <Text>{t(lang, "pane.targets.all-reported")}</Text>
            ) : (
              <>
                <Text>
                  {t(lang, "pane.targets.missing", {
                    list: missing.map((m) => `${numberOf(m.code)} ${m.name}`.trim()).join("; "),
                  })}
                </Text>
                {names.length === 0 && sheets.current ? (
                  <Text>{t(lang, "pane.targets.append.no-sheet")}</Text>
                ) : (
                  <Field label={t(lang, "pane.targets.append.sheet")}>
                    <Select
                      value={planSheet ?? ""}
                      disabled={busy}
                      onChange={(_, data) => setChosenSheet(data.value)}
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
                  <Button appearance="primary" disabled={busy || !planSheet} onClick={onAppend}>
                    {t(lang, "pane.targets.append.button")}
                  </Button>
                  {append.state.running && <Working label={t(lang, "pane.targets.append.running")} />}
                </div>
              </>
            )}
          </div>
        </>
      )}
      {append.state.error !== undefined && <ErrorMessage error={append.state.error} lang={lang} />}
      {append.state.result && (
        <Notice>
          {say(lang, "pane.targets.append.done", {
            rows: append.state.result.rows,
            sheet: append.state.result.sheet,
          })}
        </Notice>
      )}
    </section>
  );
}

function CoverageTable(props: ViewProps & { rows: TargetCoverage[]; numberOf: (code: string) => string }) {
  const { lang, rows, numberOf } = props;
  const styles = useStyles();
  return (
    <Table size="small" aria-label={t(lang, "pane.targets.table")}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t(lang, "pane.targets.col.indicator")}</TableHeaderCell>
          <TableHeaderCell>{t(lang, "pane.targets.col.column")}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t(lang, "pane.targets.col.target")}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t(lang, "pane.targets.col.value")}</TableHeaderCell>
          <TableHeaderCell>{t(lang, "pane.targets.col.status")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={`${row.code}/${row.year}/${row.kind ?? ""}`}>
            <TableCell>{`${numberOf(row.code)} ${row.name}`.trim()}</TableCell>
            <TableCell>{targetColumnLabel(row, lang)}</TableCell>
            <TableCell className={styles.number}>
              {targetShown(row, lang) ?? t(lang, "pane.targets.no-target")}
            </TableCell>
            <TableCell className={styles.number}>
              {row.value !== undefined ? formatNumber(row.value, lang) : t(lang, "pane.targets.no-target")}
            </TableCell>
            <TableCell>
              <Badge color={statusColor[row.status]} appearance="tint" shape="rounded">
                {targetStatusLabel(row, lang)}
              </Badge>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
