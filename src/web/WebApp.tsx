/**
 * The web page: the task pane (src/taskpane/App, host "web") over an .xlsx file opened in the browser, beside the
 * file's sheets drawn as read-only tables. Files are read and written in the page (File.arrayBuffer in, a Blob
 * download out); nothing is sent anywhere. ExcelJS and the xlsx adapter arrive with the first file (workbook-io.ts,
 * a lazy chunk), so the first paint needs only React, Fluent UI and the pane.
 *
 * This component only lays the page out: its state is a reducer (state/page.ts) driven by hooks (state/use-*.ts),
 * its parts are components/*. Below 720 px (a phone, a narrow window) the sheets and the pane stack.
 */
import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useCallback, useRef, useState } from "react";
import { App } from "../taskpane/App";
import { ErrorBoundary } from "../taskpane/components/StartProblem";
import { DropOverlay, Welcome } from "./components/Welcome";
import { MessageBars } from "./components/MessageBars";
import { PageHeader } from "./components/PageHeader";
import { SheetsPanel } from "./components/SheetsPanel";
import { downloadName } from "./display";
import { tw } from "./i18n";
import type { Doc } from "./state/page";
import { ACCEPT, usePage } from "./state/use-page";
import { useDocumentChrome } from "./state/use-document-chrome";
import { useFileDrop } from "./state/use-file-drop";
import type { Lang } from "../core/i18n/messages";

const NARROW = "@media (max-width: 719px)";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    [NARROW]: { height: "auto", minHeight: "100vh" },
  },
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
  hidden: { display: "none" },
});

function docTitle(doc: Doc, lang: Lang): string {
  return "file" in doc.title ? doc.title.file : tw(lang, doc.title.key);
}

export function WebApp() {
  const styles = useStyles();
  const { state, actions, libraryLoading } = usePage();
  const { lang, doc, busy, dirty, snapshot } = state;
  const fileInput = useRef<HTMLInputElement>(null);
  // «Sửa cách đọc…» beside a sheet opens the pane's reading card.
  const [showReading, setShowReading] = useState(0);
  const editReading = useCallback(() => setShowReading((n) => n + 1), []);
  const dragging = useFileDrop((file, others) => void actions.openFile(file, others));
  const title = doc ? docTitle(doc, lang) : undefined;
  useDocumentChrome(lang, title, dirty);

  const working = busy === "open" || busy === "sample" || busy === "new";
  const hasSheets = (snapshot?.names.length ?? 0) > 0;
  const chooseFile = () => fileInput.current?.click();
  const status =
    title !== undefined
      ? tw(lang, "web.opened", { file: title }) + (dirty ? ` · ${tw(lang, "web.unsaved")}` : "")
      : tw(lang, "web.tagline");

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <div className={styles.page}>
        <input
          ref={fileInput}
          type="file"
          accept={ACCEPT}
          className={styles.hidden}
          aria-label={tw(lang, "web.open")}
          data-testid="file-input"
          onChange={(e) => {
            const files = e.currentTarget.files;
            if (files && files.length > 0) void actions.openFile(files[0], files.length - 1);
            e.currentTarget.value = "";
          }}
        />
        <PageHeader
          lang={lang}
          status={status}
          working={working}
          saving={busy === "save"}
          canDownload={!!doc && hasSheets && busy === undefined}
          downloadHint={
            doc && hasSheets
              ? tw(lang, "web.download.hint", { file: downloadName(doc.source) })
              : tw(lang, "web.download.empty")
          }
          onOpen={chooseFile}
          onSample={() => void actions.openMade("sample")}
          onNew={() => void actions.openMade("new")}
          onDownload={() => void actions.download()}
          onLang={(l) => void actions.chooseLang(l)}
        />
        <MessageBars
          lang={lang}
          working={working}
          libraryLoading={libraryLoading}
          problem={state.problem}
          notice={state.notice}
          onDismissProblem={actions.dismissProblem}
          onDismissNotice={actions.dismissNotice}
        />
        {!doc ? (
          <Welcome
            lang={lang}
            working={working}
            onOpen={chooseFile}
            onSample={() => void actions.openMade("sample")}
            onNew={() => void actions.openMade("new")}
          />
        ) : (
          <div className={styles.main}>
            <SheetsPanel
              className={styles.sheets}
              lang={lang}
              state={state}
              onOpenSheet={actions.openSheet}
              onSelectCell={actions.selectCell}
              onEditReading={editReading}
            />
            <aside className={styles.pane}>
              {/* A pane that fails shows the start-problem message; the tables and the download stay usable. */}
              <ErrorBoundary key={`${doc.id}-${state.paneKey}`}>
                <App
                  port={doc.port}
                  host="web"
                  lang={doc.lang}
                  onUserYear={actions.chooseYear}
                  showReading={showReading}
                />
              </ErrorBoundary>
            </aside>
          </div>
        )}
        {dragging && <DropOverlay lang={lang} />}
      </div>
    </FluentProvider>
  );
}
