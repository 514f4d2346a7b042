/** The page before a workbook is open: drop a file here, or open one, the sample, or a new workbook. */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/i18n/messages";
import { tw } from "../i18n";

const useStyles = makeStyles({
  welcome: {
    flexGrow: 1,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    padding: tokens.spacingHorizontalXXL,
    "@media (max-width: 719px)": { padding: tokens.spacingHorizontalS },
  },
  drop: {
    maxWidth: "640px",
    width: "100%",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    textAlign: "center",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalXXL}`,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    "@media (max-width: 719px)": { padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalM}` },
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "center",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function Welcome(props: {
  lang: Lang;
  working: boolean;
  onOpen: () => void;
  onSample: () => void;
  onNew: () => void;
}) {
  const { lang, working } = props;
  const styles = useStyles();
  return (
    <div className={styles.welcome}>
      <section className={styles.drop} aria-label={tw(lang, "web.drop.title")}>
        <Text as="h2" size={600} weight="semibold">
          {tw(lang, "web.drop.title")}
        </Text>
        <Text>{tw(lang, "web.drop.or")}</Text>
        <div className={styles.actions}>
          <Button appearance="primary" size="large" disabled={working} onClick={props.onOpen}>
            {tw(lang, "web.open")}
          </Button>
          <Button size="large" disabled={working} onClick={props.onSample}>
            {tw(lang, "web.sample")}
          </Button>
          <Button size="large" disabled={working} onClick={props.onNew}>
            {tw(lang, "web.new")}
          </Button>
        </div>
        <Text size={200} className={styles.muted}>
          {tw(lang, "web.sample.hint")}
        </Text>
        <Text size={300} weight="semibold">
          {tw(lang, "web.privacy")}
        </Text>
      </section>
    </div>
  );
}

/** Shown over the whole page while files are dragged onto it. */
const useDropStyles = makeStyles({
  dropping: {
    position: "fixed",
    inset: 0,
    zIndex: 1000,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    backgroundColor: "rgba(31, 78, 121, 0.94)",
    pointerEvents: "none",
  },
  text: {
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXXL}`,
    border: "3px dashed #FFFFFF",
    borderRadius: tokens.borderRadiusXLarge,
    color: "#FFFFFF",
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "center",
  },
});

export function DropOverlay(props: { lang: Lang }) {
  const styles = useDropStyles();
  return (
    <div className={styles.dropping}>
      <span className={styles.text}>{tw(props.lang, "web.drop.release")}</span>
    </div>
  );
}
