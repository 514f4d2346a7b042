/**
 * How an action's progress, failure and success look, the same in every view. The bars are laid out on several
 * lines from their first frame: Fluent's "auto" layout draws a bar on one line, measures, then wraps it, and that
 * one-line frame is wider than a 320 px pane (the page scrolled sideways for a moment when a notice appeared).
 */
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
    <MessageBar intent="error" role="alert" layout="multiline" className={styles.bar}>
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
    <MessageBar intent={props.intent ?? "success"} role="status" layout="multiline" className={styles.bar}>
      <MessageBarBody>{props.children}</MessageBarBody>
    </MessageBar>
  );
}
