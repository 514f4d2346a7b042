/**
 * The catalog code of a table row: a numbered row's name (with its unit and section) recognised as an indicator, an
 * unnumbered row's as a part or level of the indicator above it (catalog/recognize.ts decides names and levels).
 *
 * Pure; answers remembered through the one memo helper.
 */
import { ictChildren, ictRow } from "../catalog/ict";
import { recognizeIndicator, recognizeLevel, type RecognizeOptions } from "../catalog/recognize";
import type { CatalogRow } from "../catalog/types";
import { normalizeName } from "../text/fold";
import { memo } from "../text/memo";
import type { IndicatorRow } from "./model";

/** A part or level row under a catalog indicator: the indicator's child of that name (or level). */
export function catalogChild(parent: IndicatorRow | undefined, name: string): CatalogRow | undefined {
  if (!parent?.catalog) return undefined;
  // Remembered by parent code and name: a long table repeats the same parts under the same indicators.
  return childrenOfCode(parent.catalog.code)(name);
}

const childrenOfCode = memo((code: string) => memo((name: string) => catalogChildOf(code, name)));

function catalogChildOf(code: string, name: string): CatalogRow | undefined {
  const children = ictChildren(code).filter((c) => c.kind === "part" || c.kind === "level");
  const level = recognizeLevel(name);
  if (level) return children.find((c) => c.kind === "level" && c.level === level);
  const wanted = normalizeName(name, { dropPunctuation: true });
  return children.find((c) => normalizeName(c.name, { dropPunctuation: true }) === wanted);
}

/** The code (and ICT catalog row) a row's name stands for, or undefined when it is none or a coincidence. */
export function recognizeRow(
  name: string,
  unit: string,
  section: string | undefined,
  parent: IndicatorRow | undefined,
  numbered: boolean,
): { code: string; catalog?: CatalogRow } | undefined {
  if (name === "") return undefined;
  const options: RecognizeOptions = {};
  if (unit !== "") options.unit = unit;
  if (section) options.section = section;
  const hit = recognizeIndicator(name, options);
  if (!hit) return undefined;
  if (hit.catalog !== "ict") return numbered ? { code: hit.code } : undefined;
  const row = ictRow(hit.code);
  if (!row) return undefined;
  // A numbered row is an indicator, an unnumbered one a part or level: anything else is a coincidence of names.
  if (numbered !== (row.kind === "indicator")) return undefined;
  if (!numbered && parent?.code !== undefined && parent.code !== row.parent) return undefined;
  return { code: row.code, catalog: row };
}
