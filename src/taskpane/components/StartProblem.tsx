/**
 * The start-problem message (bootstrap.ts) in React, and the error boundary that shows it: a view that throws while
 * rendering leaves this message, never a blank pane.
 */
import { Component, type ReactNode } from "react";
import { PROBLEM_STYLE, crashDetail, startProblemText, type ShownProblem } from "../bootstrap";

export function StartProblem(props: { problem: ShownProblem; detail?: string }) {
  const text = startProblemText(props.problem, typeof location === "undefined" ? undefined : location.href);
  return (
    <div role="alert" data-problem={props.problem} data-testid="start-problem" style={PROBLEM_STYLE.box}>
      <h1 style={PROBLEM_STYLE.title}>{text.title}</h1>
      {text.paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {props.detail && <pre style={PROBLEM_STYLE.detail}>{props.detail}</pre>}
    </div>
  );
}

interface BoundaryState {
  error?: { detail: string };
}

export class ErrorBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  override state: BoundaryState = {};

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: { detail: crashDetail(error) } };
  }

  // No componentDidCatch: React hands every caught error to the root's onCaughtError (bootstrap.ts crashHandlers).
  override render(): ReactNode {
    return this.state.error ? (
      <StartProblem problem="crash" detail={this.state.error.detail} />
    ) : (
      this.props.children
    );
  }
}
