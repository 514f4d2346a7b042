/**
 * One user action that talks to the workbook: whether it runs, its last result, its last error.
 * The reducer is pure; `useAsyncAction` wires it to React and drops the outcome of a run overtaken by a newer one,
 * so a slow first click never overwrites what a second click produced.
 */
import { useCallback, useLayoutEffect, useReducer, useRef } from "react";

export interface AsyncState<T> {
  running: boolean;
  result?: T;
  error?: unknown;
}

export type AsyncEvent<T> =
  | { type: "start" }
  | { type: "success"; result: T }
  | { type: "failure"; error: unknown }
  | { type: "reset" };

export function asyncReducer<T>(state: AsyncState<T>, event: AsyncEvent<T>): AsyncState<T> {
  switch (event.type) {
    case "start":
      return { running: true };
    case "success":
      return { running: false, result: event.result };
    case "failure":
      return { running: false, error: event.error };
    case "reset":
      return { running: false };
  }
}

export interface AsyncAction<A extends unknown[], T> {
  state: AsyncState<T>;
  /** Runs the action; resolves to its result, or undefined when it failed or a newer run overtook it. */
  run: (...args: A) => Promise<T | undefined>;
  reset: () => void;
}

export function useAsyncAction<A extends unknown[], T>(
  action: (...args: A) => Promise<T>,
): AsyncAction<A, T> {
  const [state, dispatch] = useReducer(asyncReducer<T>, { running: false });
  const latest = useRef(0);
  const actionRef = useRef(action);
  // The newest action, for runs started from now on; set after the render is committed, never during it.
  useLayoutEffect(() => {
    actionRef.current = action;
  });

  const run = useCallback(async (...args: A): Promise<T | undefined> => {
    const id = ++latest.current;
    dispatch({ type: "start" });
    try {
      const result = await actionRef.current(...args);
      if (id !== latest.current) return undefined;
      dispatch({ type: "success", result });
      return result;
    } catch (error) {
      if (id === latest.current) dispatch({ type: "failure", error });
      return undefined;
    }
  }, []);

  const reset = useCallback(() => {
    latest.current++;
    dispatch({ type: "reset" });
  }, []);

  return { state, run, reset };
}
