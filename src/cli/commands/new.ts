import ExcelJS from "exceljs";
import { planInsert } from "../../core/actions";
import { templateById, templates } from "../../core/templates";
import { addPlannedSheet, createXlsxPort } from "../../xlsx";
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

/** Builds a workbook holding the chosen templates' sheets, in the order given. */
export function buildWorkbook(
  ids: string[],
  options: { year: number; unit?: string; level: "xa" | "huyen" | "tinh" },
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Phụ lục TT&TT";
  for (const plan of planInsert([], { templateIds: ids, ...options })) addPlannedSheet(workbook, plan);
  return workbook;
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
  const workbook = buildWorkbook(ids, { year, unit: opts.unit, level: opts.level });
  // Kept where the pane and the web page keep them, so `phuluc check` judges the file at the level it was made for.
  const port = createXlsxPort(workbook);
  await port.saveSettings({
    year,
    level: opts.level,
    ...(opts.unit !== undefined ? { unit: opts.unit } : {}),
  });
  const { names } = await port.sheetNames();
  await saveWorkbookFile(workbook, opts.output);
  ctx.io.out(ctx.say("cli.new.written", { file: opts.output, sheets: names.join(", ") }));
  return 0;
}
