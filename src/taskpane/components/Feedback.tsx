/** How an action's progress, failure and success look, the same in every view. */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { t, type Lang } from "../../core/i18n/messages";
import { describeError } from "../state/errors";

const useStyles = makeStyles({
  bar: { marginTop: tokens.spacingVerticalS },
});

export function Working(props: { label: string }) {
  return <Spinner size="tiny" labelPosition="after" label={props.label} />;
}

export function ErrorMessage(props: { error: unknown; lang: Lang; title?: string }) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" role="alert" className={styles.bar}>
      <MessageBarBody>
        <MessageBarTitle>{props.title ?? t(props.lang, "pane.error.title")}</MessageBarTitle>
        {describeError(props.error, props.lang)}
      </MessageBarBody>
    </MessageBar>
  );
}

export function Notice(props: { intent?: "success" | "info" | "warning"; children: ReactNode }) {
  const styles = useStyles();
  return (
    <MessageBar intent={props.intent ?? "success"} role="status" className={styles.bar}>
      <MessageBarBody>{props.children}</MessageBarBody>
    </MessageBar>
  );
}
