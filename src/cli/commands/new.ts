import { planInsert } from "../../core/actions";
import { templateById, templates } from "../../core/templates";
import { createXlsxPort, XlsxDocument, type XlsxPort } from "../../xlsx";
import { UserError, type Context } from "../context";
import { parseYear, saveWorkbookFile } from "../workbook-files";
import { claimOutput } from "../output";

export interface NewOptions {
  year: string;
  unit?: string;
  level: "xa" | "huyen" | "tinh";
  output: string;
  /** `--ghi-de`: replace an existing output file without asking. */
  ghiDe?: boolean;
}

/** A workbook holding the chosen templates' sheets, in the order given. */
export function buildWorkbook(
  ids: string[],
  options: { year: number; unit?: string; level: "xa" | "huyen" | "tinh" },
): XlsxPort {
  return createXlsxPort(XlsxDocument.fromPlans(planInsert([], { templateIds: ids, ...options })));
}

export function checkTemplateIds(ids: string[]): void {
  for (const id of ids) {
    if (!templateById(id)) {
      throw new UserError("error.unknown-template", { id, ids: templates.map((tpl) => tpl.id).join(", ") });
    }
  }
}

export async function runNew(ctx: Context, ids: string[], opts: NewOptions): Promise<number> {
  checkTemplateIds(ids);
  const year = parseYear(opts.year);
  await claimOutput(ctx, opts.output, { replace: opts.ghiDe });
  const port = buildWorkbook(ids, { year, unit: opts.unit, level: opts.level });
  // Kept where the pane and the web page keep them, so `phuluc check` judges the file at the level it was made for.
  await port.saveSettings({
    year,
    level: opts.level,
    ...(opts.unit !== undefined ? { unit: opts.unit } : {}),
  });
  const { names } = await port.sheetNames();
  await saveWorkbookFile(port, opts.output);
  ctx.io.out(ctx.say("cli.new.written", { file: opts.output, sheets: names.join(", ") }));
  return 0;
}
