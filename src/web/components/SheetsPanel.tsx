/** The workbook's sheets as read-only tables: the sheet tabs, the cell bar, the legend and the table on show. */
import { Spinner, Tab, TabList, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, type ReactNode } from "react";
import type { Severity } from "../../core/check/types";
import type { Lang } from "../../core/i18n/messages";
import { findingsByCell, type CellFindings } from "../display";
import { tw } from "../i18n";
import { SheetTable } from "../SheetTable";
import type { PageState } from "../state/page";
import { CellBar } from "./CellBar";
import { Legend } from "./Legend";
import { ReadingStrip, columnReadings } from "./ReadingStrip";

const useStyles = makeStyles({
  sheets: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0 },
  tabs: {
    flexShrink: 0,
    overflowX: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  placeholder: {
    flexGrow: 1,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    padding: tokens.spacingHorizontalXXL,
  },
});

/** The sheet on show: its model, its findings by cell, the cell selected in it, its columns' readings. */
function useActiveSheet(state: Pick<PageState, "snapshot" | "activeSheet" | "selection">, lang: Lang) {
  const { snapshot, activeSheet, selection } = state;
  const sheetFindings = useMemo(
    () =>
      snapshot && activeSheet
        ? findingsByCell(snapshot.findings, activeSheet)
        : new Map<string, CellFindings>(),
    [snapshot, activeSheet],
  );
  const sheetIndex = snapshot && activeSheet ? snapshot.names.indexOf(activeSheet) : -1;
  const sheet = sheetIndex >= 0 ? snapshot?.sheets[sheetIndex] : undefined;
  const selectedCell = selection && selection.sheet === activeSheet ? selection.cell : undefined;
  const readings = useMemo(
    () => (sheet ? columnReadings(snapshot?.reading, sheet.name, lang) : undefined),
    [snapshot, sheet, lang],
  );
  return { sheet, sheetFindings, selectedCell, readings };
}

export function SheetsPanel(props: {
  lang: Lang;
  state: Pick<PageState, "snapshot" | "activeSheet" | "selection">;
  onOpenSheet: (name: string) => void;
  onSelectCell: (cell: string) => void;
  /** Opens the pane's reading card (a column's reading is corrected there). */
  onEditReading: () => void;
  className?: string;
}) {
  const { lang, onOpenSheet } = props;
  const { snapshot, activeSheet } = props.state;
  const styles = useStyles();
  const severityLabel = useCallback((s: Severity) => tw(lang, `web.legend.${s}`), [lang]);
  const { sheet, sheetFindings, selectedCell, readings } = useActiveSheet(props.state, lang);

  let content;
  if (!snapshot)
    content = (
      <Placeholder>
        <Spinner label={tw(lang, "web.loading")} />
      </Placeholder>
    );
  else if (snapshot.names.length === 0)
    content = (
      <Placeholder>
        <Text size={400}>{tw(lang, "web.sheets.none")}</Text>
      </Placeholder>
    );
  else
    content = (
      <>
        <SheetTabs lang={lang} names={snapshot.names} active={activeSheet} onOpen={onOpenSheet} />
        <CellBar
          lang={lang}
          sheet={sheet}
          cell={selectedCell}
          findings={selectedCell ? sheetFindings.get(selectedCell) : undefined}
          severityLabel={severityLabel}
        />
        <Legend lang={lang} findings={snapshot.findings} sheet={activeSheet} />
        <ReadingStrip
          lang={lang}
          reading={snapshot.reading}
          sheet={activeSheet}
          onEdit={props.onEditReading}
        />
        {sheet && (
          <SheetTable
            key={sheet.name}
            sheet={sheet}
            look={snapshot.looks.find((l) => l.name === sheet.name)}
            findings={sheetFindings}
            selected={selectedCell}
            lang={lang}
            onSelect={props.onSelectCell}
            severityLabel={severityLabel}
            columnReadings={readings}
          />
        )}
      </>
    );
  return (
    <section
      className={mergeClasses(styles.sheets, props.className)}
      aria-label={tw(lang, "web.sheets.label")}
    >
      {content}
    </section>
  );
}

/** The sheets' tabs. */
function SheetTabs(props: {
  lang: Lang;
  names: readonly string[];
  active: string | undefined;
  onOpen: (name: string) => void;
}) {
  const styles = useStyles();
  return (
    <TabList
      className={styles.tabs}
      size="small"
      selectedValue={props.active}
      onTabSelect={(_, data) => props.onOpen(String(data.value))}
      aria-label={tw(props.lang, "web.sheets.label")}
    >
      {props.names.map((name) => (
        <Tab key={name} value={name}>
          {name}
        </Tab>
      ))}
    </TabList>
  );
}

/** What the panel shows instead of sheets: the workbook still loading, or having none. */
function Placeholder(props: { children: ReactNode }) {
  const styles = useStyles();
  return <div className={styles.placeholder}>{props.children}</div>;
}
