/**
 * `phuluc fix in.xlsx -o out.xlsx [--only kinds] [--yes]`: the quick fixes over a file. Prints every change before
 * writing anything; writes the output only with --yes or after a yes on a terminal; never touches the input.
 * Typed comparisons are replaced by their formula only when their kind is named in --only, and then only the
 * cells confirmed one by one on a terminal (all of them with --yes).
 */
import { applyFixes, checkAction, previewFixes } from "../../core/actions";
import { findingMessage, type Finding } from "../../core/check";
import {
  CONFIRMED_CODES,
  FIXABLE_CODES,
  describeChange,
  fixKindName,
  isFixableCode,
  type CellChange,
  type FixableCode,
} from "../../core/fixes";
import { UserError, type Context } from "../context";
import { isYes } from "../output";
import { openToRewrite } from "../rewrite";
import { saveWorkbookFile } from "../workbook-files";

export interface FixCommandOptions {
  output: string;
  /** Comma-separated fix kinds (finding codes). */
  only?: string;
  yes: boolean;
  /** `--ghi-de`: replace an existing output file without asking. */
  ghiDe?: boolean;
  /** The report year when the file names none (kept in the output). */
  year?: string;
  /** How columns read (`--column`), kept in the output. */
  column?: string[];
}

function parseOnly(text: string | undefined): FixableCode[] | undefined {
  if (text === undefined) return undefined;
  const kinds = text
    .split(",")
    .map((k) => k.trim())
    .filter((k) => k !== "");
  for (const kind of kinds) {
    if (!isFixableCode(kind))
      throw new UserError("error.bad-fix-kind", { kind, kinds: FIXABLE_CODES.join(", ") });
  }
  return kinds as FixableCode[];
}

/** The kind a change is listed under: the last (most specific) of its codes. */
function kindOf(change: CellChange): FixableCode {
  const code = change.codes[change.codes.length - 1];
  return isFixableCode(code) ? code : "number/text";
}

function printChanges(ctx: Context, changes: readonly CellChange[]): void {
  for (const kind of FIXABLE_CODES) {
    const group = changes.filter((c) => kindOf(c) === kind);
    if (group.length === 0) continue;
    ctx.io.out(ctx.say("cli.fix.kind", { kind: fixKindName(kind, ctx.lang), count: group.length }));
    for (const c of group) {
      ctx.io.out(
        ctx.say("cli.fix.row", { sheet: c.sheet, cell: c.cell, change: describeChange(c, ctx.lang) }),
      );
    }
  }
}

function printUnfixed(ctx: Context, findings: readonly Finding[]): void {
  if (findings.length === 0) return;
  ctx.io.out(ctx.say("cli.fix.unfixed", { count: findings.length }));
  for (const f of findings) {
    ctx.io.out(
      ctx.say("cli.fix.unfixed.row", { sheet: f.sheet, cell: f.cell, message: findingMessage(f, ctx.lang) }),
    );
  }
}

export async function runFix(ctx: Context, input: string, opts: FixCommandOptions): Promise<number> {
  const only = parseOnly(opts.only);
  const { port } = await openToRewrite(ctx, input, opts);
  const { issues } = await checkAction(port);

  let plan = await previewFixes(port, issues, { only });
  // Typed comparisons: only the kinds named in --only, and only the cells confirmed.
  const askable = plan.toConfirm.filter(
    (c) => only?.includes(kindOf(c)) && CONFIRMED_CODES.includes(kindOf(c)),
  );
  const confirmed: CellChange[] = [];
  for (const change of askable) {
    if (opts.yes) confirmed.push(change);
    else if (ctx.io.ask) {
      const question = ctx.say("cli.fix.ask-cell", {
        sheet: change.sheet,
        cell: change.cell,
        change: describeChange(change, ctx.lang),
      });
      if (isYes(await ctx.io.ask(question))) confirmed.push(change);
    }
  }
  if (confirmed.length > 0) plan = await previewFixes(port, issues, { only, confirmed });

  printChanges(ctx, plan.changes);
  // Typed comparisons named in --only with no terminal to confirm them and no --yes: listed, so the official sees
  // what --yes would replace, never told that nothing can be fixed.
  const pending = opts.yes || ctx.io.ask ? [] : askable;
  printChanges(ctx, pending);
  const wanted = only ?? FIXABLE_CODES;
  const ambiguous = wanted.includes("number/text") ? issues.filter((f) => f.code === "number/ambiguous") : [];
  printUnfixed(ctx, [...plan.unfixed.map((u) => u.finding), ...ambiguous]);
  const unconfirmed = plan.toConfirm.length;
  if (unconfirmed > 0 && askable.length === 0) {
    ctx.io.out(ctx.say("cli.fix.to-confirm", { count: unconfirmed, codes: CONFIRMED_CODES.join(",") }));
  }
  if (plan.changes.length === 0) {
    ctx.io.out(
      pending.length > 0
        ? ctx.say("cli.fix.not-written", { file: opts.output })
        : ctx.say("cli.fix.none", { file: input }),
    );
    return 0;
  }
  ctx.io.out(ctx.say("cli.fix.total", { count: plan.changes.length }));

  const write =
    opts.yes ||
    (ctx.io.ask !== undefined &&
      isYes(await ctx.io.ask(ctx.say("cli.fix.ask", { count: plan.changes.length, file: opts.output }))));
  if (!write) {
    ctx.io.out(ctx.say("cli.fix.not-written", { file: opts.output }));
    return 0;
  }
  const outcome = await applyFixes(port, plan.changes);
  await saveWorkbookFile(port, opts.output);
  ctx.io.out(ctx.say("cli.fix.written", { file: opts.output, count: outcome.applied.length }));
  return 0;
}
