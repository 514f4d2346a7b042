/**
 * Công thức: fill the comparison columns of the chosen sheets. Cells holding typed values are left alone and listed;
 * replacing them takes an explicit, confirmed second step. The chosen sheets' tables show how they were read (the
 * reading card) before anything is filled: a comparison read from its header's words is filled as the card says,
 * and a column corrected there is filled so.
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
import { fillComparisons, type FillSummary, type KeptCells, type TypedCell } from "../../core/actions/fill";
import { tCount } from "../../core/i18n/counts";
import { t } from "../../core/i18n/messages";
import { useAsyncAction } from "../state/async-action";
import { formatCellValue, say } from "../state/format";
import { useSheetNames } from "../state/sheet-names";
import { ErrorMessage, Notice, Working } from "./Feedback";
import { ReadingCard } from "./ReadingCard";
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
  const kept: KeptCells = summary?.kept ?? { differing: [], same: 0, unknown: 0 };
  // What "overwrite" replaces: the kept cells whose formula gives a number. Cells whose inputs are text stay until
  // the figures are numbers (the formula would give an empty cell).
  const replaceable = [...kept.differing, ...(kept.sameCells ?? [])];
  const overwritten = overwrite.state.result;

  const onOverwrite = () => {
    setConfirming(false);
    const keptSheets = [...new Set(replaceable.map((k) => k.sheet))];
    // Only the cells the official was shown and confirmed: a value typed since then stays.
    void overwrite.run(port, {
      sheets: keptSheets,
      overwrite: true,
      only: replaceable.map((k) => ({ sheet: k.sheet, cell: k.cell })),
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

      <ReadingCard
        lang={lang}
        reading={props.workbook.reading}
        year={props.year}
        sheets={chosenSheets()}
        disabled={busy}
        onChange={props.onReadingChange}
        onEditYear={props.onEditSettings}
      />

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

      {summary && !overwritten && <KeptOutcome kept={kept} {...props} />}
      {replaceable.length > 0 && !overwritten && (
        <>
          <div className={styles.actions}>
            <Button disabled={busy} onClick={() => setConfirming(true)} data-testid="formulas-overwrite">
              {t(lang, "pane.formulas.overwrite", { count: String(replaceable.length) })}
            </Button>
            {overwrite.state.running && <Working label={t(lang, "pane.formulas.overwrite.running")} />}
          </div>
        </>
      )}
      {overwrite.state.error !== undefined && <ErrorMessage error={overwrite.state.error} lang={lang} />}
      {overwritten && (
        <>
          <Notice>{tCount(lang, "count.pane-fill-overwritten", overwritten.overwritten.length)}</Notice>
          {overwritten.overwritten.length > 0 && (
            <CellsTable
              cells={overwritten.overwritten}
              label={tCount(lang, "count.pane-fill-overwritten", overwritten.overwritten.length)}
              typedHeader={t(lang, "pane.formulas.overwritten.typed")}
              testId="overwritten"
              {...props}
            />
          )}
        </>
      )}

      <Dialog open={confirming} onOpenChange={(_, data) => setConfirming(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t(lang, "pane.formulas.confirm.title")}</DialogTitle>
            <DialogContent>
              {say(lang, "pane.formulas.confirm.body", { count: replaceable.length })}
            </DialogContent>
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
    <>
      <Notice>
        {tCount(lang, "count.pane-formulas-done", summary.formulasWritten, {
          sheets: tCount(lang, "count.sheets", summary.sheetsWithTables.length),
        })}
      </Notice>
      {/* Figures stored as text: said once per sheet, pointing to the quick fixes, not a "(trống)" per cell. */}
      {summary.textInputs.map((s) => (
        <Notice key={s.sheet} intent="warning">
          <span data-testid="formulas-text-inputs" data-sheet={s.sheet}>
            {tCount(lang, "count.pane-fill-text-inputs", s.cells, { sheet: s.sheet })}
          </span>
        </Notice>
      ))}
    </>
  );
}

function KeptOutcome(props: ViewProps & { kept: KeptCells }) {
  const { lang, kept } = props;
  return (
    <>
      {kept.differing.length > 0 && (
        <>
          <Text>{tCount(lang, "count.pane-fill-kept", kept.differing.length)}</Text>
          <CellsTable
            cells={kept.differing}
            label={tCount(lang, "count.pane-fill-kept", kept.differing.length)}
            typedHeader={t(lang, "pane.formulas.kept.typed")}
            testId="kept"
            {...props}
          />
        </>
      )}
      {kept.same > 0 && (
        <Text data-testid="formulas-kept-same">{tCount(lang, "count.pane-fill-kept-same", kept.same)}</Text>
      )}
      {kept.unknown > 0 && (
        <Text data-testid="formulas-kept-unknown">
          {tCount(lang, "count.pane-fill-kept-unknown", kept.unknown)}
        </Text>
      )}
    </>
  );
}

/** Typed cells with what they hold (or held) and what the formula gives. */
function CellsTable(
  props: ViewProps & {
    cells: TypedCell[];
    label: string;
    typedHeader: string;
    testId: "kept" | "overwritten";
  },
) {
  const { lang, cells, label, typedHeader, testId } = props;
  const styles = useStyles();
  return (
    <Table size="small" aria-label={label} data-testid={`${testId}-table`}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.cellColumn}>
            {t(lang, "pane.formulas.kept.cell")}
          </TableHeaderCell>
          <TableHeaderCell className={styles.number}>{typedHeader}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>
            {t(lang, "pane.formulas.kept.computed")}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {cells.map((k) => (
          <TableRow
            key={`${k.sheet}!${k.cell}`}
            data-testid={`${testId}-cell`}
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
