/**
 * The one guard of every command that writes a file (`-o`: fill, fix, new, demo, tong-hop), run before any work:
 * the name ends in .xlsx (.xlsm for a workbook with macros), is not an input, is not a folder, its folder exists and
 * may be written; and a file that is already there is never replaced silently — the command asks on a terminal, and
 * without one refuses (exit 2, the file untouched) unless `--ghi-de` says to replace it. Writing itself
 * (`writeOutput`) turns the file system's errors into the same messages.
 */
import { constants, promises as fs, type Stats } from "node:fs";
import path from "node:path";
import type { MessageKey } from "../core/i18n/messages";
import { UserError, type Context } from "./context";
import { errorCode, sameFile, writeFileAtomic, writeProblemOf, type WriteProblem } from "./files";

export interface OutputOptions {
  /** Files the command reads: the output must be none of them. */
  inputs?: readonly string[];
  /** `--ghi-de`: replace an existing output without asking. */
  replace?: boolean;
  /**
   * The output is written from a workbook with macros: it stays .xlsm (its content type is kept, and Excel refuses
   * one named .xlsx). Any other output is .xlsx.
   */
  macros?: { input: string };
}

/** "c", "có", "y", "yes", "ok" (any case): the answers that mean yes. */
export function isYes(answer: string): boolean {
  return /^(c|có|co|y|yes|ok)$/i.test(answer.trim());
}

const writeMessages: Record<WriteProblem, MessageKey> = {
  "folder-missing": "error.output-folder-missing",
  denied: "error.output-denied",
  "read-only": "error.output-read-only",
  "is-folder": "error.output-is-folder",
  "disk-full": "error.output-disk-full",
  failed: "error.write-failed",
};

function writeUserError(file: string, problem: WriteProblem, detail?: string): UserError {
  return new UserError(writeMessages[problem], {
    file,
    // The folder in full: "." or a relative name would not tell the official which folder it is.
    dir: path.dirname(path.resolve(file)),
    reason: detail ?? "",
  });
}

/** Everything that can be known before the work: throws a UserError when the output must not or cannot be written. */
export async function claimOutput(ctx: Context, file: string, options: OutputOptions = {}): Promise<void> {
  if (options.macros) {
    if (!/\.xlsm$/i.test(file))
      throw new UserError("error.output-not-xlsm", { input: options.macros.input, file });
  } else if (!/\.xlsx$/i.test(file)) throw new UserError("error.output-not-xlsx", { file });
  for (const input of options.inputs ?? [])
    if (await sameFile(input, file)) throw new UserError("error.output-exists-as-input", { file: input });

  let existing: Stats | undefined;
  try {
    existing = await fs.stat(file);
  } catch (error) {
    if (errorCode(error) !== "ENOENT") throw writeUserError(file, writeProblemOf(error).problem);
  }
  if (existing) {
    if (existing.isDirectory()) throw writeUserError(file, "is-folder");
    // A file the user made read-only stays as it is, whatever the command line says.
    if (!(await allowed(file))) throw writeUserError(file, "read-only");
    if (!options.replace) {
      if (!ctx.io.ask) throw new UserError("error.output-exists", { file });
      if (!isYes(await ctx.io.ask(ctx.say("cli.output.ask", { file }))))
        throw new UserError("error.output-kept", { file });
    }
  }

  const folder = path.dirname(path.resolve(file));
  const stat = await fs.stat(folder).catch(() => undefined);
  if (!stat?.isDirectory()) throw writeUserError(file, "folder-missing");
  if (!(await allowed(folder))) throw writeUserError(file, "denied");
}

async function allowed(target: string): Promise<boolean> {
  try {
    await fs.access(target, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Writes the output atomically; a failure of the file system is one message, never a raw error or a temp name. */
export async function writeOutput(file: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(file, bytes);
  } catch (error) {
    const problem = writeProblemOf(error);
    throw writeUserError(file, problem.problem, problem.detail);
  }
}
