/**
 * Công thức: fill the comparison columns of the chosen sheets. Cells holding typed values are left alone and listed;
 * replacing them takes an explicit, confirmed second step.
 */
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Radio,
  RadioGroup,
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
import { useState } from "react";
import { fillComparisons, type FillSummary, type TypedCell } from "../../core/actions/fill";
import { t } from "../../core/i18n/messages";
import { useAsyncAction } from "../state/async-action";
import { formatCellValue, say } from "../state/format";
import { useSheetNames } from "../state/sheet-names";
import { ErrorMessage, Notice, Working } from "./Feedback";
import type { ViewProps } from "./types";

type Scope = "active" | "all" | "some";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  some: { display: "flex", flexDirection: "column", paddingLeft: tokens.spacingHorizontalXL },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM },
  number: { textAlign: "right" },
  // "Dự báo 2026!G15" on one line in a 320 px pane; a longer sheet name wraps inside its cell.
  cellColumn: { width: "46%" },
  address: { overflowWrap: "anywhere" },
});

export function FormulasView(props: ViewProps) {
  const { port, lang, active } = props;
  const styles = useStyles();
  const sheets = useSheetNames(port, active);
  const [scope, setScope] = useState<Scope>();
  /** The sheets ticked under "some sheets"; undefined until the official ticks one (then the active sheet). */
  const [picked, setPicked] = useState<ReadonlySet<string>>();
  const [confirming, setConfirming] = useState(false);
  const fill = useAsyncAction(fillComparisons);
  const overwrite = useAsyncAction(fillComparisons);

  const activeSheet = sheets.current?.active;
  const names = sheets.current?.names ?? [];
  // Default: the sheet the official is looking at; all sheets when the host has no active sheet.
  const effectiveScope: Scope = scope ?? (activeSheet ? "active" : "all");
  const some: ReadonlySet<string> = picked ?? new Set(activeSheet ? [activeSheet] : []);

  const chosenSheets = (): string[] | undefined =>
    effectiveScope === "all"
      ? undefined
      : effectiveScope === "active"
        ? activeSheet
          ? [activeSheet]
          : undefined
        : names.filter((n) => some.has(n));

  const busy = fill.state.running || overwrite.state.running;
  const nothingChosen = effectiveScope === "some" && names.every((n) => !some.has(n));

  const onFill = () => {
    overwrite.reset();
    void fill.run(port, { sheets: chosenSheets(), overwrite: false });
  };

  const summary = fill.state.result;
  const kept = summary?.kept ?? [];
  const overwritten = overwrite.state.result;

  const onOverwrite = () => {
    setConfirming(false);
    const keptSheets = [...new Set(kept.map((k) => k.sheet))];
    // Only the cells the official was shown and confirmed: a value typed since then stays.
    void overwrite.run(port, {
      sheets: keptSheets,
      overwrite: true,
      only: kept.map((k) => ({ sheet: k.sheet, cell: k.cell })),
    });
  };

  return (
    <section className={styles.view} aria-label={t(lang, "pane.formulas.title")}>
      <Text>{t(lang, "pane.formulas.intro")}</Text>
      {sheets.read.error !== undefined && !sheets.current && (
        <ErrorMessage error={sheets.read.error} lang={lang} />
      )}
      <Field label={t(lang, "pane.formulas.scope")}>
        <RadioGroup
          value={effectiveScope}
          disabled={busy}
          onChange={(_, data) => setScope(data.value as Scope)}
        >
          {activeSheet && (
            <Radio value="active" label={t(lang, "pane.formulas.scope.active", { sheet: activeSheet })} />
          )}
          <Radio value="all" label={t(lang, "pane.formulas.scope.all")} />
          <Radio value="some" label={t(lang, "pane.formulas.scope.some")} />
        </RadioGroup>
      </Field>
      {effectiveScope === "some" && (
        <div className={styles.some} role="group" aria-label={t(lang, "pane.formulas.sheets")}>
          {names.map((name) => (
            <Checkbox
              key={name}
              label={name}
              checked={some.has(name)}
              disabled={busy}
              onChange={(_, data) =>
                setPicked((prev) => {
                  const next = new Set(prev ?? some);
                  if (data.checked === true) next.add(name);
                  else next.delete(name);
                  return next;
                })
              }
            />
          ))}
          {nothingChosen && <Text>{t(lang, "pane.formulas.none-chosen")}</Text>}
        </div>
      )}

      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy || nothingChosen}
          onClick={onFill}
          data-testid="formulas-fill"
        >
          {t(lang, "pane.formulas.button")}
        </Button>
        {fill.state.running && <Working label={t(lang, "pane.formulas.running")} />}
      </div>
      {fill.state.error !== undefined && <ErrorMessage error={fill.state.error} lang={lang} />}
      {summary && <FillOutcome summary={summary} {...props} />}

      {kept.length > 0 && !overwritten && (
        <>
          <KeptTable kept={kept} {...props} />
          <div className={styles.actions}>
            <Button disabled={busy} onClick={() => setConfirming(true)} data-testid="formulas-overwrite">
              {t(lang, "pane.formulas.overwrite")}
            </Button>
            {overwrite.state.running && <Working label={t(lang, "pane.formulas.overwrite.running")} />}
          </div>
        </>
      )}
      {overwrite.state.error !== undefined && <ErrorMessage error={overwrite.state.error} lang={lang} />}
      {overwritten && (
        <Notice>{say(lang, "pane.formulas.overwritten", { count: overwritten.overwritten.length })}</Notice>
      )}

      <Dialog open={confirming} onOpenChange={(_, data) => setConfirming(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t(lang, "pane.formulas.confirm.title")}</DialogTitle>
            <DialogContent>{say(lang, "pane.formulas.confirm.body", { count: kept.length })}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={onOverwrite} data-testid="formulas-overwrite-confirm">
                {t(lang, "pane.formulas.confirm.yes")}
              </Button>
              <Button onClick={() => setConfirming(false)}>{t(lang, "pane.cancel")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}

function FillOutcome(props: ViewProps & { summary: FillSummary }) {
  const { lang, summary } = props;
  if (summary.sheetsWithTables.length === 0)
    return <Notice intent="warning">{t(lang, "pane.formulas.no-tables")}</Notice>;
  return (
    <Notice>
      {say(lang, "pane.formulas.done", {
        formulas: summary.formulasWritten,
        sheets: summary.sheetsWithTables.length,
      })}
      {summary.kept.length > 0 && ` ${say(lang, "pane.formulas.kept", { count: summary.kept.length })}`}
    </Notice>
  );
}

function KeptTable(props: ViewProps & { kept: TypedCell[] }) {
  const { lang, kept } = props;
  const styles = useStyles();
  return (
    <Table
      size="small"
      aria-label={say(lang, "pane.formulas.kept", { count: kept.length })}
      data-testid="kept-table"
    >
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.cellColumn}>
            {t(lang, "pane.formulas.kept.cell")}
          </TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t(lang, "pane.formulas.kept.typed")}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>
            {t(lang, "pane.formulas.kept.computed")}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {kept.map((k) => (
          <TableRow
            key={`${k.sheet}!${k.cell}`}
            data-testid="kept-cell"
            data-sheet={k.sheet}
            data-cell={k.cell}
          >
            <TableCell className={styles.address}>{`${k.sheet}!${k.cell}`}</TableCell>
            <TableCell className={styles.number}>{formatCellValue(k.typed, lang)}</TableCell>
            <TableCell className={styles.number}>{formatCellValue(k.computed, lang)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
