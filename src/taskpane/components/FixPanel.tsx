/**
 * Sửa nhanh: a "Sửa tất cả (N)" button per kind of mechanical finding, the preview of every change (cell, before →
 * after) with a tick box per typed comparison, Apply, and "Hoàn tác" for the last fix. The check runs again after
 * a fix or an undo (the view passes that in through useFixes).
 */
import { Button, Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { foldedLabel, type FindingLine } from "../../core/check/fold";
import type { CheckResult, Finding } from "../../core/check/types";
import { CONFIRMED_CODES, cellKey, describeChange, fixKindName, isFixableCode } from "../../core/fixes";
import { t, type Lang } from "../../core/i18n/messages";
import { fixableKinds, type Fixes } from "../state/fixes";
import { say } from "../state/format";
import { ErrorMessage, Notice, Working } from "./Feedback";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  kinds: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: "4px",
  },
  kind: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  changes: { listStyleType: "none", margin: 0, padding: 0, maxHeight: "320px", overflowY: "auto" },
  change: {
    padding: `2px ${tokens.spacingHorizontalXS}`,
    fontSize: tokens.fontSizeBase200,
    wordBreak: "break-word",
  },
  where: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** Lists at most this many cells in a notice. */
const SHOWN_CELLS = 12;

function cellList(cells: { sheet: string; cell: string }[]): string {
  const shown = cells.slice(0, SHOWN_CELLS).map((c) => `${c.sheet}!${c.cell}`);
  return cells.length > SHOWN_CELLS ? `${shown.join(", ")} …` : shown.join(", ");
}

/** The small "Sửa" button beside a fixable finding. */
/**
 * "Sửa" beside a finding is a real (bordered) button, kept to its text's width beside the finding, never squeezed
 * into a link.
 */
const useButtonStyles = makeStyles({
  fix: { flexShrink: 0, minWidth: "auto", marginTop: tokens.spacingVerticalXS },
});

export function FixOneButton(props: { finding: Finding; fixes: Fixes; lang: Lang; disabled: boolean }) {
  const { finding, fixes, lang } = props;
  const styles = useButtonStyles();
  if (!isFixableCode(finding.code)) return null;
  return (
    <Button
      size="small"
      className={styles.fix}
      disabled={props.disabled}
      aria-label={t(lang, "pane.fix.one.label", { cell: finding.cell })}
      data-testid="fix-one"
      onClick={() => fixes.show([finding])}
    >
      {t(lang, "pane.fix.one")}
    </Button>
  );
}

/** The small "Sửa (N)" button beside a folded line of fixable findings: previews the fix of all of them. */
export function FixFoldButton(props: {
  line: Extract<FindingLine, { kind: "folded" }>;
  fixes: Fixes;
  lang: Lang;
  disabled: boolean;
}) {
  const { line, fixes, lang } = props;
  const styles = useButtonStyles();
  if (!isFixableCode(line.code)) return null;
  return (
    <Button
      size="small"
      className={styles.fix}
      disabled={props.disabled}
      aria-label={t(lang, "pane.fix.fold.label", { what: foldedLabel(line, lang), sheet: line.sheet })}
      data-testid="fix-fold"
      onClick={() => fixes.show(line.findings)}
    >
      {say(lang, "pane.fix.fold", { count: line.findings.length })}
    </Button>
  );
}

export function FixPanel(props: {
  result: CheckResult | undefined;
  fixes: Fixes;
  lang: Lang;
  busy: boolean;
}) {
  const { result, fixes, lang, busy } = props;
  const styles = useStyles();
  const kinds = result ? fixableKinds(result.issues) : [];
  const preview = fixes.preview.state.result;
  const working =
    busy || fixes.preview.state.running || fixes.apply.state.running || fixes.undo.state.running;
  const applied = fixes.apply.state.result;
  const undone = fixes.undo.state.result;
  if (kinds.length === 0 && !fixes.last && !applied && !undone && fixes.undo.state.error === undefined)
    return null;

  return (
    <section className={styles.panel} aria-label={t(lang, "pane.fix.title")}>
      <h3 className={styles.heading}>{t(lang, "pane.fix.title")}</h3>
      {kinds.length > 0 && <Text size={200}>{t(lang, "pane.fix.intro")}</Text>}
      {kinds.length > 0 && <FixKinds kinds={kinds} fixes={fixes} lang={lang} working={working} />}

      {fixes.preview.state.running && <Working label={t(lang, "pane.fix.previewing")} />}
      {fixes.preview.state.error !== undefined && (
        <ErrorMessage error={fixes.preview.state.error} lang={lang} />
      )}
      {preview && <FixPreview preview={preview} fixes={fixes} lang={lang} working={working} />}

      {fixes.apply.state.running && <Working label={t(lang, "pane.fix.applying")} />}
      {fixes.apply.state.error !== undefined && <ErrorMessage error={fixes.apply.state.error} lang={lang} />}
      {applied && <Notice>{say(lang, "pane.fix.applied", { count: applied.applied.length })}</Notice>}
      {applied && !applied.undoSaved && <Notice intent="warning">{t(lang, "pane.fix.undo-unsaved")}</Notice>}
      {applied && applied.skipped.length > 0 && (
        <Notice intent="warning">
          {say(lang, "pane.fix.skipped", { count: applied.skipped.length, cells: cellList(applied.skipped) })}
        </Notice>
      )}

      {fixes.last && (
        <div className={styles.actions}>
          <Button data-testid="fix-undo" disabled={working} onClick={() => void fixes.undoLast()}>
            {say(lang, "pane.fix.undo", { count: fixes.last.changes.length })}
          </Button>
        </div>
      )}
      {fixes.undo.state.running && <Working label={t(lang, "pane.fix.undoing")} />}
      {fixes.undo.state.error !== undefined && <ErrorMessage error={fixes.undo.state.error} lang={lang} />}
      {undone && <Notice>{say(lang, "pane.fix.undone", { count: undone.restored.length })}</Notice>}
      {undone && undone.edited.length > 0 && (
        <Notice intent="warning">
          {say(lang, "pane.fix.undo-edited", { count: undone.edited.length, cells: cellList(undone.edited) })}
        </Notice>
      )}
    </section>
  );
}

/** The kinds of finding a quick fix can mend, each with the button that previews its fixes. */
function FixKinds(props: {
  kinds: ReturnType<typeof fixableKinds>;
  fixes: Fixes;
  lang: Lang;
  working: boolean;
}) {
  const { kinds, fixes, lang, working } = props;
  const styles = useStyles();
  return (
    <ul className={styles.kinds}>
      {kinds.map(({ code, findings }) => (
        <li key={code} className={styles.kind}>
          <Text size={200}>{fixKindName(code, lang)}</Text>
          <Button
            size="small"
            disabled={working}
            data-testid="fix-all"
            data-code={code}
            onClick={() => fixes.show(findings)}
          >
            {say(lang, CONFIRMED_CODES.includes(code) ? "pane.fix.review" : "pane.fix.all", {
              count: findings.length,
            })}
          </Button>
        </li>
      ))}
    </ul>
  );
}

/** The changes a fix will make, those to confirm one by one, and what it cannot mend. */
function FixPreview(props: {
  preview: NonNullable<Fixes["preview"]["state"]["result"]>;
  fixes: Fixes;
  lang: Lang;
  working: boolean;
}) {
  const { preview, fixes, lang, working } = props;
  const styles = useStyles();
  return (
    <section
      data-testid="fix-preview"
      aria-label={say(lang, "pane.fix.preview.title", { count: fixes.pending.length })}
    >
      <Text weight="semibold">{say(lang, "pane.fix.preview.title", { count: fixes.pending.length })}</Text>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          data-testid="fix-apply"
          disabled={working || fixes.pending.length === 0}
          onClick={() => void fixes.applyPreview()}
        >
          {say(lang, "pane.fix.apply", { count: fixes.pending.length })}
        </Button>
        <Button disabled={fixes.apply.state.running} onClick={fixes.cancel}>
          {t(lang, "pane.fix.cancel")}
        </Button>
      </div>
      {preview.plan.changes.length === 0 && preview.plan.toConfirm.length === 0 && (
        <Notice intent="info">{t(lang, "pane.fix.preview.nothing")}</Notice>
      )}
      <ul className={styles.changes}>
        {preview.plan.changes.map((c) => (
          <li
            key={cellKey(c.sheet, c.cell)}
            className={styles.change}
            data-testid="fix-change"
            data-sheet={c.sheet}
            data-cell={c.cell}
          >
            <span className={styles.where}>{`${c.sheet}!${c.cell}`}</span>
            {`: ${describeChange(c, lang)}`}
          </li>
        ))}
      </ul>
      {preview.plan.toConfirm.length > 0 && (
        <>
          <Text size={200}>{t(lang, "pane.fix.preview.confirm")}</Text>
          <ul className={styles.changes}>
            {preview.plan.toConfirm.map((c) => (
              <li key={cellKey(c.sheet, c.cell)} className={styles.change}>
                <Checkbox
                  checked={fixes.confirmed.has(cellKey(c.sheet, c.cell))}
                  onChange={() => fixes.toggle(c)}
                  label={`${c.sheet}!${c.cell}: ${describeChange(c, lang)}`}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      {preview.plan.unfixed.length > 0 && (
        <Text size={200}>
          {say(lang, "pane.fix.preview.unfixed", { count: preview.plan.unfixed.length })}
        </Text>
      )}
    </section>
  );
}
