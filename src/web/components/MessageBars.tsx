/**
 * The page's message bars, between the header and the work area (in the flow: they push the work down, never
 * cover it). Every text is rendered from its message key at each render, so the bars follow the language switch.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../core/i18n/messages";
import { tw, type WebMessageKey } from "../i18n";
import type { Notice, Problem } from "../state/page";

const useStyles = makeStyles({
  bars: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    "@media (max-width: 719px)": { padding: tokens.spacingHorizontalS },
  },
  body: { overflowWrap: "anywhere" },
});

export function MessageBars(props: {
  lang: Lang;
  working: boolean;
  libraryLoading: boolean;
  problem: Problem | undefined;
  notice: Notice | undefined;
  onDismissProblem: () => void;
  onDismissNotice: () => void;
}) {
  const { lang, working, problem, notice } = props;
  const styles = useStyles();
  if (!working && !problem && !notice) return null;
  return (
    <div className={styles.bars} data-testid="page-messages">
      {working && (
        <Spinner
          size="tiny"
          labelPosition="after"
          label={tw(lang, props.libraryLoading ? "web.loading.library" : "web.loading")}
        />
      )}
      {problem && <ProblemBar problem={problem} lang={lang} onDismiss={props.onDismissProblem} />}
      {notice && (
        <MessageBar intent="success" role="status" layout="multiline" data-testid="page-notice">
          <MessageBarBody className={styles.body}>{tw(lang, notice.key, notice.params)}</MessageBarBody>
          <MessageBarActions
            containerAction={<DismissButton lang={lang} onClick={props.onDismissNotice} />}
          />
        </MessageBar>
      )}
    </div>
  );
}

function DismissButton(props: { lang: Lang; onClick: () => void }) {
  return (
    <Button appearance="transparent" size="small" onClick={props.onClick}>
      {tw(props.lang, "web.dismiss")}
    </Button>
  );
}

function problemText(problem: Problem, lang: Lang): { title?: string; body: string } {
  switch (problem.kind) {
    case "library":
      return { body: tw(lang, "web.library.failed", { reason: problem.reason }) };
    case "save":
      return { body: tw(lang, "web.download.failed", { reason: problem.reason }) };
    case "view":
      return { body: tw(lang, "web.view.failed", { reason: problem.reason }) };
    default: {
      const key: WebMessageKey = `web.problem.${problem.kind}`;
      return {
        title: tw(lang, "web.problem.title", { file: problem.file }),
        body: tw(lang, key) + (problem.kept ? ` ${tw(lang, "web.problem.kept")}` : ""),
      };
    }
  }
}

export function ProblemBar(props: { problem: Problem; lang: Lang; onDismiss: () => void }) {
  const { problem, lang } = props;
  const styles = useStyles();
  const { title, body } = problemText(problem, lang);
  return (
    <MessageBar intent="error" role="alert" layout="multiline" data-problem={problem.kind}>
      <MessageBarBody className={styles.body}>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {body}
      </MessageBarBody>
      <MessageBarActions containerAction={<DismissButton lang={lang} onClick={props.onDismiss} />} />
    </MessageBar>
  );
}
