/**
 * The quick fixes in the pane: preview (what will change), confirmations of typed comparisons cell by cell,
 * applying exactly the previewed changes, and undoing the last fix (its record lives in the workbook, so the
 * button is there again after the pane or the workbook is closed and opened).
 */
import { useCallback, useEffect, useState } from "react";
import { applyFixes, lastFix, previewFixes, undoLastFix } from "../../core/actions";
import type { Finding } from "../../core/check/types";
import { cellKey, isFixableCode, type CellChange, type FixPlan, type FixableCode } from "../../core/fixes";
import type { WorkbookPort } from "../../core/port";
import { useAsyncAction } from "./async-action";

export interface FixPreview {
  plan: FixPlan;
  findings: Finding[];
}

/** Fixable findings by kind, in the order of the findings. */
export function fixableKinds(findings: readonly Finding[]): { code: FixableCode; findings: Finding[] }[] {
  const byCode = new Map<FixableCode, Finding[]>();
  for (const f of findings) {
    if (!isFixableCode(f.code)) continue;
    const list = byCode.get(f.code);
    if (list) list.push(f);
    else byCode.set(f.code, [f]);
  }
  return [...byCode].map(([code, list]) => ({ code, findings: list }));
}

/**
 * The changes the Apply button writes: the plan's own changes, with the full change (formula included) in place of
 * the partial one for every typed comparison the official ticked.
 */
export function changesToApply(plan: FixPlan, confirmed: ReadonlySet<string>): CellChange[] {
  const chosen = new Map(
    plan.toConfirm
      .filter((c) => confirmed.has(cellKey(c.sheet, c.cell)))
      .map((c) => [cellKey(c.sheet, c.cell), c]),
  );
  const out = plan.changes.map((c) => {
    const key = cellKey(c.sheet, c.cell);
    const full = chosen.get(key);
    chosen.delete(key);
    return full ?? c;
  });
  return [...out, ...chosen.values()];
}

export function useFixes(port: WorkbookPort, onWritten: () => void) {
  const preview = useAsyncAction(async (findings: Finding[]): Promise<FixPreview> => ({
    plan: await previewFixes(port, findings),
    findings,
  }));
  const apply = useAsyncAction((changes: CellChange[]) => applyFixes(port, changes));
  const undo = useAsyncAction(() => undoLastFix(port));
  const last = useAsyncAction(() => lastFix(port));
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());

  const refreshLast = last.run;
  useEffect(() => {
    void refreshLast();
  }, [port, refreshLast]);

  const show = useCallback(
    (findings: Finding[]) => {
      apply.reset();
      undo.reset();
      setConfirmed(new Set());
      void preview.run(findings);
    },
    [apply, undo, preview],
  );

  const toggle = (change: CellChange) =>
    setConfirmed((prev) => {
      const next = new Set(prev);
      const key = cellKey(change.sheet, change.cell);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const plan = preview.state.result?.plan;
  const pending = plan ? changesToApply(plan, confirmed) : [];

  const applyPreview = async () => {
    const outcome = await apply.run(pending);
    // Also after a failure: the record of a write that failed half way is the workbook's last fix now.
    void refreshLast();
    if (!outcome) return;
    preview.reset();
    onWritten();
  };

  const undoLast = async () => {
    apply.reset();
    preview.reset();
    const outcome = await undo.run();
    void refreshLast();
    if (outcome) onWritten();
  };

  return {
    preview,
    apply,
    undo,
    last: last.state.result,
    confirmed,
    pending,
    show,
    toggle,
    cancel: preview.reset,
    applyPreview,
    undoLast,
  };
}

export type Fixes = ReturnType<typeof useFixes>;
