import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import folderOrder from "./eslint-folder-order.mjs";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-output/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The folders' order (./eslint-folder-order.mjs): a file imports only from the folders below its own.
    files: ["src/**/*.{ts,tsx,js,mjs}"],
    plugins: { "folder-order": folderOrder },
    rules: { "folder-order/imports": "error" },
  },
  {
    // A function holds one step: one over 80 lines holds several, and is split into functions, hooks or components
    // named for them.
    files: ["src/**/*.{ts,tsx,js,mjs}"],
    rules: { "max-lines-per-function": ["error", { max: 80 }] },
  },
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
        {
          patterns: [
            "exceljs",
            "react",
            "react-dom",
            "office-*",
            "@microsoft/*",
            "node:*",
            "fs",
            "path",
            "child_process",
            "os",
          ],
        },
      ],
    },
  },
  {
    // ExcelJS is no part of the product: every .xlsx file is read and written by src/xlsx/package (tests may still
    // build their input workbooks with it).
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/core/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "exceljs", message: "Read and write .xlsx through src/xlsx." }] },
      ],
    },
  },
  {
    // React's rules of hooks and the React Compiler's checks (refs, purity, effects) on every face written in React.
    files: ["src/taskpane/**/*.{ts,tsx}", "src/web/**/*.{ts,tsx}", "test/taskpane/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // Office.js usage in the Excel adapter: load before read, sync after load, no sync in loops. Only the plugin's
    // rules: its "recommended" preset also imposes its own parser settings and Prettier as a lint rule.
    files: ["src/excel/**/*.ts", "src/commands/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
);
