/** `phuluc check <file-or-folder...>`: the checker over .xlsx files, as a readable table or as JSON. */
import type { AdminLevel } from "../../core/catalog/types";
import {
  countBySeverity,
  findingMessage,
  formatNumber,
  messageNamesIndicator,
  type CheckResult,
  type Finding,
} from "../../core/check";
import { foldedLabel, groupFindings, rangesText, type FindingLine } from "../../core/check/fold";
import { formatTarget } from "../../core/check/render";
import type { Severity, TargetCoverage } from "../../core/check/types";
import type { YearSource } from "../../core/tables/year";
import { tCount } from "../../core/i18n/counts";
import { checkModel } from "../../core/actions";
import { UserError, type Context } from "../context";
import { parseYear, readProblemMessage, readWorkbookModelFile } from "../workbook-files";
import { expandInputs, type ExpandedInputs, type InputFile } from "../files";
import { correctionsFromSpecs, printReading, readingJson } from "../readings";
import { withCorrections, withStoredReading } from "../../core/settings";

export interface CheckCommandOptions {
  year?: string;
  /** Absent: the level kept in the workbook's settings (set in the pane or the web page), else district. */
  level?: AdminLevel;
  json: boolean;
  /** List every finding, nothing folded, and the notes (severity info) too, in the readable table. */
  all: boolean;
  /** How columns read, given by the user (`--column`): applied to this check, not stored. */
  column?: string[];
}

interface FileReport {
  file: string;
  error?: string;
  result?: CheckResult;
  /** The year judged: --year, else the file's (its headers, titles, stored settings); absent when none tells. */
  year?: number;
  /** The year the file itself names and where, when --year asked for another. */
  ownYear?: { year: number; source: YearSource };
  /** The level judged: the one asked for, else the workbook's own setting, else district. */
  level: AdminLevel;
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
  switch (t.status) {
    case "below":
      return ctx.say("cli.check.status.below", { gap: formatNumber(t.gap ?? 0, ctx.lang) });
    case "invalid":
      return ctx.say("cli.check.status.invalid", { code: t.findingCode ?? "?" });
    default:
      return ctx.say(`cli.check.status.${t.status}`);
  }
}

function findingLine(ctx: Context, line: FindingLine, severityWidth: number): string {
  const severity = (f: Severity) => ctx.say(`cli.severity.${f}`).padEnd(severityWidth);
  if (line.kind === "folded")
    return `  ${severity(line.severity)}  ${line.sheet}  [${line.code}]  ${foldedLabel(line, ctx.lang)}: ${rangesText(line.ranges)}`;
  const f = line.finding;
  const about = f.indicator && !messageNamesIndicator(f) ? `${f.indicator}: ` : "";
  return `  ${severity(f.severity)}  ${f.sheet}!${f.cell}  [${f.code}]  ${about}${findingMessage(f, ctx.lang)}`;
}

/** "95 / 98 → Chưa đạt (thiếu 3) (Kế hoạch 2024!E12)", with "Kế hoạch 2024: " in front when the entry says which. */
function targetEntry(ctx: Context, t: TargetCoverage): string {
  const kind = t.kind ? `${ctx.say(`cli.check.kind.${t.kind}`, { year: t.year })}: ` : "";
  const value = t.value === undefined ? "—" : formatNumber(t.value, ctx.lang);
  const target = formatTarget(t, ctx.lang) ?? "—";
  const where = t.cell ? ` (${t.cell})` : "";
  return `${kind}${value} / ${target} → ${statusText(ctx, t)}${where}`;
}

/** The targets table: one line per indicator, or its name then one line per year column judged. */
export function printTargets(ctx: Context, year: number, targets: TargetCoverage[], level: AdminLevel): void {
  ctx.io.out(ctx.say("cli.check.targets.header", { year, level: ctx.say(`level.${level}`) }));
  const ended = targets.find((t) => t.periodEnded);
  if (ended)
    ctx.io.out(ctx.say("cli.check.targets.period-ended", { yearUsed: ended.yearUsed ?? ended.year }));
  // One indicator may be judged in several year columns: its name once, then one line per column.
  const byCode = new Map<string, TargetCoverage[]>();
  for (const t of targets) {
    const same = byCode.get(t.code);
    if (same) same.push(t);
    else byCode.set(t.code, [t]);
  }
  for (const [code, entries] of byCode) {
    const number = code.replace(/^ttcs\./, "").padEnd(4);
    if (entries.length === 1) {
      ctx.io.out(`    ${number} ${entries[0].name}: ${targetEntry(ctx, entries[0])}`);
      continue;
    }
    ctx.io.out(`    ${number} ${entries[0].name}:`);
    for (const t of entries) ctx.io.out(`         ${targetEntry(ctx, t)}`);
  }
}

function countsText(ctx: Context, counts: Record<Severity, number>) {
  return {
    errors: tCount(ctx.lang, "count.errors", counts.error),
    warnings: tCount(ctx.lang, "count.warnings", counts.warning),
    infos: tCount(ctx.lang, "count.notes", counts.info),
  };
}

function printTable(ctx: Context, report: FileReport, all: boolean): void {
  const { result, level } = report;
  // The reason was said on stderr where the file stands (runCheck); the summary counts it.
  if (!result) return;
  const counts = countBySeverity(result.issues);
  const yearText = report.year === undefined ? ctx.say("cli.check.year-unknown") : String(report.year);
  ctx.io.out(
    ctx.say("cli.check.file", {
      file: report.file,
      year: yearText,
      level: ctx.say(`level.${level}`),
      ...countsText(ctx, counts),
    }),
  );
  if (report.year === undefined) ctx.io.out(ctx.say("cli.check.year-none"));
  // A year kept in the file's settings that the headers or titles contradict: told, not applied.
  const resolution = result.yearResolution;
  const stored = resolution?.disagreements.find((d) => d.source === "stored");
  if (stored && report.year !== undefined && resolution && resolution.source !== "user")
    ctx.io.out(
      ctx.say("cli.check.stored-differs", {
        stored: stored.year,
        year: report.year,
        source: ctx.say(`reading.source.${resolution.source}`),
        file: report.file,
      }),
    );
  if (report.ownYear !== undefined && report.year !== undefined)
    ctx.io.out(
      ctx.say("cli.check.year-differs", {
        ownYear: report.ownYear.year,
        source: ctx.say(`reading.source.${report.ownYear.source}`),
        year: report.year,
      }),
    );
  if (result.issues.length === 0) ctx.io.out(ctx.say("cli.check.no-issues"));
  const severityWidth = Math.max(
    ...(["error", "warning", "info"] as const).map((s) => ctx.say(`cli.severity.${s}`).length),
  );
  // Without --all: notes hidden, and a kind repeated on a sheet folded into one line with its cell ranges.
  const shownIssues = all ? result.issues : result.issues.filter((f) => f.severity !== "info");
  let folded = false;
  for (const group of groupFindings(shownIssues, { fold: !all }))
    for (const sheet of group.sheets)
      for (const line of sheet.lines) {
        folded ||= line.kind === "folded";
        ctx.io.out(findingLine(ctx, line, severityWidth));
      }
  if (folded) ctx.io.out(ctx.say("cli.check.folded-hint"));
  if (!all && counts.info > 0)
    ctx.io.out(ctx.say("cli.check.notes-hidden", { infos: tCount(ctx.lang, "count.notes", counts.info) }));
  if (result.reading) printReading(ctx, result.reading, all, report.file);
  if (result.targets.length > 0 && report.year !== undefined)
    printTargets(ctx, report.year, result.targets, level);
}

/** One file's entry of the JSON report without its findings (`issues` is left empty: see printFileJson). */
function fileJson(r: FileReport, ctx: Context) {
  return {
    file: r.file,
    ...(r.error ? { error: r.error } : {}),
    year: r.result ? (r.year ?? null) : null,
    yearSource: r.result?.yearSource ?? null,
    level: r.result ? r.level : null,
    issues: [],
    targets: (r.result?.targets ?? []).map(targetJson),
    tables: r.result?.reading ? readingJson(r.result.reading, ctx) : [],
  };
}

/** Findings turned into JSON text per call of `out` (a long sheet gives hundreds of thousands). */
const ISSUES_PER_CHUNK = 100;

/**
 * Prints one file's entry of the JSON report, its findings a chunk at a time: the text is the one
 * `JSON.stringify(report, null, 2)` gives (each `out` call ends a line), without the whole report, nor every
 * finding's JSON object, in memory at once.
 */
function printFileJson(ctx: Context, report: FileReport, last: boolean): void {
  const comma = last ? "" : ",";
  const text = nestedJson(fileJson(report, ctx), 2);
  const issues = report.result?.issues ?? [];
  if (issues.length === 0) {
    ctx.io.out(`    ${text}${comma}`);
    return;
  }
  // The entry's own key at its own indentation: a string value never holds a raw line break.
  const marker = `\n      "issues": []`;
  const at = text.indexOf(marker) + marker.length - 1;
  ctx.io.out(`    ${text.slice(0, at)}`);
  for (let i = 0; i < issues.length; i += ISSUES_PER_CHUNK) {
    const chunk = issues
      .slice(i, i + ISSUES_PER_CHUNK)
      .map((f) => `        ${flatJson(issueJson(f, ctx), 4)}`);
    ctx.io.out(chunk.join(",\n") + (i + ISSUES_PER_CHUNK < issues.length ? "," : ""));
  }
  ctx.io.out(`      ${text.slice(at)}${comma}`);
}

/**
 * `JSON.stringify(value, null, 2)` of a value nested `depth` levels deep in the report: each file's entry is turned
 * into text as soon as it is checked, so its findings need not stay in memory until the last file is done. JSON
 * text holds no raw line break (they are escaped inside strings), so indenting every line is exact.
 */
function nestedJson(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${"  ".repeat(depth)}`);
}

/**
 * `nestedJson` of an object whose values are all strings, numbers or null (a finding's entry), written directly:
 * one string per finding rather than a text and its re-indented copy.
 */
function flatJson(value: Record<string, string | number | null>, depth: number): string {
  const indent = "  ".repeat(depth);
  let text = "";
  for (const key in value) {
    const v = value[key];
    // As JSON.stringify writes them: a number in its shortest form (not finite: null), a string quoted and escaped.
    const json =
      typeof v === "number"
        ? Number.isFinite(v)
          ? String(v)
          : "null"
        : v === null
          ? "null"
          : JSON.stringify(v);
    text += `${text === "" ? "{" : ","}\n${indent}  ${keyJson(key)}: ${json}`;
  }
  return text === "" ? "{}" : `${text}\n${indent}}`;
}

const keyTexts = new Map<string, string>();

function keyJson(key: string): string {
  let text = keyTexts.get(key);
  if (text === undefined) {
    text = JSON.stringify(key);
    keyTexts.set(key, text);
  }
  return text;
}

/**
 * The inputs of `check` and `tong-hop`: folders expanded; files in them that are no spreadsheet named once on stderr
 * (never silently left out); a UserError when nothing is left to read.
 */
export async function inputFiles(ctx: Context, inputs: readonly string[]): Promise<ExpandedInputs> {
  const { files, skipped } = await expandInputs(inputs);
  if (skipped.length > 0) {
    const shown = skipped.slice(0, SKIPPED_SHOWN).join(", ") + (skipped.length > SKIPPED_SHOWN ? ", …" : "");
    ctx.io.err(tCount(ctx.lang, "count.skipped-files", skipped.length, { files: shown }));
  }
  if (files.length === 0) throw new UserError("error.folder-empty", { file: inputs.join(", ") });
  return { files, skipped };
}

/** Names of skipped files listed before "…". */
const SKIPPED_SHOWN = 10;

export async function runCheck(ctx: Context, inputs: string[], opts: CheckCommandOptions): Promise<number> {
  const fixedYear = opts.year ? parseYear(opts.year) : undefined;
  const { files, skipped } = await inputFiles(ctx, inputs);
  // Each file is reported as soon as it is checked (JSON text, or its part of the readable table) and its
  // workbook, model and findings dropped: memory stays that of one file, however many the folder holds.
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let unreadable = 0;
  let emptyTables = 0;
  // JSON: the text `JSON.stringify({ files, summary }, null, 2)` would give, printed file by file.
  if (opts.json) ctx.io.out(`{\n  "files": [`);
  for (const [i, file] of files.entries()) {
    const report = await checkFile(ctx, file, fixedYear, opts.level, opts.column ?? []);
    if (report.result) {
      const c = countBySeverity(report.result.issues);
      counts.error += c.error;
      counts.warning += c.warning;
      counts.info += c.info;
      emptyTables += report.result.issues.filter((f) => f.code === "structure/no-figures").length;
    }
    if (report.error) {
      unreadable++;
      // Said once, on stderr, where the file stands in the run (the summary counts it).
      ctx.io.err(report.error);
    }
    if (opts.json) printFileJson(ctx, report, i === files.length - 1);
    else printTable(ctx, report, opts.all);
  }

  if (opts.json) {
    const summary = {
      files: files.length,
      unreadable,
      errors: counts.error,
      warnings: counts.warning,
      emptyTables,
      skipped,
    };
    ctx.io.out(`  ],\n  "summary": ${nestedJson(summary, 1)}\n}`);
  } else {
    // A file that cannot be read is counted as such, never as a file with "0 errors".
    const filesText = tCount(ctx.lang, "count.files", files.length);
    const { errors, warnings } = countsText(ctx, counts);
    if (unreadable === 0) ctx.io.out(ctx.say("cli.check.summary", { files: filesText, errors, warnings }));
    else if (unreadable === files.length)
      ctx.io.out(ctx.say("cli.check.summary.none-readable", { files: filesText }));
    else
      ctx.io.out(
        ctx.say("cli.check.summary.unreadable", {
          files: filesText,
          unreadable: tCount(ctx.lang, "count.unreadable", unreadable),
          errors,
          warnings,
        }),
      );
    // A template never filled checks clean of every other finding: said in the summary, not only in its line.
    if (emptyTables > 0) ctx.io.out(tCount(ctx.lang, "count.empty-tables", emptyTables));
  }
  if (unreadable > 0) return 2;
  return counts.error > 0 ? 1 : 0;
}

/**
 * One file checked, or why it could not be. The year is the one year resolver's: --year, else the file's own (its
 * headers, its titles, the year its settings keep); never a guess — with none, the targets wait for --year.
 */
async function checkFile(
  ctx: Context,
  input: InputFile,
  fixedYear: number | undefined,
  fixedLevel: AdminLevel | undefined,
  columns: readonly string[],
): Promise<FileReport> {
  const file = input.path;
  if (input.problem) {
    // A name given on the command line that is no file nor folder, a folder that cannot be listed.
    const key = input.problem === "missing" ? "error.input-missing" : readProblemMessage[input.problem];
    return {
      file,
      error: ctx.say(key, { file, reason: "" }),
      ...(fixedYear !== undefined ? { year: fixedYear } : {}),
      level: fixedLevel ?? "huyen",
    };
  }
  try {
    // Read straight into the model (no ExcelJS workbook): the check only reads. The model carries the year and
    // the column readings the file keeps; --column adds the user's for this check.
    const model = await readWorkbookModelFile(file);
    const level = fixedLevel ?? model.settings.level ?? "huyen";
    const corrections = correctionsFromSpecs(model, columns, file);
    const workbook = withStoredReading(model, withCorrections(model.settings, corrections));
    const result = checkModel(
      {
        sheets: workbook.sheets,
        ...(workbook.storedYear !== undefined ? { storedYear: workbook.storedYear } : {}),
      },
      { ...(fixedYear !== undefined ? { year: fixedYear } : {}), level },
    );
    const own = result.yearResolution?.own;
    const ownYear = own && fixedYear !== undefined && own.year !== fixedYear ? own : undefined;
    return {
      file,
      result,
      ...(result.year !== undefined ? { year: result.year } : {}),
      level,
      ...(ownYear ? { ownYear } : {}),
    };
  } catch (error) {
    // One file that cannot be read or checked must not stop a run over thirty of them.
    const message =
      error instanceof UserError
        ? ctx.say(error.key, error.params)
        : ctx.say("error.check-failed", {
            file,
            reason: error instanceof Error ? error.message : String(error),
          });
    return { file, error: message, level: fixedLevel ?? "huyen" };
  }
}
