/**
 * The start of every command that writes a changed copy of one workbook (`fill`, `fix`, `xac-nhan`): the input opened
 * first (what is wrong with it is the first thing to say, before asking about the output), the output claimed (an
 * .xlsm's macros named when the copy is not one), then the year and the column readings given stored, so the action
 * reads the tables as corrected and the copy keeps them for every later check.
 */
import type { Context } from "./context";
import { claimOutput } from "./output";
import { storeReadings } from "./readings";
import { openWorkbookFile } from "./workbook-files";
import type { XlsxPort } from "../xlsx/port";

export async function openToRewrite(
  ctx: Context,
  input: string,
  opts: { output: string; ghiDe?: boolean; year?: string; column?: string[] },
): Promise<{ port: XlsxPort; stored: Awaited<ReturnType<typeof storeReadings>> }> {
  const port = await openWorkbookFile(input);
  await claimOutput(ctx, opts.output, {
    inputs: [input],
    replace: opts.ghiDe,
    ...(port.document.macroEnabled ? { macros: { input } } : {}),
  });
  const stored = await storeReadings(port, input, opts);
  return { port, stored };
}
