/**
 * The task pane (and the web page's pane): four views over one WorkbookPort, the settings they share, and the one
 * report year of the open workbook every view shows and uses (the year resolver's, told when the settings or the
 * user's choice disagree with the workbook, asked when nothing tells it). Nothing here knows Excel or an .xlsx file;
 * the host hands in the port. Each view is a lazy chunk, loaded the first time it is opened: the first paint needs
 * only the title, the settings and the tabs, not the checker, the catalogs or the templates.
 */
import {
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ComponentType } from "react";
import { t, type Lang } from "../core/i18n/messages";
import type { WorkbookPort } from "../core/port";
import { withCorrections, withoutCorrection } from "../core/settings";
import { SettingsPanel } from "./components/SettingsPanel";
import type { Host, ReadingChange, ViewProps } from "./components/types";
import { YearNotice } from "./components/YearNotice";
import { useSettings, type SettingsPatch } from "./state/settings";
import { useWorkbookReading } from "./state/workbook-reading";

export type View = "insert" | "formulas" | "check" | "targets";

export interface AppProps {
  port: WorkbookPort;
  initialView?: View;
  /** The language until the workbook's settings say otherwise (e.g. Office's display language). Default "vi". */
  lang?: Lang;
  host?: Host;
  /** Told each time the official chooses the report year in this session (the web page checks with it too). */
  onUserYear?: (year: number | undefined) => void;
  /** The host asks to show the reading card (the page's «Sửa cách đọc…» beside a sheet); bumped on each ask. */
  showReading?: number;
}

const views: readonly { id: View; Component: ComponentType<ViewProps> }[] = [
  {
    id: "insert",
    Component: lazy(() =>
      import(/* webpackChunkName: "view-insert" */ "./components/InsertView").then((m) => ({
        default: m.InsertView,
      })),
    ),
  },
  {
    id: "formulas",
    Component: lazy(() =>
      import(/* webpackChunkName: "view-formulas" */ "./components/FormulasView").then((m) => ({
        default: m.FormulasView,
      })),
    ),
  },
  {
    id: "check",
    Component: lazy(() =>
      import(/* webpackChunkName: "view-check" */ "./components/CheckView").then((m) => ({
        default: m.CheckView,
      })),
    ),
  },
  {
    id: "targets",
    Component: lazy(() =>
      import(/* webpackChunkName: "view-targets" */ "./components/TargetsView").then((m) => ({
        default: m.TargetsView,
      })),
    ),
  },
];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    minWidth: 0,
    overflowWrap: "anywhere",
    // Excel gives the pane 320–350 px: every pixel of the width goes to the content.
    "@media (max-width: 400px)": { padding: tokens.spacingHorizontalS },
  },
  // Short labels fit the four views on one line at 320 px; should a larger font still not fit, the list scrolls
  // sideways within itself rather than wrapping or widening the pane.
  tabs: { flexWrap: "nowrap", overflowX: "auto" },
  // The name is on the page's header and on Excel's own pane title: kept for screen readers, not shown a second time.
  title: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

/** The settings area, open or not; `editSettings` opens it with the year focused (each ask a new request). */
function useSettingsPanel() {
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [editRequest, setEditRequest] = useState(0);
  const editSettings = useCallback(() => {
    setSettingsOpen(true);
    setEditRequest((n) => n + 1);
  }, []);
  return { settingsOpen, setSettingsOpen, editRequest, editSettings };
}

/** The year the official chose in this session: used even where the workbook names another (and told). */
function useYearChoice(update: (patch: SettingsPatch) => void, onUserYear: AppProps["onUserYear"]) {
  const [userYear, setUserYear] = useState<number>();
  const chooseYear = useCallback(
    (year: number) => {
      setUserYear(year);
      update({ year });
    },
    [update],
  );
  /** The workbook's own year after all: the choice of this session is dropped and the year kept in the settings. */
  const keepWorkbookYear = useCallback(
    (year: number) => {
      setUserYear(undefined);
      update({ year });
    },
    [update],
  );
  useEffect(() => onUserYear?.(userYear), [onUserYear, userYear]);
  return { userYear, chooseYear, keepWorkbookYear };
}

/**
 * The view shown and the views opened so far (mounted the first time and then kept, so that switching tabs loses no
 * result). A view opened reads the workbook again (`refresh`): it may have changed in Excel since.
 */
function useViews(initial: View, showReading: number | undefined, refresh: () => void) {
  const [view, setView] = useState<View>(initial);
  const shownView = useRef(view);
  useEffect(() => {
    if (shownView.current === view) return;
    shownView.current = view;
    refresh();
  }, [view, refresh]);
  const [opened, setOpened] = useState<ReadonlySet<View>>(() => new Set([view]));
  const open = (next: View) => {
    setView(next);
    setOpened((prev) => (prev.has(next) ? prev : new Set([...prev, next])));
  };
  // The host asks for the reading card (in Kiểm tra): the view is opened while rendering (React's pattern for state
  // following a prop), then the card brought into view once drawn.
  const [readingAsked, setReadingAsked] = useState(showReading);
  if (showReading !== readingAsked) {
    setReadingAsked(showReading);
    open("check");
  }
  useEffect(() => {
    if (!readingAsked) return;
    const frame = requestAnimationFrame(() =>
      document
        .querySelector('[data-testid="panel-check"] [data-testid="reading-card"]')
        ?.scrollIntoView({ block: "start" }),
    );
    return () => cancelAnimationFrame(frame);
  }, [readingAsked]);
  return { view, opened, open };
}

export function App(props: AppProps) {
  const { port, host = "excel", onUserYear, showReading } = props;
  const { loaded, settings, stored, problem, update } = useSettings(port, { lang: props.lang ?? "vi" });
  const lang = settings.lang;
  const { settingsOpen, setSettingsOpen, editRequest, editSettings } = useSettingsPanel();
  const { userYear, chooseYear, keepWorkbookYear } = useYearChoice(update, onUserYear);
  const [thisYear] = useState(() => new Date().getFullYear());
  const workbook = useWorkbookReading(port, { stored, userYear, enabled: loaded, thisYear });
  const { view, opened, open } = useViews(props.initialView ?? "insert", showReading, workbook.refresh);
  const changeReading = useCallback(
    (change: ReadingChange) =>
      update((s) =>
        "correction" in change
          ? withCorrections(s, [change.correction])
          : withoutCorrection(s, change.reset.sheet, change.reset.col),
      ),
    [update],
  );
  const styles = useStyles();

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main
        className={styles.root}
        data-host={host}
        data-reading={!loaded || workbook.busy || workbook.year.pending ? "busy" : "ready"}
      >
        <Text as="h1" size={400} weight="semibold" className={styles.title}>
          {t(lang, "pane.title")}
        </Text>
        {!loaded ? (
          <Spinner size="small" label={t(lang, "pane.loading")} />
        ) : (
          <>
            <SettingsPanel
              lang={lang}
              settings={settings}
              year={workbook.year}
              onChooseYear={chooseYear}
              problem={problem}
              onChange={update}
              open={settingsOpen}
              onOpenChange={setSettingsOpen}
              editRequest={editRequest}
            />
            <YearNotice
              lang={lang}
              year={workbook.year}
              stored={settings.year}
              readError={workbook.error}
              onChooseYear={chooseYear}
              onKeepWorkbookYear={keepWorkbookYear}
              onEditSettings={editSettings}
            />
            <ViewTabs lang={lang} view={view} open={open} />
            <ViewPanels
              view={view}
              opened={opened}
              props={{
                port,
                lang,
                settings,
                onSettingsChange: update,
                onEditSettings: editSettings,
                host,
                year: workbook.year,
                userYear,
                onChooseYear: chooseYear,
                workbook,
                onReadingChange: changeReading,
              }}
            />
          </>
        )}
      </main>
    </FluentProvider>
  );
}

function ViewTabs(props: { lang: Lang; view: View; open: (view: View) => void }) {
  const { lang, view, open } = props;
  const styles = useStyles();
  return (
    <TabList
      className={styles.tabs}
      size="small"
      selectedValue={view}
      onTabSelect={(_, data) => open(data.value as View)}
      aria-label={t(lang, "pane.tabs.label")}
    >
      {views.map(({ id }) => (
        <Tab
          key={id}
          value={id}
          aria-label={t(lang, `pane.tab.${id}`)}
          title={t(lang, `pane.tab.${id}`)}
          data-testid={`view-${id}`}
        >
          {t(lang, `pane.tab.${id}.short`)}
        </Tab>
      ))}
    </TabList>
  );
}

/** The views opened so far, the one shown visible; each a lazy chunk loaded when first opened. */
function ViewPanels(props: { view: View; opened: ReadonlySet<View>; props: Omit<ViewProps, "active"> }) {
  const { view, opened } = props;
  const { lang } = props.props;
  return views.map(({ id, Component }) =>
    opened.has(id) ? (
      <div
        key={id}
        role="tabpanel"
        aria-label={t(lang, `pane.tab.${id}`)}
        hidden={id !== view}
        data-testid={`panel-${id}`}
      >
        <Suspense fallback={<Spinner size="small" label={t(lang, "pane.loading")} />}>
          <Component {...props.props} active={id === view} />
        </Suspense>
      </div>
    ) : null,
  );
}
