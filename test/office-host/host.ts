/**
 * An Office host for tests: the `Office` and `Excel` globals as Excel gives them to an add-in, over the hand-made
 * workbook of test/excel/fake-excel.ts (one fake: that file is the engine, this is its browser-facing face). The
 * end-to-end tests load the built pane (dist/taskpane.html) with this host where Office.js would load
 * (test/office-host/browser.ts, bundled by webpack's "office-host" config), drive the pane, then read the host's
 * counters and save its workbook as .xlsx (test/office-host/xlsx.ts) for LibreOffice to recalculate.
 *
 * Modelled, as Excel's documentation describes it (the engine, fake-excel.ts, says where each rule comes from):
 * - `Office.onReady` (promise and callback) answering host Excel, and `Office.initialize`; the host records whether
 *   the page did either, since "some Office application and platform combinations won't load the task pane until
 *   one of these happens" ("Initialize your Office Add-in");
 * - `Office.context.requirements.isSetSupported` answering for ExcelApi up to the configured level (1.1, 1.7, 1.12,
 *   1.13, 1.20) and false for other sets; members of newer ExcelApi sets fail at sync with ApiNotFound, as in
 *   Excel, whose Office.js has every member;
 * - proxy objects: a property read before `load` + `sync` throws PropertyNotLoaded; writes, `load`s and method
 *   calls are queued and happen at `context.sync()` (and at the end of `Excel.run`, which flushes what is queued);
 *   errors surface at sync as `OfficeExtension.Error`-like objects (name "RichApi.Error", `code`), only with the
 *   documented codes of fake-excel.ts's HOST_ERROR_CODES: a sync stops at its first failing operation and keeps
 *   those before it;
 * - sheet and workbook-structure protection (`worksheet.protection.protected`, `workbook.protection.protected`);
 * - `Excel.run(options, batch)`: delayForCellEdit (1.11) and mergeUndoGroup (1.20); from ExcelApi 1.20 the
 *   user's undo stack (`handle.undo()` is Ctrl+Z);
 * - a counter of syncs with the request and response bytes of each (`handle.syncLog()`), the request measured from
 *   the queued batch;
 * - `Office.context.document.settings` (test/excel/fake-settings.ts): get/set/remove on the pane's copy,
 *   `saveAsync` writes it into the document and refuses a bag over 2 MB; only saved settings survive a reload
 *   (`handle.document()` → next page's `document`);
 * - the active sheet and each sheet's selection (`handle.active()`, `handle.selection()`);
 * - `Office.actions.associate` and running a ribbon function command with an event whose `completed()` is recorded.
 *
 * Not modelled: calculation (a formula written through the API reads back with an empty value until LibreOffice
 * recalculates the saved file), events, tables, charts, named items, the user typing in the grid (and so
 * cell-edit mode), platform differences other than the 5 MB limits, request timing.
 */
import { FakeRichApiError, HOST_ERROR_CODES, type FakeWorkbook } from "../excel/fake-excel";
import { FakeSettings } from "../excel/fake-settings";
import { snapshotOf, workbookOf, type HostDocument } from "./snapshot";

export interface HostOptions {
  /** Highest ExcelApi minor version: 1, 7, 12, 13 or 20 for ExcelApi 1.1, 1.7, 1.12, 1.13, 1.20. */
  apiVersion: number;
  /** The workbook open in Excel (a new one with "Sheet1" when absent). */
  document?: HostDocument;
  /** `Office.context.displayLanguage`. Default "vi-VN". */
  displayLanguage?: string;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
}

export interface CommandRun {
  name: string;
  completed: boolean;
}

/** What the test sees of the host. */
export interface OfficeHostHandle {
  readonly book: FakeWorkbook;
  readonly apiVersion: number;
  /** Every sync since the page opened (or the last `resetCounters`). */
  syncLog(): SyncRecord[];
  resetCounters(): void;
  /** Errors Excel.run rejected with: their codes, in order. */
  readonly errors: string[];
  /** The workbook and its saved settings, for a reload or for saving as .xlsx. */
  document(): HostDocument;
  /** The settings as the pane sees them now (saved or not), and how often saveAsync ran (and failed). */
  settings(): Record<string, unknown>;
  readonly saves: { count: number; failed: number };
  /** The settings bag itself (a test makes its saves fail, or weighs it). */
  readonly store: FakeSettings;
  active(): string | undefined;
  /** The active sheet's selected range ("B15"), as select() left it. */
  selection(): { sheet: string; address: string } | undefined;
  /** How often the page called Office.onReady, and whether it set Office.initialize (the pane may show). */
  readonly ready: { calls: number; initialize: boolean };
  /** Ctrl+Z in Excel (ExcelApi 1.20: add-in writes are on the undo stack). False when there is nothing to undo. */
  undo(): boolean;
  /** Names given to Office.actions.associate. */
  readonly associated: string[];
  /** Runs a function command as a ribbon button would; resolves once event.completed() is called (or rejects). */
  runCommand(name: string, timeoutMs?: number): Promise<CommandRun>;
}

const HostType = {
  Word: "Word",
  Excel: "Excel",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
} as const;

export function createOfficeHost(options: HostOptions): {
  Office: unknown;
  Excel: unknown;
  OfficeExtension: unknown;
  handle: OfficeHostHandle;
} {
  const doc: HostDocument = options.document ?? {
    sheets: [
      {
        name: "Sheet1",
        id: "{id-1}",
        cells: [],
        columnWidths: [],
        rowHeights: [],
        hiddenColumns: [],
        merges: [],
        pageLayout: {},
        protected: false,
      },
    ],
    active: "Sheet1",
    settings: {},
  };
  const book = workbookOf(doc, options.apiVersion);
  // Office localises its error messages: a Vietnamese Office answers in Vietnamese (the codes stay English).
  if ((options.displayLanguage ?? "vi-VN").startsWith("vi")) book.language = "vi";
  const settings = new FakeSettings(doc.settings);
  const errors: string[] = [];
  const handlers = new Map<string, (event: unknown) => void>();
  const associated: string[] = [];
  const ready = { calls: 0, initialize: false };

  const info = { host: HostType.Excel, platform: "OfficeOnline" };
  let initialize: unknown;
  const Office = {
    HostType,
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      ready.calls++;
      return new Promise((resolve) =>
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }, 0),
      );
    },
    get initialize(): unknown {
      return initialize;
    },
    set initialize(handler: unknown) {
      initialize = handler;
      ready.initialize = typeof handler === "function";
      if (typeof handler === "function")
        setTimeout(() => (handler as (reason: string) => void)("documentOpened"));
    },
    context: {
      displayLanguage: options.displayLanguage ?? "vi-VN",
      contentLanguage: options.displayLanguage ?? "vi-VN",
      host: HostType.Excel,
      platform: info.platform,
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number): boolean =>
          name.toLowerCase() === "excelapi" && book.supports(String(minVersion ?? "1.1")),
      },
      document: {
        settings: {
          get: settings.get,
          set: settings.set,
          remove: settings.remove,
          saveAsync: settings.saveAsync,
          refreshAsync: settings.refreshAsync,
          addHandlerAsync: settings.addHandlerAsync,
        },
      },
    },
    actions: {
      associate(name: string, handler: (event: unknown) => void): void {
        associated.push(name);
        handlers.set(name, handler);
      },
    },
  };

  const run = async (...args: unknown[]): Promise<unknown> => {
    const batch = args.find((a) => typeof a === "function") as
      ((context: unknown) => Promise<unknown>) | undefined;
    if (!batch) throw new FakeRichApiError("InvalidArgument", "Excel.run needs a batch function");
    // Excel.run(options, batch): delayForCellEdit (ExcelApi 1.11), mergeUndoGroup (1.20); or Excel.run(batch).
    const options =
      typeof args[0] === "object" && args[0] !== null
        ? (args[0] as { delayForCellEdit?: boolean; mergeUndoGroup?: boolean })
        : undefined;
    try {
      return await (options ? book.run(options, batch as never) : book.run(batch as never));
    } catch (error) {
      errors.push(error instanceof FakeRichApiError ? error.code : String(error));
      throw error;
    }
  };
  const ErrorCodes = Object.fromEntries(
    HOST_ERROR_CODES.map((code) => [code[0].toLowerCase() + code.slice(1), code]),
  );
  const Excel = { run, ErrorCodes };
  const OfficeExtension = { Error: FakeRichApiError, ErrorCodes };

  const handle: OfficeHostHandle = {
    book,
    apiVersion: options.apiVersion,
    syncLog: () =>
      book.requestBytes.map((requestBytes, i) => ({
        requestBytes,
        responseBytes: book.responseBytes[i] ?? 0,
      })),
    resetCounters: () => {
      book.resetCounters();
      errors.length = 0;
    },
    errors,
    document: () => snapshotOf(book, settings.savedEntries()),
    settings: () => settings.workingEntries(),
    saves: settings.saves,
    store: settings,
    active: () => book.active?.name,
    selection: () => {
      const sheet = book.active;
      return sheet?.selection ? { sheet: sheet.name, address: sheet.selection } : undefined;
    },
    ready,
    undo: () => book.undo(),
    associated,
    runCommand: (name, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const handler = handlers.get(name);
        if (!handler) {
          reject(new Error(`no function associated with ${name}`));
          return;
        }
        const timer = setTimeout(() => resolve({ name, completed: false }), timeoutMs);
        const event = {
          source: { id: name },
          completed: () => {
            clearTimeout(timer);
            resolve({ name, completed: true });
          },
        };
        try {
          handler(event);
        } catch (error) {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }),
  };
  return { Office, Excel, OfficeExtension, handle };
}

/** Sets `Office`, `Excel` and `OfficeExtension` on `target` (the page's window) and returns the test's handle. */
export function installOfficeHost(target: object, options: HostOptions): OfficeHostHandle {
  const { Office, Excel, OfficeExtension, handle } = createOfficeHost(options);
  Object.assign(target, { Office, Excel, OfficeExtension, officeHost: handle });
  return handle;
}
