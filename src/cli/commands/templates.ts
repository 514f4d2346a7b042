import { templates } from "../../core/templates";
import type { Context } from "../context";

export function runTemplates(ctx: Context): number {
  const width = Math.max(...templates.map((tpl) => tpl.id.length));
  for (const tpl of templates)
    ctx.io.out(`${tpl.id.padEnd(width)}  ${ctx.lang === "en" ? tpl.titleEn : tpl.title}`);
  return 0;
}
