/** The selected cell's address and what it holds, like Excel's name box and formula bar, and its findings. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../core/check/types";
import type { Lang } from "../../core/i18n/messages";
import { parseA1 } from "../../core/model/address";
import { cellAt, type SheetModel } from "../../core/model/sheet";
import { findingsTitle, shownCell, type CellFindings } from "../display";
import { tw } from "../i18n";

const useStyles = makeStyles({
  bar: {
    flexShrink: 0,
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: "28px",
  },
  address: {
    minWidth: "56px",
    padding: "1px 6px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    textAlign: "center",
  },
  content: {
    flexGrow: 1,
    minWidth: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  readonly: {
    color: tokens.colorNeutralForeground3,
    "@media (max-width: 719px)": { display: "none" },
  },
  // "Chưa chọn ô nào" is a sentence, in the page's type: the monospaced one is for a cell's content.
  none: {
    flexGrow: 1,
    minWidth: 0,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  findings: {
    flexShrink: 0,
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    listStyleType: "none",
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
});

export function CellBar(props: {
  lang: Lang;
  sheet: SheetModel | undefined;
  cell: string | undefined;
  findings: CellFindings | undefined;
  severityLabel: (s: Severity) => string;
}) {
  const { lang, sheet, cell, findings, severityLabel } = props;
  const styles = useStyles();
  let content = "";
  if (sheet && cell) {
    const at = parseA1(cell);
    const model = at ? cellAt(sheet, at.row, at.col) : undefined;
    const shown = shownCell(model, undefined, lang);
    content = model?.formula !== undefined ? `=${model.formula}` : shown.text;
  }
  return (
    <>
      <div className={styles.bar} data-testid="cell-bar">
        <span className={styles.address} data-testid="cell-address">
          {cell ?? "—"}
        </span>
        {cell ? (
          <span className={styles.content} title={content}>
            {content}
          </span>
        ) : (
          <span className={styles.none} data-testid="cell-none">
            {tw(lang, "web.cell.none")}
          </span>
        )}
        <Text size={200} className={styles.readonly}>
          {tw(lang, "web.sheet.readonly")}
        </Text>
      </div>
      {findings && (
        <ul className={styles.findings} data-testid="cell-findings">
          {findingsTitle(findings, lang, severityLabel)
            .split("\n")
            .map((line, i) => (
              <li key={i}>{line}</li>
            ))}
        </ul>
      )}
    </>
  );
}
