/**
 * The web page: the task pane (src/taskpane/App, host "web") over an .xlsx file opened in the browser, beside the
 * file's sheets drawn as read-only tables. Files are read and written in the page (File.arrayBuffer in, a Blob
 * download out); nothing is sent anywhere. The first paint needs only React, Fluent UI and this shell (the header,
 * the welcome, the messages): the pane and the sheets (DocumentView.tsx, with the checker) come in a lazy chunk
 * when a workbook is opened, the .xlsx reader and writer in another (workbook-io.ts).
 *
 * This component only lays the page out: its state is a reducer (state/page.ts) driven by hooks (state/use-*.ts),
 * its parts are components/*. Below 720 px (a phone, a narrow window) the sheets and the pane stack.
 */
import { FluentProvider, Spinner, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useRef, useState } from "react";
import { DropOverlay, Welcome } from "./components/Welcome";
import { MessageBars } from "./components/MessageBars";
import { PageHeader } from "./components/PageHeader";
import { downloadName } from "./download";
import { tw } from "./i18n";
import type { Doc } from "./state/page";
import { ACCEPT, usePage } from "./state/use-page";
import { useDocumentChrome } from "./state/use-document-chrome";
import { useFileDrop } from "./state/use-file-drop";
import type { Lang } from "../core/i18n/messages";

const NARROW = "@media (max-width: 719px)";

/** The pane and the sheets of an open workbook: a lazy chunk (webpackChunkName "document"). */
const DocumentView = lazy(() => import(/* webpackChunkName: "document" */ "./DocumentView"));

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    [NARROW]: { height: "auto", minHeight: "100vh" },
  },
  loading: { flexGrow: 1, display: "flex", alignItems: "center", justifyContent: "center" },
  hidden: { display: "none" },
});

function docTitle(doc: Doc, lang: Lang): string {
  return "file" in doc.title ? doc.title.file : tw(lang, doc.title.key);
}

/** The header's line: the workbook open (and whether it has changes not downloaded), else the page's tagline. */
function pageStatus(lang: Lang, title: string | undefined, dirty: boolean): string {
  if (title === undefined) return tw(lang, "web.tagline");
  return tw(lang, "web.opened", { file: title }) + (dirty ? ` · ${tw(lang, "web.unsaved")}` : "");
}

/** The download button's hint: the file it saves, or that there is nothing to save (no workbook or no sheet). */
function downloadHint(lang: Lang, doc: Doc | undefined): string {
  if (!doc) return tw(lang, "web.download.empty");
  return tw(lang, "web.download.hint", { file: downloadName(doc.source, doc.port.document.macroEnabled) });
}

/** The workbook on the page, its view loaded with the page's "document" chunk. */
function LazyDocument(props: {
  lang: Lang;
  doc: Doc;
  state: ReturnType<typeof usePage>["state"];
  actions: ReturnType<typeof usePage>["actions"];
  onEditReading: () => void;
  showReading: number;
}) {
  const { lang, actions } = props;
  const styles = useStyles();
  return (
    <Suspense
      fallback={
        <div className={styles.loading}>
          <Spinner size="small" label={tw(lang, "web.loading")} />
        </div>
      }
    >
      <DocumentView
        lang={lang}
        doc={props.doc}
        state={props.state}
        onOpenSheet={actions.openSheet}
        onSelectCell={actions.selectCell}
        onEditReading={props.onEditReading}
        onUserYear={actions.chooseYear}
        showReading={props.showReading}
      />
    </Suspense>
  );
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
          status={pageStatus(lang, title, dirty)}
          working={working}
          saving={busy === "save"}
          canDownload={!!doc && hasSheets && busy === undefined}
          downloadHint={downloadHint(lang, hasSheets ? doc : undefined)}
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
          <LazyDocument
            lang={lang}
            doc={doc}
            state={state}
            actions={actions}
            onEditReading={editReading}
            showReading={showReading}
          />
        )}
        {dragging && <DropOverlay lang={lang} />}
      </div>
    </FluentProvider>
  );
}
