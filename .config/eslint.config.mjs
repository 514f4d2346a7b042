import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-output/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Node scripts: the command line, build and start tools, tests.
    files: ["src/tools/**", "src/cli/**", "test/**", "*.js", "*.mjs"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Plain browser scripts served as they are (the Internet Explorer fallback).
    files: ["src/**/*.js"],
    languageOptions: { globals: { ...globals.browser } },
  },
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
