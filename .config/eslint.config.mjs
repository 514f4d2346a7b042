import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-output/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/core/**/*.ts"],
    rules: {
      // The core is pure: nothing from Office, the DOM, React, ExcelJS or Node.
      "no-restricted-imports": [
        "error",
        { patterns: ["exceljs", "react", "react-dom", "office-*", "@microsoft/*", "node:*", "fs", "path", "child_process", "os"] },
      ],
    },
  },
);
