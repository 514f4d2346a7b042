/** The check view's grouping: by severity (errors first), then by sheet in the order the findings come. */
import type { Finding, Severity } from "../../core/check/types";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface SheetGroup {
  sheet: string;
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  sheets: SheetGroup[];
}

/** Groups that hold at least one finding; findings keep their order (the checker sorts them by workbook order). */
export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  const groups: SeverityGroup[] = [];
  for (const severity of SEVERITIES) {
    const sheets = new Map<string, Finding[]>();
    for (const f of findings) {
      if (f.severity !== severity) continue;
      const list = sheets.get(f.sheet);
      if (list) list.push(f);
      else sheets.set(f.sheet, [f]);
    }
    if (sheets.size === 0) continue;
    const sheetGroups = [...sheets].map(([sheet, list]) => ({ sheet, findings: list }));
    groups.push({
      severity,
      count: sheetGroups.reduce((n, g) => n + g.findings.length, 0),
      sheets: sheetGroups,
    });
  }
  return groups;
}
