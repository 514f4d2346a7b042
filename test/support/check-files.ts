/** Workbooks the checker tests run on, written to disk. */
import { writeFileSync } from "node:fs";
import { buildWorkbook } from "../../src/cli/commands/new";
import { fillConsistently } from "./consistent";
import { seedAppendicesWorkbook, type PasteMode } from "./fixtures";

/** The 2026 forecast and 2027 plan made by our templates, with consistent figures typed in. */
export async function consistentWorkbookFile(file: string): Promise<string> {
  const port = buildWorkbook(["du-bao", "ke-hoach"], { year: 2026, level: "huyen" });
  await fillConsistently(port, "Dự báo 2026", "Kế hoạch 2027");
  writeFileSync(file, port.save());
  return file;
}

/** Seed 001's two appendices typed in as published, one sheet each. */
export async function seedWorkbookFile(file: string, mode: PasteMode): Promise<string> {
  await seedAppendicesWorkbook(mode).xlsx.writeFile(file);
  return file;
}
