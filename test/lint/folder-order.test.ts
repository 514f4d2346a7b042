/**
 * The folders' order is a lint rule the build runs (.config/eslint-folder-order.mjs): these snippets, linted as if
 * they stood in the named file, prove it fails an import upward or sideways and lets one downward pass.
 */
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, ".config/eslint.config.mjs") });

/** The folder-order messages ESLint gives the code placed at `file`. */
async function orderErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === "folder-order/imports").map((m) => m.message);
}

describe("the folders' order (lint rule folder-order/imports)", () => {
  it("fails the table model importing the formulas above it", async () => {
    const errors = await orderErrors(
      "src/core/tables/upward.ts",
      'import { planFill } from "../formulas";\nexport const fill = planFill;\n',
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("src/core/tables may not import src/core/formulas");
    expect(errors[0]).toContain("sits above it");
  });

  it("fails a type-only import, a re-export, an import type and a dynamic import upward", async () => {
    const code = [
      'import type { CheckResult } from "../check/types";',
      'export * from "../consolidate";',
      'export type Plan = import("../actions").InsertRequest;',
      'export const later = () => import("../fixes");',
      "export type Result = CheckResult;",
    ].join("\n");
    const errors = await orderErrors("src/core/targets/upward.ts", code);
    expect(errors.map((e) => e.slice(0, e.indexOf(":")))).toEqual([
      "src/core/targets may not import src/core/check",
      "src/core/targets may not import src/core/consolidate",
      "src/core/targets may not import src/core/actions",
      "src/core/targets may not import src/core/fixes",
    ]);
  });

  it("fails a folder importing its neighbour in the same tier", async () => {
    const errors = await orderErrors("src/core/model/sideways.ts", 'export * from "../catalog/ict";\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("src/core/model may not import src/core/catalog: they sit side by side");
  });

  it("fails the core importing an adapter or a face, and an adapter importing a face", async () => {
    expect(await orderErrors("src/core/actions/up.ts", 'export * from "../../xlsx/port";\n')).toHaveLength(1);
    expect(await orderErrors("src/xlsx/up.ts", 'export * from "../web/display";\n')).toHaveLength(1);
  });

  it("lets imports downward and within a folder pass", async () => {
    const code = [
      'import { readCell } from "../model/cell";',
      'import { foldDiacritics } from "../text/fold";',
      'import { findTables } from "./find";',
      'import { planFill } from "../formulas";',
      "export const all = [readCell, foldDiacritics, findTables, planFill];",
    ].join("\n");
    expect(await orderErrors("src/core/check/downward.ts", code)).toEqual([]);
    expect(await orderErrors("src/web/downward.ts", 'export * from "../core/actions";\n')).toEqual([]);
  });
});
