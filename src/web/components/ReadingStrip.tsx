/**
 * How the tables of the sheet on show were read, beside the sheet: for a table read by its header words (no
 * column-number row), or whose year came from a title or the settings, its place and year with the year's source and
 * each figure and comparison column's reading on one wrapped line; the same words as the pane's reading card and
 * `phuluc check`. A button opens the pane's card, where a column's reading is corrected. Tables a column-number row
 * makes certain take no room here (their readings are in the column letters' tooltips).
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/i18n/messages";
import {
  columnText,
  readingWorthShowing,
  shownColumns,
  tableText,
  type WorkbookReading,
} from "../../core/tables";
import { tw } from "../i18n";

const useStyles = makeStyles({
  strip: {
    flexShrink: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  columns: { color: tokens.colorNeutralForeground2 },
});

export function ReadingStrip(props: {
  lang: Lang;
  reading: WorkbookReading | undefined;
  sheet: string | undefined;
  /** Opens the pane's reading card. */
  onEdit: () => void;
}) {
  const { lang, reading, sheet } = props;
  const styles = useStyles();
  const tables = (reading?.tables ?? []).filter((tb) => tb.sheet === sheet && readingWorthShowing(tb));
  if (tables.length === 0) return null;
  return (
    <section className={styles.strip} aria-label={tw(lang, "web.reading.label")} data-testid="reading-strip">
      {tables.map((table, i) => (
        <div key={`${table.index}`} data-testid="reading-strip-table" data-range={table.range}>
          <div className={styles.head}>
            <Text size={200} weight="semibold">
              {tableText(table, lang)}
            </Text>
            {i === 0 && (
              <Button
                size="small"
                appearance="subtle"
                onClick={props.onEdit}
                data-testid="reading-strip-edit"
              >
                {tw(lang, "web.reading.edit")}
              </Button>
            )}
          </div>
          <Text size={200} className={styles.columns} data-testid="reading-strip-columns">
            {shownColumns(table)
              .map((c) => columnText(table, c, lang))
              .join(" · ")}
          </Text>
          {table.columns.some((c) => c.kindUnknown && !c.corrected) && (
            <Text size={200} className={styles.columns} data-testid="reading-strip-kind-unknown">
              {tw(lang, "web.reading.kind-unknown")}
            </Text>
          )}
        </div>
      ))}
    </section>
  );
}

/** The reading of each column of the sheet's tables, by sheet column, for the column letters' tooltips. */
export function columnReadings(
  reading: WorkbookReading | undefined,
  sheet: string,
  lang: Lang,
): Map<number, string> {
  const out = new Map<number, string>();
  for (const table of reading?.tables ?? []) {
    if (table.sheet !== sheet) continue;
    for (const column of shownColumns(table)) {
      const text = columnText(table, column, lang);
      const before = out.get(column.col);
      out.set(column.col, before ? `${before}\n${text}` : text);
    }
  }
  return out;
}
