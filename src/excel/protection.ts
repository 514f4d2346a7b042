/// <reference types="office-js" />
/**
 * Protection as Excel reports it, never as an error message words it (messages are localised: a Vietnamese Office
 * never says "protected"): a worksheet's `protection.protected` (ExcelApi 1.2, WorksheetProtection) and the
 * workbook's `protection.protected` (ExcelApi 1.7, WorkbookProtection: its structure, so no sheet can be added).
 *
 * The port loads them with what it reads anyway — read(), readCells(), the marks' first sync, sheetNames() for the
 * workbook — so knowing costs no sync, and it refuses a write into a sheet it knows is protected before anything is
 * written: a write cut into several syncs would otherwise stop half way. When a write fails all the same with
 * AccessDenied or InvalidOperation (the protection was set since, or the port never read that sheet; some builds
 * answer a protected sheet with InvalidOperation — assumed from reports, Excel documents no code for it), one more
 * sync reads the protection of the sheets written to, and the official is told which one is protected.
 */
import { PortError } from "../core/port";
import { hostCodeOf, hostErrorOf, toPortError } from "./errors";
import type { Features } from "./write";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;
type Runner = <T>(batch: Batch<T>) => Promise<T>;

export class ProtectionMemo {
  /** Sheet name → protected, as last read. */
  private readonly sheets = new Map<string, boolean>();
  /** The workbook's structure, as last read (undefined: not read, or the host cannot say). */
  private workbook: boolean | undefined;

  /**
   * Queues the loads of the named sheets' protection (ExcelApi 1.2; nothing before); the returned function, called
   * after the sync, remembers them.
   */
  queueSheets(
    collection: Excel.WorksheetCollection,
    names: Iterable<string>,
    f: Pick<Features, "v12">,
  ): () => void {
    if (!f.v12) return () => undefined;
    const loads = [...new Set(names)].map((name) => {
      const protection = collection.getItem(name).protection;
      protection.load("protected");
      return { name, protection };
    });
    return () => {
      for (const { name, protection } of loads) this.sheets.set(name, protection.protected === true);
    };
  }

  /** Queues the load of the workbook's protection (ExcelApi 1.7); the returned function remembers it. */
  queueWorkbook(context: Excel.RequestContext, f: Pick<Features, "v17">): () => void {
    if (!f.v17) return () => undefined;
    const protection = context.workbook.protection;
    protection.load("protected");
    return () => {
      this.workbook = protection.protected === true;
    };
  }

  /** Throws "protected" for the first of `names` this port knows to be protected. */
  refuse(names: Iterable<string>): void {
    for (const name of names) {
      if (this.sheets.get(name) === true)
        throw new PortError("protected", `The sheet «${name}» is protected.`, { sheet: name });
    }
  }

  /** Throws "protected" (workbook) when this port knows the workbook's structure to be protected. */
  refuseStructure(): void {
    if (this.workbook === true)
      throw new PortError("protected", "The workbook's structure is protected.", { workbook: true });
  }

  /**
   * The PortError of a failed write into `sheets` (`structure`: the write added sheets). For AccessDenied and
   * InvalidOperation the protection is read again first (one sync, only after a failure): a protected sheet or
   * workbook found is what the official is told; when the host can say and nothing is protected, AccessDenied is
   * no protection and stays "unknown" with the host's message. Any other error is classified by its code.
   */
  async explain(
    error: unknown,
    sheets: readonly string[],
    options: {
      structure?: boolean;
      run: Runner;
      f: Pick<Features, "v12" | "v17">;
      /** Classifies by code what is no protection (default: toPortError). */
      classify?: (error: unknown, sheet?: string) => PortError;
    },
  ): Promise<PortError> {
    if (error instanceof PortError) return error; // already told (refused before writing)
    const classified = (options.classify ?? toPortError)(error, sheets.length === 1 ? sheets[0] : undefined);
    const code = hostCodeOf(hostErrorOf(error));
    if (code !== "AccessDenied" && code !== "InvalidOperation") return classified;
    const { f, run, structure } = options;
    // Whether the host can say where the protection is: the sheets' (1.2), for a new sheet the workbook's (1.7).
    const canTell = structure ? f.v17 : f.v12;
    if (!canTell) return classified; // nothing to read: AccessDenied stays protection, as best read
    let found: { sheet?: string; workbook?: boolean } | undefined;
    try {
      found = await run(async (context) => {
        const collection = context.workbook.worksheets;
        collection.load("items/name");
        const book = structure ? this.queueWorkbook(context, f) : () => undefined;
        await context.sync();
        // Sheets deleted since are left out (getItem of a missing sheet would fail the whole read).
        const present = new Set(collection.items.map((ws) => ws.name));
        const names = sheets.filter((name) => present.has(name));
        const remember = this.queueSheets(collection, names, f);
        await context.sync();
        book();
        remember();
        const sheet = names.find((name) => this.sheets.get(name) === true);
        if (sheet !== undefined) return { sheet };
        return structure && this.workbook === true ? { workbook: true } : {};
      });
    } catch {
      return classified; // the check itself failed: the error's own code is all there is
    }
    const details = { ...classified.details };
    if (found.sheet !== undefined) {
      return new PortError("protected", `The sheet «${found.sheet}» is protected.`, {
        ...details,
        sheet: found.sheet,
      });
    }
    if (found.workbook) {
      return new PortError("protected", "The workbook's structure is protected.", {
        ...details,
        workbook: true,
      });
    }
    return classified.code === "protected"
      ? new PortError("unknown", classified.message, details)
      : classified;
  }
}
