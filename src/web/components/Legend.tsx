/** What the colours of the tables mean, and how many findings the sheet on show has. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { countBySeverity } from "../../core/check";
import type { Finding } from "../../core/check/types";
import { tCount } from "../../core/i18n/counts";
import type { Lang } from "../../core/i18n/messages";
import { markFills } from "../../core/port";
import { tw } from "../i18n";

const useStyles = makeStyles({
  legend: {
    flexShrink: 0,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  swatch: {
    display: "inline-block",
    width: "12px",
    height: "12px",
    marginRight: "4px",
    verticalAlign: "-2px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

export function Legend(props: { lang: Lang; findings: Finding[]; sheet: string | undefined }) {
  const { lang, findings, sheet } = props;
  const styles = useStyles();
  const counts = countBySeverity(findings.filter((f) => f.sheet === sheet));
  return (
    <div className={styles.legend} data-testid="legend">
      {(["error", "warning", "info"] as const).map((s) => (
        <span key={s}>
          <span className={styles.swatch} style={{ backgroundColor: `#${markFills[s]}` }} />
          {tw(lang, `web.legend.${s}`)}
        </span>
      ))}
      <span title={tw(lang, "web.legend.formula.hint")}>
        <span className={styles.swatch} style={{ backgroundColor: "#F2F2F2", borderColor: "#1F4E79" }} />
        {tw(lang, "web.legend.formula")}
      </span>
      <span>
        {tw(lang, "web.sheet.findings", {
          errors: tCount(lang, "count.errors", counts.error),
          warnings: tCount(lang, "count.warnings", counts.warning),
          infos: tCount(lang, "count.notes", counts.info),
        })}
      </span>
      <span>{tw(lang, "web.legend.title")}</span>
    </div>
  );
}
