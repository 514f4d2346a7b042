/** The page's header: what is open, the file buttons, the download, and the language switch. */
import { Button, Text, Tooltip, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/i18n/messages";
import { ConsolidateView } from "../ConsolidateView";
import { tw } from "../i18n";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: "#1F4E79",
    color: "#FFFFFF",
    "@media (max-width: 719px)": {
      gap: tokens.spacingHorizontalS,
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    },
  },
  brand: { display: "flex", flexDirection: "column", marginRight: "auto", minWidth: 0, maxWidth: "100%" },
  brandTitle: { color: "#FFFFFF", fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  brandFile: {
    color: "#DCE8F4",
    fontSize: tokens.fontSizeBase200,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  langs: { display: "flex", gap: "2px" },
  lang: { color: "#FFFFFF", minWidth: "auto" },
  langOn: { textDecorationLine: "underline", fontWeight: tokens.fontWeightSemibold },
});

export function PageHeader(props: {
  lang: Lang;
  /** The header's second line: what is open (or the page's tagline). */
  status: string;
  /** Opening a file, the sample or a new workbook is under way. */
  working: boolean;
  saving: boolean;
  canDownload: boolean;
  downloadHint: string;
  onOpen: () => void;
  onSample: () => void;
  onNew: () => void;
  onDownload: () => void;
  onLang: (lang: Lang) => void;
}) {
  const { lang, working } = props;
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div className={styles.brand}>
        <Text as="h1" className={styles.brandTitle}>
          Phụ lục TT&amp;TT
        </Text>
        <span className={styles.brandFile} data-testid="doc-title" title={props.status}>
          {props.status}
        </span>
      </div>
      <div className={styles.actions}>
        <Button appearance="secondary" disabled={working} onClick={props.onOpen} data-testid="web-open">
          {tw(lang, "web.open")}
        </Button>
        <Tooltip content={tw(lang, "web.sample.hint")} relationship="description">
          <Button appearance="secondary" disabled={working} onClick={props.onSample} data-testid="web-sample">
            {tw(lang, "web.sample")}
          </Button>
        </Tooltip>
        <Tooltip content={tw(lang, "web.new.hint")} relationship="description">
          <Button appearance="secondary" disabled={working} onClick={props.onNew} data-testid="web-new">
            {tw(lang, "web.new")}
          </Button>
        </Tooltip>
        <ConsolidateView lang={lang} disabled={working} />
        <Tooltip content={props.downloadHint} relationship="description">
          <Button
            appearance="primary"
            disabled={!props.canDownload}
            onClick={props.onDownload}
            data-testid="web-download"
          >
            {props.saving ? tw(lang, "web.download.saving") : tw(lang, "web.download")}
          </Button>
        </Tooltip>
        <div className={styles.langs} role="group" aria-label={tw(lang, "web.lang")}>
          {(["vi", "en"] as const).map((l) => (
            <Button
              key={l}
              size="small"
              appearance="transparent"
              aria-pressed={lang === l}
              className={mergeClasses(styles.lang, lang === l && styles.langOn)}
              onClick={() => props.onLang(l)}
              data-testid={`web-lang-${l}`}
            >
              {tw(lang, `web.lang.${l}`)}
            </Button>
          ))}
        </div>
      </div>
    </header>
  );
}
