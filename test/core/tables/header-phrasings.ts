/**
 * The header-phrasing corpus format (test/fixtures/header-phrasings*.json): a case is a table header as an official
 * types it, with its source and the reading expected per column in the notation. This helper reads a case's header
 * the way the table finder does (header rows joined top to bottom, a merged cell's text repeated) and parses the
 * expected notation with its own small parser, so the test does not lean on the code it tests.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  foldHeader,
  formatReading,
  headerEncoding,
  readTableHeader,
  type TableHeaderReading,
} from "../../../src/core/tables/header-grammar";

export interface PhrasingCase {
  id: string;
  source: string;
  title?: string;
  header: string[][];
  expect: string[];
}

export function loadCases(file: string): PhrasingCase[] {
  const full = path.join(__dirname, "../../fixtures", file);
  return JSON.parse(readFileSync(full, "utf8")) as PhrasingCase[];
}

/** A case's columns as the table finder joins a multi-row header: each row's text once, top to bottom. */
export function caseColumns(c: PhrasingCase): { header: string; folded: string; parts: string[] }[] {
  const width = c.header[0].length;
  const texts = Array.from({ length: width }, (_, col) => {
    const out: string[] = [];
    for (const row of c.header) {
      const t = (row[col] ?? "").replace(/\s+/g, " ").trim();
      if (t !== "" && out[out.length - 1] !== t) out.push(t);
    }
    return out;
  });
  // As the finder does: one legacy encoding for the whole header.
  const legacy = headerEncoding(texts.flat());
  return texts.map((parts) => {
    const header = parts.join(" ");
    return { header, folded: foldHeader(header, legacy), parts: parts.map((t) => foldHeader(t, legacy)) };
  });
}

export function readCase(c: PhrasingCase): TableHeaderReading {
  return readTableHeader(caseColumns(c), c.title);
}

/** The grammar's reading of every column of the case, in the notation. */
export function readingsOf(c: PhrasingCase): string[] {
  return readCase(c).columns.map((col) => formatReading(col.reading));
}

/** An expected reading, parsed into comparable parts (whitespace and case of keywords do not matter). */
export type Expected =
  | { role: string }
  | { role: "figure"; kind: string; period: string; year: string }
  | { role: "ratio" | "growth" | "diff"; a: string; b: string };

const KINDS = new Set(["actual", "estimate", "plan", "target", "budget", "cumulative"]);
const PERIODS = new Set(["year", "h1", "9m", "q1", "q2", "q3", "q4", "month", "period"]);

function parseFigure(words: string[]): Expected {
  const [kind, period, year] = words;
  if (!KINDS.has(kind) || !PERIODS.has(period) || !/^(\d{4}|N|N[+-]\d|\?)$/.test(year ?? ""))
    throw new Error(`not a figure reading: figure ${words.join(" ")}`);
  return { role: "figure", kind, period, year };
}

function operand(text: string): string {
  const t = text.trim();
  const m = /^missing\(\s*figure\s+(.*)\)$/.exec(t);
  if (m) {
    const f = parseFigure(m[1].trim().split(/\s+/)) as { kind: string; period: string; year: string };
    return `missing(figure ${f.kind} ${f.period} ${f.year})`;
  }
  if (!/^[A-Z]{1,2}$/i.test(t)) throw new Error(`not an operand: ${t}`);
  return t.toUpperCase();
}

export function parseExpected(text: string): Expected {
  const t = text.trim().replace(/\s+/g, " ");
  if (["stt", "name", "unit", "note", "in-charge", "other"].includes(t)) return { role: t };
  if (t.startsWith("figure ")) return parseFigure(t.slice(7).split(" "));
  const m = /^(ratio|growth|diff) (.+)$/.exec(t);
  if (!m) throw new Error(`not a reading: ${text}`);
  const sep = m[1] === "diff" ? / - (?![^(]*\))/ : / \/ (?![^(]*\))/;
  const [a, b, ...rest] = m[2].split(sep);
  if (b === undefined || rest.length > 0) throw new Error(`not a comparison: ${text}`);
  return { role: m[1] as "ratio", a: operand(a), b: operand(b) };
}
