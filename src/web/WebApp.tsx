/**
 * The web page: the task pane (src/taskpane/App, host "web") over an .xlsx file opened in the browser, beside the
 * file's sheets drawn as read-only tables. Files are read and written in the page (File.arrayBuffer in, a Blob
 * download out); nothing is sent anywhere. ExcelJS and the xlsx adapter arrive with the first file (workbook-io.ts,
 * a lazy chunk), so the first paint needs only React, Fluent UI and the pane.
 */
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Text,
  Tooltip,
  makeStyles,
  mergeClasses,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { withoutReports } from "../core/actions/check";
import { checkWorkbook, countBySeverity, formatNumber } from "../core/check";
import type { Finding, Severity } from "../core/check/types";
import type { Lang } from "../core/i18n/messages";
import { parseA1 } from "../core/model/address";
import { cellAt, type SheetModel } from "../core/model/sheet";
import { markFills } from "../core/port";
// Types only: the xlsx modules themselves arrive with workbook-io's lazy chunk.
import type { LoadProblem } from "../xlsx/load";
import type { XlsxPort } from "../xlsx/port";
import { App } from "../taskpane/App";
import { downloadName, findingsByCell, findingsTitle, shownCell, type CellFindings } from "./display";
import { tw, type WebMessageKey } from "./i18n";
import type { SheetLook } from "./look";
import { observePort, type PortChange } from "./observed-port";
import { SheetTable } from "./SheetTable";
import { ConsolidateView } from "./ConsolidateView";

type WorkbookIo = typeof import("./workbook-io");

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The open workbook. `id` changes with every file, so the pane starts afresh on each. */
interface Doc {
  id: number;
  port: XlsxPort;
  /** The file name the download is named after. */
  source: string;
  /** What the header says is open. */
  title: string;
  /** The language the pane starts in (the workbook's own setting wins). */
  lang: Lang;
}

/** What the tables show: a snapshot of the workbook taken after each change. */
interface Snapshot {
  names: string[];
  sheets: SheetModel[];
  looks: SheetLook[];
  findings: Finding[];
}

type Problem =
  | { kind: LoadProblem; file: string; kept: boolean }
  | { kind: "library"; reason: string }
  | { kind: "save"; reason: string }
  /** The tables could not be drawn from the workbook (the pane may still work). */
  | { kind: "view"; reason: string };

type Busy = "open" | "sample" | "new" | "save";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: "#1F4E79",
    color: "#FFFFFF",
  },
  brand: { display: "flex", flexDirection: "column", marginRight: "auto", minWidth: 0 },
  brandTitle: { color: "#FFFFFF", fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  brandFile: {
    color: "#DCE8F4",
    fontSize: tokens.fontSizeBase200,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  langs: { display: "flex", gap: "2px" },
  lang: { color: "#FFFFFF", minWidth: "auto" },
  langOn: { textDecorationLine: "underline", fontWeight: tokens.fontWeightSemibold },
  bars: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `0 ${tokens.spacingHorizontalL}`,
  },
  barsFilled: { paddingTop: tokens.spacingVerticalS },
  main: {
    flexGrow: 1,
    minHeight: 0,
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(320px, 400px)",
  },
  sheets: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0 },
  tabs: {
    flexShrink: 0,
    overflowX: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
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
  legend: {
    flexShrink: 0,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  swatch: {
    display: "inline-block",
    width: "12px",
    height: "12px",
    marginRight: "4px",
    verticalAlign: "-2px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  cellFindings: {
    flexShrink: 0,
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    listStyleType: "none",
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  pane: {
    minHeight: 0,
    overflowY: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  welcome: {
    flexGrow: 1,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    padding: tokens.spacingHorizontalXXL,
  },
  drop: {
    maxWidth: "640px",
    width: "100%",
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    textAlign: "center",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalXXL}`,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  dropping: {
    position: "fixed",
    inset: 0,
    zIndex: 1000,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    backgroundColor: "rgba(31, 78, 121, 0.94)",
    pointerEvents: "none",
  },
  droppingText: {
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXXL}`,
    border: "3px dashed #FFFFFF",
    borderRadius: tokens.borderRadiusXLarge,
    color: "#FFFFFF",
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  hidden: { display: "none" },
});

/** The file input's accepted types: the file picker offers .xlsx first, but any file can be chosen (and is told off). */
const ACCEPT = `.xlsx,${XLSX_TYPE}`;

export function WebApp() {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>("vi");
  const [doc, setDoc] = useState<Doc>();
  const [paneKey, setPaneKey] = useState(0);
  const [snapshot, setSnapshot] = useState<Snapshot>();
  const [activeSheet, setActiveSheet] = useState<string>();
  const [selection, setSelection] = useState<{ sheet: string; cell: string }>();
  const [busy, setBusy] = useState<Busy>();
  const [libraryLoading, setLibraryLoading] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const [notice, setNotice] = useState<string>();
  const [dirty, setDirty] = useState(false);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const io = useRef<Promise<WorkbookIo> | undefined>(undefined);
  const nextId = useRef(1);
  const refreshes = useRef(0);
  /** The port on the page now: work finishing on a workbook already closed changes nothing. */
  const current = useRef<XlsxPort | undefined>(undefined);
  /** The last cell selected on each sheet, selected again when its tab is opened. */
  const lastCells = useRef(new Map<string, string>());

  const severityLabel = useCallback((s: Severity) => tw(lang, `web.legend.${s}`), [lang]);

  /** The lazy chunk with ExcelJS; a failed load is retried next time. */
  const loadIo = useCallback((): Promise<WorkbookIo> => {
    if (!io.current) {
      setLibraryLoading(true);
      io.current = import(/* webpackChunkName: "xlsx" */ "./workbook-io").finally(() =>
        setLibraryLoading(false),
      );
      io.current.catch(() => (io.current = undefined));
    }
    return io.current;
  }, []);

  /** Takes a new snapshot of the workbook; a slower earlier one never overwrites a later one. */
  const refresh = useCallback(
    async (port: XlsxPort) => {
      const token = ++refreshes.current;
      const stale = () => token !== refreshes.current || current.current !== port;
      let snapshot: Snapshot & { active?: string; lang?: Lang };
      try {
        const [{ names, active }, model, settings, library] = await Promise.all([
          port.sheetNames(),
          port.read(),
          port.loadSettings(),
          loadIo(),
        ]);
        const findings = checkWorkbook(withoutReports(model), { level: settings.level }).issues;
        const looks = library.sheetLooks(port, names);
        snapshot = { names, sheets: model.sheets, looks, findings, active, lang: settings.lang };
      } catch (error) {
        if (!stale())
          setProblem({ kind: "view", reason: error instanceof Error ? error.message : String(error) });
        return;
      }
      if (stale()) return;
      const { names, active, lang: stored, ...rest } = snapshot;
      setSnapshot({ names, ...rest });
      setActiveSheet((shown) => (shown && names.includes(shown) ? shown : (active ?? names[0])));
      if (stored) setLang(stored);
    },
    [loadIo],
  );

  /** Puts a newly opened workbook on the page, watched so the tables follow the pane's work. */
  const show = useCallback(
    (inner: XlsxPort, source: string, title: string) => {
      const id = nextId.current++;
      // Called only after the port below exists.
      const onChange = (change: PortChange) => {
        if (current.current !== port) return;
        if (change === "selection") {
          const selected = port.selection;
          if (selected) {
            setSelection(selected);
            setActiveSheet(selected.sheet);
          }
          return;
        }
        if (change === "content") setDirty(true);
        void refresh(port);
      };
      const port = observePort(inner, onChange);
      current.current = port;
      lastCells.current.clear();
      setSnapshot(undefined);
      setSelection(undefined);
      setActiveSheet(undefined);
      setDirty(false);
      setDoc({ id, port, source, title, lang });
      void refresh(port);
    },
    [refresh, lang],
  );

  const failLibrary = (error: unknown) =>
    setProblem({ kind: "library", reason: error instanceof Error ? error.message : String(error) });

  /** Work not downloaded yet is only dropped when the official says so. */
  const mayReplace = useCallback(
    (next: string) => !dirty || window.confirm(tw(lang, "web.replace.confirm", { file: next })),
    [dirty, lang],
  );

  const openFile = useCallback(
    async (file: File, others = 0) => {
      setProblem(undefined);
      setNotice(others > 0 ? tw(lang, "web.problem.several", { file: file.name }) : undefined);
      setBusy("open");
      try {
        const library = await loadIo();
        const opened = await library.openBytes(new Uint8Array(await file.arrayBuffer()));
        if (!opened.ok) setProblem({ kind: opened.problem, file: file.name, kept: doc !== undefined });
        else if (mayReplace(file.name)) {
          show(opened.port, file.name, file.name);
          if (opened.losesParts) setNotice(tw(lang, "web.notice.parts-lost", { file: file.name }));
        }
      } catch (error) {
        failLibrary(error);
      } finally {
        setBusy(undefined);
      }
    },
    [lang, loadIo, show, doc, mayReplace],
  );

  const openMade = async (kind: "sample" | "new") => {
    if (!mayReplace(tw(lang, kind === "sample" ? "web.sample.name" : "web.new.name"))) return;
    setProblem(undefined);
    setNotice(undefined);
    setBusy(kind);
    try {
      const library = await loadIo();
      if (kind === "sample")
        show(library.samplePort(), "mau-phu-luc-Tuan-Giao-2021-2022.xlsx", tw(lang, "web.sample.name"));
      else show(library.newPort(), "phu-luc-TTTT.xlsx", tw(lang, "web.new.name"));
    } catch (error) {
      failLibrary(error);
    } finally {
      setBusy(undefined);
    }
  };

  const download = async () => {
    if (!doc) return;
    setBusy("save");
    setProblem(undefined);
    try {
      const library = await loadIo();
      const bytes = await library.saveBytes(doc.port);
      const name = downloadName(doc.source);
      const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: XLSX_TYPE }));
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setDirty(false);
      setNotice(tw(lang, "web.download.done", { file: name }));
    } catch (error) {
      setProblem({ kind: "save", reason: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(undefined);
    }
  };

  /** The header's language buttons: before a file, the page's language; with one, the workbook's setting too. */
  const chooseLang = async (next: Lang) => {
    setLang(next);
    if (!doc) return;
    try {
      const stored = await doc.port.loadSettings();
      if (stored.lang === next) return;
      await doc.port.saveSettings({ ...stored, lang: next });
      setDoc({ ...doc, lang: next });
      // The pane reads its settings when it starts.
      setPaneKey((k) => k + 1);
    } catch (error) {
      setProblem({ kind: "view", reason: error instanceof Error ? error.message : String(error) });
    }
  };

  /** Selecting a cell in the page's copy of the workbook; a failure is said, never left unhandled. */
  const selectInPort = (sheet: string, cell: string) => {
    doc?.port
      .select(sheet, cell)
      .catch((error: unknown) =>
        setProblem({ kind: "view", reason: error instanceof Error ? error.message : String(error) }),
      );
  };

  // Drag and drop anywhere on the page.
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes("Files");
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const files = e.dataTransfer?.files;
      if (files && files.length > 0) void openFile(files[0], files.length - 1);
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragover", over);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, [openFile]);

  // Work not downloaded yet is lost with the page: the browser asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = tw(lang, "web.leave");
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty, lang]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = doc ? `${doc.title} · Phụ lục TT&TT` : tw(lang, "web.title");
  }, [lang, doc]);

  const sheetIndex = snapshot && activeSheet ? snapshot.names.indexOf(activeSheet) : -1;
  const sheet = sheetIndex >= 0 ? snapshot?.sheets[sheetIndex] : undefined;
  const look = sheet ? snapshot?.looks.find((l) => l.name === sheet.name) : undefined;
  const sheetFindings = useMemo(
    () =>
      snapshot && activeSheet
        ? findingsByCell(snapshot.findings, activeSheet)
        : new Map<string, CellFindings>(),
    [snapshot, activeSheet],
  );
  const selectedCell = selection && selection.sheet === activeSheet ? selection.cell : undefined;

  const selectCell = useCallback(
    (cell: string) => {
      if (doc && activeSheet) selectInPort(activeSheet, cell);
    },
    [doc, activeSheet],
  );
  if (selection) lastCells.current.set(selection.sheet, selection.cell);
  const openSheet = (name: string) => {
    setActiveSheet(name);
    if (doc) selectInPort(name, lastCells.current.get(name) ?? "A1");
  };

  const working = busy === "open" || busy === "sample" || busy === "new";
  const hasSheets = (snapshot?.names.length ?? 0) > 0;

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <div className={styles.page}>
        <header className={styles.header}>
          <div className={styles.brand}>
            <Text as="h1" className={styles.brandTitle}>
              Phụ lục TT&amp;TT
            </Text>
            <span className={styles.brandFile} data-testid="doc-title">
              {doc ? tw(lang, "web.opened", { file: doc.title }) : tw(lang, "web.tagline")}
              {doc && dirty ? ` · ${tw(lang, "web.unsaved")}` : ""}
            </span>
          </div>
          <div className={styles.actions}>
            <input
              ref={fileInput}
              type="file"
              accept={ACCEPT}
              className={styles.hidden}
              aria-label={tw(lang, "web.open")}
              data-testid="file-input"
              onChange={(e) => {
                const files = e.currentTarget.files;
                if (files && files.length > 0) void openFile(files[0], files.length - 1);
                e.currentTarget.value = "";
              }}
            />
            <Button appearance="secondary" disabled={working} onClick={() => fileInput.current?.click()}>
              {tw(lang, "web.open")}
            </Button>
            <Tooltip content={tw(lang, "web.sample.hint")} relationship="description">
              <Button appearance="secondary" disabled={working} onClick={() => void openMade("sample")}>
                {tw(lang, "web.sample")}
              </Button>
            </Tooltip>
            <Tooltip content={tw(lang, "web.new.hint")} relationship="description">
              <Button appearance="secondary" disabled={working} onClick={() => void openMade("new")}>
                {tw(lang, "web.new")}
              </Button>
            </Tooltip>
            <ConsolidateView lang={lang} disabled={working} />
            <Tooltip
              content={
                doc && hasSheets
                  ? tw(lang, "web.download.hint", { file: downloadName(doc.source) })
                  : tw(lang, "web.download.empty")
              }
              relationship="description"
            >
              <Button
                appearance="primary"
                disabled={!doc || !hasSheets || busy !== undefined}
                onClick={() => void download()}
              >
                {busy === "save" ? tw(lang, "web.download.saving") : tw(lang, "web.download")}
              </Button>
            </Tooltip>
            <div className={styles.langs} role="group" aria-label={tw(lang, "web.lang")}>
              {(["vi", "en"] as const).map((l) => (
                <Button
                  key={l}
                  size="small"
                  appearance="transparent"
                  aria-pressed={lang === l}
                  className={mergeClasses(styles.lang, lang === l && styles.langOn)}
                  onClick={() => void chooseLang(l)}
                >
                  {tw(lang, `web.lang.${l}`)}
                </Button>
              ))}
            </div>
          </div>
        </header>

        <div className={mergeClasses(styles.bars, (problem || notice || working) && styles.barsFilled)}>
          {working && (
            <Spinner
              size="tiny"
              labelPosition="after"
              label={tw(lang, libraryLoading ? "web.loading.library" : "web.loading")}
            />
          )}
          {problem && <ProblemBar problem={problem} lang={lang} onDismiss={() => setProblem(undefined)} />}
          {notice && (
            <MessageBar intent="success" role="status">
              <MessageBarBody>{notice}</MessageBarBody>
              <MessageBarActions
                containerAction={
                  <Button appearance="transparent" size="small" onClick={() => setNotice(undefined)}>
                    {tw(lang, "web.dismiss")}
                  </Button>
                }
              />
            </MessageBar>
          )}
        </div>

        {!doc ? (
          <div className={styles.welcome}>
            <section className={styles.drop} aria-label={tw(lang, "web.drop.title")}>
              <Text as="h2" size={600} weight="semibold">
                {tw(lang, "web.drop.title")}
              </Text>
              <Text>{tw(lang, "web.drop.or")}</Text>
              <div className={styles.actions}>
                <Button
                  appearance="primary"
                  size="large"
                  disabled={working}
                  onClick={() => fileInput.current?.click()}
                >
                  {tw(lang, "web.open")}
                </Button>
                <Button size="large" disabled={working} onClick={() => void openMade("sample")}>
                  {tw(lang, "web.sample")}
                </Button>
                <Button size="large" disabled={working} onClick={() => void openMade("new")}>
                  {tw(lang, "web.new")}
                </Button>
              </div>
              <Text size={200} className={styles.muted}>
                {tw(lang, "web.sample.hint")}
              </Text>
              <Text size={300} weight="semibold">
                {tw(lang, "web.privacy")}
              </Text>
            </section>
          </div>
        ) : (
          <div className={styles.main}>
            <section className={styles.sheets} aria-label={tw(lang, "web.sheets.label")}>
              {!snapshot ? (
                <div className={styles.welcome}>
                  <Spinner label={tw(lang, "web.loading")} />
                </div>
              ) : !hasSheets ? (
                <div className={styles.welcome}>
                  <Text size={400}>{tw(lang, "web.sheets.none")}</Text>
                </div>
              ) : (
                <>
                  <TabList
                    className={styles.tabs}
                    size="small"
                    selectedValue={activeSheet}
                    onTabSelect={(_, data) => openSheet(String(data.value))}
                    aria-label={tw(lang, "web.sheets.label")}
                  >
                    {snapshot.names.map((name) => (
                      <Tab key={name} value={name}>
                        {name}
                      </Tab>
                    ))}
                  </TabList>
                  <CellBar
                    lang={lang}
                    sheet={sheet}
                    cell={selectedCell}
                    findings={selectedCell ? sheetFindings.get(selectedCell) : undefined}
                    severityLabel={severityLabel}
                  />
                  <Legend lang={lang} findings={snapshot.findings} sheet={activeSheet} />
                  {sheet && (
                    <SheetTable
                      key={sheet.name}
                      sheet={sheet}
                      look={look}
                      findings={sheetFindings}
                      selected={selectedCell}
                      lang={lang}
                      onSelect={selectCell}
                      severityLabel={severityLabel}
                    />
                  )}
                </>
              )}
            </section>
            <aside className={styles.pane}>
              <App key={`${doc.id}-${paneKey}`} port={doc.port} host="web" lang={doc.lang} />
            </aside>
          </div>
        )}
        {dragging && (
          <div className={styles.dropping}>
            <span className={styles.droppingText}>{tw(lang, "web.drop.release")}</span>
          </div>
        )}
      </div>
    </FluentProvider>
  );
}

function ProblemBar(props: { problem: Problem; lang: Lang; onDismiss: () => void }) {
  const { problem, lang } = props;
  let title: ReactNode;
  let body: string;
  if (problem.kind === "library") {
    title = undefined;
    body = tw(lang, "web.library.failed", { reason: problem.reason });
  } else if (problem.kind === "save") {
    title = undefined;
    body = tw(lang, "web.download.failed", { reason: problem.reason });
  } else if (problem.kind === "view") {
    title = undefined;
    body = tw(lang, "web.view.failed", { reason: problem.reason });
  } else {
    title = tw(lang, "web.problem.title", { file: problem.file });
    const key: WebMessageKey = `web.problem.${problem.kind}`;
    body = tw(lang, key) + (problem.kept ? ` ${tw(lang, "web.problem.kept")}` : "");
  }
  return (
    <MessageBar intent="error" role="alert" layout="multiline" data-problem={problem.kind}>
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {body}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" onClick={props.onDismiss}>
            {tw(lang, "web.dismiss")}
          </Button>
        }
      />
    </MessageBar>
  );
}

/** The selected cell's address and what it holds, like Excel's name box and formula bar. */
function CellBar(props: {
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
        <span className={styles.content} title={content}>
          {cell ? content : <span className={styles.muted}>{tw(lang, "web.cell.none")}</span>}
        </span>
        <Text size={200} className={styles.muted}>
          {tw(lang, "web.sheet.readonly")}
        </Text>
      </div>
      {findings && (
        <ul className={styles.cellFindings} data-testid="cell-findings">
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

function Legend(props: { lang: Lang; findings: Finding[]; sheet: string | undefined }) {
  const { lang, findings, sheet } = props;
  const styles = useStyles();
  const counts = countBySeverity(findings.filter((f) => f.sheet === sheet));
  return (
    <div className={styles.legend} data-testid="legend">
      {(["error", "warning", "info"] as const).map((s) => (
        <span key={s}>
          <span className={styles.swatch} style={{ backgroundColor: `#${markFills[s]}` }} />
          {tw(lang, `web.legend.${s}`)}
        </span>
      ))}
      <span title={tw(lang, "web.legend.formula.hint")}>
        <span className={styles.swatch} style={{ backgroundColor: "#F2F2F2", borderColor: "#1F4E79" }} />
        {tw(lang, "web.legend.formula")} <i>{formatNumber(12.5, lang)}</i>
      </span>
      <span>
        {tw(lang, "web.sheet.findings", {
          errors: counts.error,
          warnings: counts.warning,
          infos: counts.info,
        })}
      </span>
      <span>{tw(lang, "web.legend.title")}</span>
    </div>
  );
}
