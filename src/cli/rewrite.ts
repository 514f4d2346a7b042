/**
 * The start of every command that writes a changed copy of one workbook (`fill`, `fix`, `xac-nhan`): the input opened
 * first (what is wrong with it is the first thing to say, before asking about the output), the output claimed (an
 * .xlsm's macros named when the copy is not one), then the year and the column readings given stored, so the action
 * reads the tables as corrected and the copy keeps them for every later check. Where the copy cannot keep them (a
 * workbook whose structure is protected has no room for the settings sheet), fill and fix say so and go on;
 * `xac-nhan` (`mustKeep`), whose work that is, refuses before writing anything.
 */
import { UserError, type Context } from "./context";
import { claimOutput } from "./output";
import { storeReadings } from "./readings";
import { openWorkbookFile } from "./workbook-files";
import type { XlsxPort } from "../xlsx/port";

export async function openToRewrite(
  ctx: Context,
  input: string,
  opts: { output: string; ghiDe?: boolean; year?: string; column?: string[]; mustKeep?: boolean },
): Promise<{ port: XlsxPort; stored: Awaited<ReturnType<typeof storeReadings>> }> {
  const port = await openWorkbookFile(input);
  await claimOutput(ctx, opts.output, {
    inputs: [input],
    replace: opts.ghiDe,
    ...(port.document.macroEnabled ? { macros: { input } } : {}),
  });
  const stored = await storeReadings(port, input, opts);
  const given = stored.year !== undefined || stored.corrections.length > 0;
  const unkept = port.unstoredReason;
  if (given && unkept !== undefined) {
    const reason = ctx.say(
      unkept === "structure" ? "cli.readings.reason.structure" : "cli.readings.reason.name-taken",
    );
    // `xac-nhan` is for keeping them: without that, no copy is worth writing. fill and fix still do their work.
    if (opts.mustKeep) throw new UserError("error.readings.not-kept", { reason });
    ctx.io.out(ctx.say("cli.readings.not-kept", { file: opts.output, reason }));
  }
  return { port, stored };
}
