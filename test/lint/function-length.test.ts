/**
 * A function of the product holds one step: the lint rule max-lines-per-function (80 lines, .config/eslint.config.mjs)
 * fails one that holds several. These snippets, linted as if they stood in the named file, prove the rule is on
 * where it should be.
 */
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, ".config/eslint.config.mjs") });

/** A function whose body holds `lines` statements, one a line. */
function functionOf(lines: number): string {
  const body = Array.from({ length: lines }, (_, i) => `  total += ${i};`);
  return ["export function long(): number {", "  let total = 0;", ...body, "  return total;", "}", ""].join(
    "\n",
  );
}

async function lengthErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === "max-lines-per-function").map((m) => m.message);
}

describe("functions of at most 80 lines (lint rule max-lines-per-function)", () => {
  it("fails a function of 81 lines in the core, the adapters and a face", async () => {
    for (const file of [
      "src/core/check/rules/long.ts",
      "src/excel/long.ts",
      "src/xlsx/package/long.ts",
      "src/taskpane/components/Long.tsx",
    ]) {
      const errors = await lengthErrors(file, functionOf(77));
      expect(errors, file).toEqual(["Function 'long' has too many lines (81). Maximum allowed is 80."]);
    }
  });

  it("lets a function of 80 lines pass", async () => {
    expect(await lengthErrors("src/core/check/rules/long.ts", functionOf(76))).toEqual([]);
  });
});
