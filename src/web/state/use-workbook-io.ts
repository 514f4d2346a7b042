/**
 * The lazy chunk with the .xlsx reader, writer and port (workbook-io.ts): loaded with the first file, so the first paint
 * needs only React, Fluent UI and the pane. A failed load is tried again next time.
 */
import { useCallback, useRef, useState } from "react";

export type WorkbookIo = typeof import("../workbook-io");

export interface UseWorkbookIo {
  load: () => Promise<WorkbookIo>;
  /** True while the chunk is on its way (the spinner says "loading the Excel library"). */
  loading: boolean;
}

export function useWorkbookIo(): UseWorkbookIo {
  const io = useRef<Promise<WorkbookIo> | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const load = useCallback((): Promise<WorkbookIo> => {
    if (!io.current) {
      setLoading(true);
      const loading = import(/* webpackChunkName: "xlsx" */ "../workbook-io").finally(() =>
        setLoading(false),
      );
      loading.catch(() => (io.current = undefined));
      io.current = loading;
    }
    return io.current;
  }, []);
  return { load, loading };
}
