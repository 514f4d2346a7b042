/** The workbook's sheet names for a view: read each time the view is entered, not on every keystroke. */
import { useCallback, useEffect, useState } from "react";
import type { WorkbookPort } from "../../core/port";
import { useAsyncAction, type AsyncState } from "./async-action";

export interface SheetNames {
  names: string[];
  active?: string;
  /** Sheets not listed (chart sheets…) whose names are taken all the same. */
  taken?: string[];
}

export interface UseSheetNames {
  /** Undefined until the first read has come back. */
  current?: SheetNames;
  read: AsyncState<SheetNames>;
  /** Records sheets the pane itself added, without another round trip. */
  add: (added: readonly string[]) => void;
}

export function useSheetNames(port: WorkbookPort, active: boolean): UseSheetNames {
  const [current, setCurrent] = useState<SheetNames>();
  const { state, run } = useAsyncAction(() => port.sheetNames());

  useEffect(() => {
    if (!active) return;
    void run().then((names) => names && setCurrent(names));
  }, [active, run, port]);

  const add = useCallback(
    (added: readonly string[]) =>
      setCurrent((prev) => (prev ? { ...prev, names: [...prev.names, ...added] } : prev)),
    [],
  );

  return { current, read: state, add };
}
