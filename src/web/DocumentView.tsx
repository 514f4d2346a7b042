/**
 * An open workbook on the page: its sheets as read-only tables beside the task pane. A lazy chunk of its own, with
 * the pane and the checker, loaded when the first workbook is opened (the welcome screen needs neither).
 * Below 720 px (a phone, a narrow window) the sheets and the pane stack.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../core/i18n/messages";
import { App } from "../taskpane/App";
import { ErrorBoundary } from "../taskpane/components/StartProblem";
import { SheetsPanel } from "./components/SheetsPanel";
import type { Doc, PageState } from "./state/page";

const NARROW = "@media (max-width: 719px)";

const useStyles = makeStyles({
  main: {
    flexGrow: 1,
    minHeight: 0,
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(320px, 400px)",
    // Stacked: the sheets on top (a screenful at most), the pane below them at the page's full width.
    [NARROW]: { display: "flex", flexDirection: "column" },
  },
  // Stacked, the sheets take most of the screen (the grid stays usable under its tabs, cell bar and legend).
  sheets: { [NARROW]: { height: "85vh", minHeight: "420px", flexShrink: 0 } },
  pane: {
    minHeight: 0,
    minWidth: 0,
    overflowY: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    [NARROW]: {
      overflowY: "visible",
      borderLeft: "none",
      borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    },
  },
});

export default function DocumentView(props: {
  lang: Lang;
  doc: Doc;
  state: PageState;
  onOpenSheet: (name: string) => void;
  onSelectCell: (cell: string) => void;
  /** «Sửa cách đọc…» beside the sheet: opens the pane's reading card. */
  onEditReading: () => void;
  /** The pane tells the report year the official chose (the tables are checked with it too). */
  onUserYear: (year: number | undefined) => void;
  /** Bumped on each ask to show the pane's reading card. */
  showReading: number;
}) {
  const { lang, doc, state } = props;
  const styles = useStyles();
  return (
    <div className={styles.main}>
      <SheetsPanel
        className={styles.sheets}
        lang={lang}
        state={state}
        onOpenSheet={props.onOpenSheet}
        onSelectCell={props.onSelectCell}
        onEditReading={props.onEditReading}
      />
      <aside className={styles.pane}>
        {/* A pane that fails shows the start-problem message; the tables and the download stay usable. */}
        <ErrorBoundary key={`${doc.id}-${state.paneKey}`}>
          <App
            port={doc.port}
            host="web"
            lang={doc.lang}
            onUserYear={props.onUserYear}
            showReading={props.showReading}
          />
        </ErrorBoundary>
      </aside>
    </div>
  );
}
