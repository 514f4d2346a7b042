/** Inserting appendix tables as new worksheets, never overwriting a sheet that is already there. */
import type { AdminLevel } from "../catalog/types";
import type { SheetPlan } from "../model/plan";
import type { AddSheetsOutcome, WorkbookPort } from "../port";
import { templateById, uniqueSheetName } from "../templates";
import { ActionError } from "./errors";

export interface InsertRequest {
  /** Template ids in the order the sheets are added ("du-bao", "ke-hoach" …); an id may repeat. */
  templateIds: string[];
  /** The report year N. */
  year: number;
  /** The reporting unit as it follows "UBND", e.g. "huyện Tuần Giáo". */
  unit?: string;
  level?: AdminLevel;
}

export interface InsertPreview {
  templateId: string;
  /** The template's Vietnamese title. */
  title: string;
  /** The name the new sheet gets: the template's name, made unique ("Kế hoạch 2027 (2)"). */
  sheetName: string;
}

/**
 * The sheet plans of the request, named so that no name is among `existingNames` or taken by an earlier plan of the
 * request. Throws ActionError "actions.error.unknown-template" for an unknown id.
 */
export function planInsert(existingNames: readonly string[], request: InsertRequest): SheetPlan[] {
  const taken = [...existingNames];
  return request.templateIds.map((id) => {
    const template = templateById(id);
    if (!template) throw new ActionError("actions.error.unknown-template", { id });
    const plan = template.plan({ year: request.year, unit: request.unit, level: request.level });
    plan.name = uniqueSheetName(plan.name, taken);
    taken.push(plan.name);
    return plan;
  });
}

/** The sheets insertTemplates would add (pure). */
export function previewInsert(existingNames: readonly string[], request: InsertRequest): InsertPreview[] {
  return planInsert(existingNames, request).map((plan) => ({
    templateId: plan.templateId,
    title: templateById(plan.templateId)?.title ?? plan.templateId,
    sheetName: plan.name,
  }));
}

/**
 * Adds the templates' sheets at the end of the workbook. One read (sheet names), one write (the sheets). `unfinished`:
 * the sheets inserted without part of their setup (print, freeze panes, validation), which some Excel builds refuse.
 */
export async function insertTemplates(
  port: WorkbookPort,
  request: InsertRequest,
): Promise<{ sheets: string[]; unfinished: AddSheetsOutcome["unfinished"] }> {
  const { names, taken = [] } = await port.sheetNames();
  const plans = planInsert([...names, ...taken], request);
  const outcome = plans.length > 0 ? await port.addSheets(plans) : undefined;
  return { sheets: plans.map((p) => p.name), unfinished: outcome ? outcome.unfinished : [] };
}
