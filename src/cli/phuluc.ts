/** The `phuluc` executable (bundled to dist/cli/phuluc.cjs by webpack). */
import { createInterface } from "node:readline/promises";
import { run } from "./main";

/** A question on the terminal, when both ends of the command are one. */
async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

// A reader that stops early (`phuluc check … | head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

run(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  ...(process.stdin.isTTY && process.stdout.isTTY ? { ask } : {}),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Not an expected input problem: say so plainly, keep the detail for whoever reports it.
    process.stderr.write(
      `Lỗi không mong đợi / Unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 3;
  },
);
