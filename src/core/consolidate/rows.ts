/**
 * The rows of each consolidated sheet, in catalog order, and how the province figure of each is made.
 *
 * Additive figures are summed over the districts: counts (points, stations, subscribers, establishments, communes,
 * programmes) and money (revenue). Every other measure has a denominator we do not receive — a rate (households,
 * communes, files), a per-100-inhabitants figure and an average (inhabitants, points), hours per day (one station's
 * day; a sum over stations would read as more than 24 hours a day), a volume per inhabitant (the catalog's only volume,
 * ict.17, is "bình quân đầu người"), a DX self-score (the province's index is not the sum of its districts') — so the
 * province gets the districts' lowest, median and highest figure instead. The rule reads the catalog's `measure`,
 * so a new catalog row is consolidated by what it measures, not by a list here.
 */
import { dxChildren, dxPillars } from "../catalog/dx-index";
import { egovTargets2020 } from "../catalog/egov";
import { indicatorsForLevel } from "../catalog/grassroots";
import { ictCatalog } from "../catalog/ict";
import type { IndicatorKind, DxCriterion } from "../catalog/types";
import { targetSetFor } from "./extract";
import { numberFormatFor } from "../templates/layout";
import type { AppendixKind } from "./types";

/** "sum": the province figure is the districts' total; "spread": their lowest, median and highest. */
export type ProvinceRule = "sum" | "spread";

export function provinceRule(measure: IndicatorKind | undefined): ProvinceRule {
  return measure === "count" || measure === "money" ? "sum" : "spread";
}

export interface ConsolidatedRow {
  /** Catalog code; absent on nothing (headings carry their code too). */
  code: string;
  label: string;
  name: string;
  unit: string;
  /** Sector and group rows are headings without figures. */
  heading?: "sector" | "group";
  /** A part or level row under an indicator (shown in italics). */
  part?: boolean;
  rule: ProvinceRule;
  numberFormat: string;
}

function ictRows(): ConsolidatedRow[] {
  return ictCatalog.map((r) => {
    const heading =
      r.kind === "sector" ? "sector" : r.kind === "group" || r.kind === "subgroup" ? "group" : undefined;
    const row: ConsolidatedRow = {
      code: r.code,
      label: r.label,
      name: r.name,
      unit: r.unit ?? "",
      rule: provinceRule(r.measure),
      numberFormat: numberFormatFor(r.measure),
    };
    if (heading) row.heading = heading;
    if (r.kind === "part" || r.kind === "level") row.part = true;
    return row;
  });
}

function grassrootsRows(year: number): ConsolidatedRow[] {
  return indicatorsForLevel(targetSetFor(year), "huyen").map((i) => ({
    code: i.code,
    label: i.number,
    name: i.name,
    unit: i.unit,
    rule: provinceRule("rate"),
    numberFormat: numberFormatFor("rate"),
  }));
}

function egovRows(): ConsolidatedRow[] {
  return egovTargets2020.map((t) => ({
    code: t.code,
    label: String(t.number),
    name: t.name,
    unit: t.unit,
    rule: provinceRule("rate"),
    numberFormat: numberFormatFor("rate"),
  }));
}

function dxRows(): ConsolidatedRow[] {
  const out: ConsolidatedRow[] = [];
  const walk = (c: DxCriterion) => {
    out.push({
      code: c.code,
      label: c.label,
      name: c.name,
      unit: "Điểm",
      rule: "spread",
      numberFormat: "General",
    });
    for (const child of dxChildren(c.code)) walk(child);
  };
  for (const pillar of dxPillars) {
    out.push({
      code: pillar.code,
      label: pillar.roman,
      name: pillar.name,
      unit: "Điểm",
      rule: "spread",
      numberFormat: "General",
    });
    for (const c of dxChildren(pillar.code)) walk(c);
  }
  return out;
}

export function rowsFor(kind: AppendixKind, year: number): ConsolidatedRow[] {
  switch (kind) {
    case "forecast":
    case "plan":
      return ictRows();
    case "grassroots":
      return grassrootsRows(year);
    case "egov":
      return egovRows();
    case "dx":
      return dxRows();
  }
}
