/**
 * An Office host for tests: the `Office` and `Excel` globals as Excel gives them to an add-in, over the hand-made
 * workbook of test/excel/fake-excel.ts (one fake: that file is the engine, this is its browser-facing face). The
 * end-to-end tests load the built pane (dist/taskpane.html) with this host where Office.js would load
 * (test/office-host/browser.ts, bundled by webpack's "office-host" config), drive the pane, then read the host's
 * counters and save its workbook as .xlsx (test/office-host/xlsx.ts) for LibreOffice to recalculate.
 *
 * Modelled, as Excel's documentation describes it:
 * - `Office.onReady` (promise and callback) answering host Excel; `Office.context.requirements.isSetSupported`
 *   answering for ExcelApi up to the configured level (1.1, 1.7, 1.12 …) and false for other sets; members of newer
 *   ExcelApi sets throw ApiNotFound (the fake's `need`) — at the call, a little earlier than Excel, whose Office.js
 *   has every member and fails the sync instead: either way the action fails, which is what the tests rely on;
 * - proxy objects: a property read before `load` + `sync` throws PropertyNotLoaded; writes, `load`s and method
 *   calls are queued and happen at `context.sync()` (and at the end of `Excel.run`, which flushes what is queued);
 *   errors surface at sync as `OfficeExtension.Error`-like objects (name "RichApi.Error", `code`): ItemNotFound
 *   (missing sheet), InvalidArgument (bad address, wrong array size, bad colour, sheet name over 31 characters,
 *   empty, with [ ] : * ? / \ or an apostrophe first or last, "History"), ItemAlreadyExists (a sheet name taken,
 *   compared without case), InvalidSelection (select on an inactive sheet), AccessDenied (protected sheet),
 *   RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded past 5 MB (Excel on the web's limit);
 * - a counter of syncs with the estimated request and response bytes of each (`handle.syncLog()`);
 * - `Office.context.document.settings`: get/set/remove on the pane's copy, `saveAsync` writes it into the document;
 *   only saved settings survive a reload (`handle.document()` → next page's `document`);
 * - the active sheet and each sheet's selection (`handle.active()`, `handle.selection()`);
 * - `Office.actions.associate` and running a ribbon function command with an event whose `completed()` is recorded.
 *
 * Not modelled: calculation (a formula written through the API reads back with an empty value until LibreOffice
 * recalculates the saved file), events, tables, charts, named items, undo, the user typing in the grid (and so
 * cell-edit mode), platform differences other than the 5 MB limits, request timing. Excel's size and merge limits
 * (issue 10) belong in fake-excel.ts, where this host picks them up.
 */
import { FakeRichApiError, FakeWorkbook } from "../excel/fake-excel";
import { snapshotOf, workbookOf, type HostDocument } from "./snapshot";

export interface HostOptions {
  /** Highest ExcelApi minor version: 1, 7 or 12 for ExcelApi 1.1, 1.7, 1.12. */
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
  /** The settings as the pane sees them now (saved or not), and how often saveAsync ran. */
  settings(): Record<string, unknown>;
  readonly saves: { count: number };
  active(): string | undefined;
  /** The active sheet's selected range ("B15"), as select() left it. */
  selection(): { sheet: string; address: string } | undefined;
  /** How often the page called Office.onReady (a script waiting for Office has started). */
  readonly ready: { calls: number };
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
  const saved = new Map<string, unknown>(Object.entries(doc.settings));
  const working = new Map<string, unknown>(saved);
  const saves = { count: 0 };
  const errors: string[] = [];
  const handlers = new Map<string, (event: unknown) => void>();
  const associated: string[] = [];
  const ready = { calls: 0 };

  const settings = {
    get: (name: string): unknown => (working.has(name) ? structuredClone(working.get(name)) : null),
    set: (name: string, value: unknown): void => {
      // Settings are stored as JSON: a value that cannot be serialized fails here, as in Office.
      working.set(name, JSON.parse(JSON.stringify(value)) as unknown);
    },
    remove: (name: string): void => void working.delete(name),
    saveAsync: (...args: unknown[]): void => {
      const callback = args.find((a) => typeof a === "function") as
        ((result: { status: string; value: undefined; error?: unknown }) => void) | undefined;
      saves.count++;
      setTimeout(() => {
        saved.clear();
        for (const [k, v] of working) saved.set(k, v);
        callback?.({ status: "succeeded", value: undefined });
      }, 0);
    },
    refreshAsync: (callback?: (result: { status: string; value: unknown }) => void): void => {
      setTimeout(() => {
        working.clear();
        for (const [k, v] of saved) working.set(k, v);
        callback?.({ status: "succeeded", value: settings });
      }, 0);
    },
    addHandlerAsync: (_type: unknown, _handler: unknown, callback?: (r: { status: string }) => void) =>
      setTimeout(() => callback?.({ status: "succeeded" }), 0),
  };

  const info = { host: HostType.Excel, platform: "OfficeOnline" };
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
    context: {
      displayLanguage: options.displayLanguage ?? "vi-VN",
      contentLanguage: options.displayLanguage ?? "vi-VN",
      host: HostType.Excel,
      platform: info.platform,
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number): boolean =>
          name.toLowerCase() === "excelapi" && book.supports(String(minVersion ?? "1.1")),
      },
      document: { settings },
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
    // Excel.run(options, batch) from ExcelApi 1.11 (delayForCellEdit) or Excel.run(batch).
    const options =
      typeof args[0] === "object" && args[0] !== null
        ? (args[0] as { delayForCellEdit?: boolean })
        : undefined;
    try {
      return await (options ? book.run(options, batch as never) : book.run(batch as never));
    } catch (error) {
      errors.push(error instanceof FakeRichApiError ? error.code : String(error));
      throw error;
    }
  };
  const ErrorCodes = Object.fromEntries(
    [
      "AccessDenied",
      "ApiNotFound",
      "GeneralException",
      "InvalidArgument",
      "InvalidOperation",
      "InvalidSelection",
      "ItemAlreadyExists",
      "ItemNotFound",
      "PropertyNotLoaded",
      "RequestPayloadSizeLimitExceeded",
      "ResponsePayloadSizeLimitExceeded",
    ].map((code) => [code[0].toLowerCase() + code.slice(1), code]),
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
    document: () => snapshotOf(book, Object.fromEntries(saved)),
    settings: () => Object.fromEntries(working),
    saves,
    active: () => book.active?.name,
    selection: () => {
      const sheet = book.active;
      return sheet?.selection ? { sheet: sheet.name, address: sheet.selection } : undefined;
    },
    ready,
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
