/**
 * The task pane (and the web page's pane): four views over one WorkbookPort, and the settings they share.
 * Nothing here knows Excel or an .xlsx file; the host hands in the port. Each view is a lazy chunk, loaded the first
 * time it is opened: the first paint needs only the title, the settings and the tabs, not the checker, the
 * catalogs or the templates.
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
import { lazy, Suspense, useCallback, useMemo, useState, type ComponentType } from "react";
import { t, type Lang } from "../core/i18n/messages";
import type { WorkbookPort } from "../core/port";
import { SettingsPanel } from "./components/SettingsPanel";
import type { Host, ViewProps } from "./components/types";
import { useSettings } from "./state/settings";

export type View = "insert" | "formulas" | "check" | "targets";

export interface AppProps {
  port: WorkbookPort;
  initialView?: View;
  /** The language until the workbook's settings say otherwise (e.g. Office's display language). Default "vi". */
  lang?: Lang;
  host?: Host;
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

export function App(props: AppProps) {
  const { port, host = "excel" } = props;
  const defaults = useMemo(
    () => ({ year: new Date().getFullYear(), lang: props.lang ?? "vi" }),
    [props.lang],
  );
  const { loaded, settings, problem, update } = useSettings(port, defaults);
  const lang = settings.lang;
  const [view, setView] = useState<View>(props.initialView ?? "insert");
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [editRequest, setEditRequest] = useState(0);
  const editSettings = useCallback(() => {
    setSettingsOpen(true);
    setEditRequest((n) => n + 1);
  }, []);
  // A view is mounted the first time it is opened and then kept, so that switching tabs loses no result.
  const [opened, setOpened] = useState<ReadonlySet<View>>(() => new Set([view]));
  const styles = useStyles();

  const open = (next: View) => {
    setView(next);
    setOpened((prev) => (prev.has(next) ? prev : new Set([...prev, next])));
  };

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.root} data-host={host}>
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
              problem={problem}
              onChange={update}
              open={settingsOpen}
              onOpenChange={setSettingsOpen}
              editRequest={editRequest}
            />
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
            {views.map(({ id, Component }) =>
              opened.has(id) ? (
                <div
                  key={id}
                  role="tabpanel"
                  aria-label={t(lang, `pane.tab.${id}`)}
                  hidden={id !== view}
                  data-testid={`panel-${id}`}
                >
                  <Suspense fallback={<Spinner size="small" label={t(lang, "pane.loading")} />}>
                    <Component
                      port={port}
                      lang={lang}
                      settings={settings}
                      onSettingsChange={update}
                      onEditSettings={editSettings}
                      active={id === view}
                      host={host}
                    />
                  </Suspense>
                </div>
              ) : null,
            )}
          </>
        )}
      </main>
    </FluentProvider>
  );
}
