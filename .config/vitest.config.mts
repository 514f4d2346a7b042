import { defineConfig } from "vitest/config";

export default defineConfig({
  root: new URL("..", import.meta.url).pathname,
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    // The CLI tests run dist/cli/phuluc.cjs: rebuilt first when a source is newer (never a stale binary).
    globalSetup: ["test/support/build-cli.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // LibreOffice runs are heavy: keep file-level parallelism modest on a 2-core machine.
    maxWorkers: 2,
    reporters: ["default", "json"],
    outputFile: { json: "test-output/vitest-report.json" },
  },
});
