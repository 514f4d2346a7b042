/** `phuluc check <file-or-folder...>`: the checker over .xlsx files, as a readable table or as JSON. */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { AdminLevel } from "../../core/catalog/types";
import {
  countBySeverity,
  findingMessage,
  formatNumber,
  messageNamesIndicator,
  type CheckResult,
  type Finding,
} from "../../core/check";
import type { TargetCoverage } from "../../core/check/types";
import { checkAction } from "../../core/actions";
import { createXlsxPort } from "../../xlsx";
import { UserError, type Context } from "../context";
import { openWorkbookFile, parseYear } from "../workbook-files";

export interface CheckCommandOptions {
  year?: string;
  level: AdminLevel;
  json: boolean;
  /** Also list the notes (severity info) in the readable table. */
  all: boolean;
}

/** Files named on the command line, folders expanded to the .xlsx files under them (Excel's ~$ lock files left out). */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => undefined);
    if (!stat?.isDirectory()) {
      files.push(input);
      continue;
    }
    const entries = await fs.readdir(input, { recursive: true, withFileTypes: true });
    const found = entries
      .filter(
        (e) => e.isFile() && /\.xlsx$/i.test(e.name) && !e.name.startsWith("~$") && !e.name.startsWith("."),
      )
      // Dirent.parentPath is Node 20.12+; earlier 20.x name it path.
      .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
      .sort((a, b) => a.localeCompare(b));
    if (found.length === 0) throw new UserError("error.folder-empty", { file: input });
    files.push(...found);
  }
  return files;
}

interface FileReport {
  file: string;
  error?: string;
  result?: CheckResult;
  year: number;
  yearGuessed: boolean;
}

function issueJson(f: Finding, ctx: Context) {
  return {
    code: f.code,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    indicator: f.indicator ?? null,
    indicatorCode: f.indicatorCode ?? null,
    message: findingMessage(f, ctx.lang),
    expected: f.expected ?? null,
    actual: f.actual ?? null,
  };
}

function targetJson(t: TargetCoverage) {
  return {
    code: t.code,
    name: t.name,
    level: t.level,
    year: t.year,
    kind: t.kind ?? null,
    target: t.target ?? null,
    targetText: t.targetText ?? null,
    value: t.value ?? null,
    cell: t.cell ?? null,
    status: t.status,
    gap: t.gap ?? null,
    findingCode: t.findingCode ?? null,
    periodEnded: t.periodEnded,
  };
}

function statusText(ctx: Context, t: TargetCoverage): string {
  if (t.status === "below")
    return ctx.say("cli.check.status.below", { gap: formatNumber(t.gap ?? 0, ctx.lang) });
  if (t.status === "invalid") return ctx.say("cli.check.status.invalid", { code: t.findingCode ?? "" });
  return ctx.say(`cli.check.status.${t.status}`);
}

function printTable(ctx: Context, report: FileReport, level: AdminLevel, all: boolean): void {
  const { result } = report;
  if (!result) return;
  const counts = countBySeverity(result.issues);
  const yearText = report.yearGuessed
    ? `${report.year}; ${ctx.say("cli.check.year-unknown", { year: report.year })}`
    : String(report.year);
  ctx.io.out(
    ctx.say("cli.check.file", {
      file: report.file,
      year: yearText,
      level: ctx.say(`level.${level}`),
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
    }),
  );
  if (result.issues.length === 0) ctx.io.out(ctx.say("cli.check.no-issues"));
  const severityWidth = Math.max(
    ...(["error", "warning", "info"] as const).map((s) => ctx.say(`cli.severity.${s}`).length),
  );
  const shownIssues = all ? result.issues : result.issues.filter((f) => f.severity !== "info");
  for (const f of shownIssues) {
    const where = `${f.sheet}!${f.cell}`;
    const about = f.indicator && !messageNamesIndicator(f) ? `${f.indicator}: ` : "";
    ctx.io.out(
      `  ${ctx.say(`cli.severity.${f.severity}`).padEnd(severityWidth)}  ${where}  [${f.code}]  ${about}${findingMessage(f, ctx.lang)}`,
    );
  }
  if (!all && counts.info > 0) ctx.io.out(ctx.say("cli.check.notes-hidden", { infos: counts.info }));
  if (result.targets.length > 0) {
    ctx.io.out(ctx.say("cli.check.targets.header", { year: report.year, level: ctx.say(`level.${level}`) }));
    const ended = result.targets.find((t) => t.periodEnded);
    if (ended)
      ctx.io.out(ctx.say("cli.check.targets.period-ended", { yearUsed: ended.yearUsed ?? ended.year }));
    for (const t of result.targets) {
      const number = t.code.replace(/^ttcs\./, "");
      const value = t.value === undefined ? "—" : formatNumber(t.value, ctx.lang);
      const target = t.targetText ?? (t.target === undefined ? "—" : formatNumber(t.target, ctx.lang));
      const where = t.cell ? ` (${t.cell})` : "";
      const column = t.kind ? ` [${ctx.say(`cli.check.kind.${t.kind}`, { year: String(t.year) })}]` : "";
      ctx.io.out(
        `    ${number.padEnd(4)} ${t.name}${column}: ${value} / ${target} → ${statusText(ctx, t)}${where}`,
      );
    }
  }
}

export async function runCheck(ctx: Context, inputs: string[], opts: CheckCommandOptions): Promise<number> {
  const fixedYear = opts.year ? parseYear(opts.year) : undefined;
  const files = await expandInputs(inputs);
  const reports: FileReport[] = [];
  for (const file of files) {
    try {
      const port = createXlsxPort(await openWorkbookFile(file));
      const first = await checkAction(port, { year: fixedYear, level: opts.level });
      const guessed = first.year === undefined;
      const year = first.year ?? new Date().getFullYear();
      const result = guessed ? await checkAction(port, { year, level: opts.level }) : first;
      reports.push({ file, result, year, yearGuessed: guessed });
    } catch (error) {
      // One file that cannot be read or checked must not stop a run over thirty of them.
      const message =
        error instanceof UserError
          ? ctx.say(error.key, error.params)
          : ctx.say("error.check-failed", {
              file,
              reason: error instanceof Error ? error.message : String(error),
            });
      reports.push({ file, error: message, year: fixedYear ?? 0, yearGuessed: false });
    }
  }

  const all = reports.flatMap((r) => r.result?.issues ?? []);
  const counts = countBySeverity(all);
  const unreadable = reports.filter((r) => r.error);
  if (opts.json) {
    const json = {
      files: reports.map((r) => ({
        file: r.file,
        ...(r.error ? { error: r.error } : {}),
        year: r.result ? r.year : null,
        issues: (r.result?.issues ?? []).map((f) => issueJson(f, ctx)),
        targets: (r.result?.targets ?? []).map(targetJson),
      })),
      summary: { files: reports.length, errors: counts.error, warnings: counts.warning },
    };
    ctx.io.out(JSON.stringify(json, null, 2));
  } else {
    for (const r of reports) printTable(ctx, r, opts.level, opts.all);
    ctx.io.out(
      ctx.say("cli.check.summary", { files: reports.length, errors: counts.error, warnings: counts.warning }),
    );
  }
  for (const r of unreadable) ctx.io.err(r.error!);
  if (unreadable.length > 0) return 2;
  return counts.error > 0 ? 1 : 0;
}
