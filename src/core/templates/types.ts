import type { AdminLevel } from "../catalog/types";
import type { SheetPlan } from "../model/plan";

export interface TemplateOptions {
  /**
   * The report year N: the year the official writes in. The forecast describes year N, the plan year N+1,
   * so in 2026 both are made with `year: 2026`.
   */
  year: number;
  /** The reporting unit as it follows "UBND", e.g. "huyện Tuần Giáo"; a dotted blank when absent. */
  unit?: string;
  /** Administrative level for level-dependent tables (the grassroots targets); "huyen" when absent. */
  level?: AdminLevel;
}

/** One appendix table that can be inserted as a new worksheet. */
export interface Template {
  /** Stable id used on the command line and in the add-in: "du-bao", "ke-hoach" … */
  id: string;
  /** Vietnamese name shown to officials. */
  title: string;
  titleEn: string;
  plan(options: TemplateOptions): SheetPlan;
}
