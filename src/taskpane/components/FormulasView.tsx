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

/** The sheets to fill: the active one, all, or those ticked (see useSheetScope). */
interface SheetScope {
  activeSheet: string | undefined;
  names: readonly string[];
  scope: Scope;
  setScope: (scope: Scope) => void;
  /** The sheets ticked under "some sheets". */
  some: ReadonlySet<string>;
  setPicked: (update: (prev: ReadonlySet<string> | undefined) => ReadonlySet<string>) => void;
  /** The chosen sheets by name; undefined: every sheet. */
  chosenSheets: () => string[] | undefined;
  nothingChosen: boolean;
}

function useSheetScope(sheets: ReturnType<typeof useSheetNames>): SheetScope {
  const [scope, setScope] = useState<Scope>();
  /** The sheets ticked under "some sheets"; undefined until the official ticks one (then the active sheet). */
  const [picked, setPicked] = useState<ReadonlySet<string>>();
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
  return {
    activeSheet,
    names,
    scope: effectiveScope,
    setScope,
    some,
    setPicked,
    chosenSheets,
    nothingChosen: effectiveScope === "some" && names.every((n) => !some.has(n)),
  };
}

/** Filling, and overwriting the typed values kept once confirmed. */
function useFill(port: ViewProps["port"]) {
  const fill = useAsyncAction(fillComparisons);
  const overwrite = useAsyncAction(fillComparisons);
  const summary = fill.state.result;
  const kept: KeptCells = summary?.kept ?? { differing: [], same: 0, unknown: 0 };
  // What "overwrite" replaces: the kept cells whose formula gives a number. Cells whose inputs are text stay until
  // the figures are numbers (the formula would give an empty cell).
  const replaceable = [...kept.differing, ...(kept.sameCells ?? [])];
  const onOverwrite = () => {
    const keptSheets = [...new Set(replaceable.map((k) => k.sheet))];
    // Only the cells the official was shown and confirmed: a value typed since then stays.
    void overwrite.run(port, {
      sheets: keptSheets,
      overwrite: true,
      only: replaceable.map((k) => ({ sheet: k.sheet, cell: k.cell })),
    });
  };
  return {
    fill,
    overwrite,
    busy: fill.state.running || overwrite.state.running,
    summary,
    kept,
    replaceable,
    overwritten: overwrite.state.result,
    onOverwrite,
  };
}

export function FormulasView(props: ViewProps) {
  const { port, lang, active } = props;
  const styles = useStyles();
  const sheets = useSheetNames(port, active);
  const scope = useSheetScope(sheets);
  const [confirming, setConfirming] = useState(false);
  const { fill, overwrite, busy, summary, kept, replaceable, overwritten, onOverwrite } = useFill(port);
  const onFill = () => {
    overwrite.reset();
    void fill.run(port, { sheets: scope.chosenSheets(), overwrite: false });
  };
  return (
    <section className={styles.view} aria-label={t(lang, "pane.formulas.title")}>
      <Text>{t(lang, "pane.formulas.intro")}</Text>
      {sheets.read.error !== undefined && !sheets.current && (
        <ErrorMessage error={sheets.read.error} lang={lang} />
      )}
      <ScopeChoice lang={lang} scope={scope} busy={busy} />
      <ReadingCard
        lang={lang}
        reading={props.workbook.reading}
        year={props.year}
        sheets={scope.chosenSheets()}
        disabled={busy}
        onChange={props.onReadingChange}
        onEditYear={props.onEditSettings}
      />

      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy || scope.nothingChosen}
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
        <OverwriteButton
          lang={lang}
          count={replaceable.length}
          busy={busy}
          running={overwrite.state.running}
          onClick={() => setConfirming(true)}
        />
      )}
      {overwrite.state.error !== undefined && <ErrorMessage error={overwrite.state.error} lang={lang} />}
      {overwritten && <OverwriteOutcome overwritten={overwritten} {...props} />}
      <OverwriteDialog
        lang={lang}
        open={confirming}
        count={replaceable.length}
        onConfirm={() => {
          setConfirming(false);
          onOverwrite();
        }}
        setOpen={setConfirming}
      />
    </section>
  );
}

/** Which sheets to fill: the active one, all, or some ticked. */
function ScopeChoice(props: { lang: ViewProps["lang"]; scope: SheetScope; busy: boolean }) {
  const { lang, scope, busy } = props;
  const styles = useStyles();
  const { activeSheet, names, some, setPicked } = scope;
  return (
    <>
      <Field label={t(lang, "pane.formulas.scope")}>
        <RadioGroup
          value={scope.scope}
          disabled={busy}
          onChange={(_, data) => scope.setScope(data.value as Scope)}
        >
          {activeSheet && (
            <Radio value="active" label={t(lang, "pane.formulas.scope.active", { sheet: activeSheet })} />
          )}
          <Radio value="all" label={t(lang, "pane.formulas.scope.all")} />
          <Radio value="some" label={t(lang, "pane.formulas.scope.some")} />
        </RadioGroup>
      </Field>
      {scope.scope === "some" && (
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
          {scope.nothingChosen && <Text>{t(lang, "pane.formulas.none-chosen")}</Text>}
        </div>
      )}
    </>
  );
}

/** The offer to replace the typed values kept by their formulas (confirmed in OverwriteDialog). */
function OverwriteButton(props: {
  lang: ViewProps["lang"];
  count: number;
  busy: boolean;
  running: boolean;
  onClick: () => void;
}) {
  const { lang, count, busy, running, onClick } = props;
  const styles = useStyles();
  return (
    <div className={styles.actions}>
      <Button disabled={busy} onClick={onClick} data-testid="formulas-overwrite">
        {t(lang, "pane.formulas.overwrite", { count: String(count) })}
      </Button>
      {running && <Working label={t(lang, "pane.formulas.overwrite.running")} />}
    </div>
  );
}

/** The typed values replaced by their formulas. */
function OverwriteOutcome(props: ViewProps & { overwritten: FillSummary }) {
  const { lang, overwritten } = props;
  return (
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
  );
}

/** The confirmation asked before typed values are replaced by formulas. */
function OverwriteDialog(props: {
  lang: ViewProps["lang"];
  open: boolean;
  count: number;
  onConfirm: () => void;
  setOpen: (open: boolean) => void;
}) {
  const { lang, open, count, onConfirm, setOpen } = props;
  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(lang, "pane.formulas.confirm.title")}</DialogTitle>
          <DialogContent>{say(lang, "pane.formulas.confirm.body", { count })}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm} data-testid="formulas-overwrite-confirm">
              {t(lang, "pane.formulas.confirm.yes")}
            </Button>
            <Button onClick={() => setOpen(false)}>{t(lang, "pane.cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
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
