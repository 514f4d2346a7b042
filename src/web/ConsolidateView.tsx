/**
 * The page's "Consolidate districts…" button: a file chooser for several .xlsx files at once, and a dialog showing
 * the reading, then the files kept out of the totals and the link to download the consolidated workbook.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Link,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  Tooltip,
} from "@fluentui/react-components";
import { useRef } from "react";
import type { Lang } from "../core/i18n/messages";
import { ACCEPT } from "./download";
import { tw } from "./i18n";
import { useConsolidation } from "./use-consolidation";

export function ConsolidateView(props: { lang: Lang; disabled?: boolean }) {
  const { lang } = props;
  const { state, run, reset } = useConsolidation(lang);
  const input = useRef<HTMLInputElement>(null);
  const open = state.phase !== "idle";

  return (
    <>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        aria-label={tw(lang, "web.consolidate")}
        data-testid="consolidate-input"
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = "";
          if (files.length > 0) void run(files);
        }}
      />
      <Tooltip content={tw(lang, "web.consolidate.hint")} relationship="description">
        <Button
          appearance="secondary"
          disabled={props.disabled || state.phase === "reading"}
          onClick={() => input.current?.click()}
        >
          {tw(lang, "web.consolidate")}
        </Button>
      </Tooltip>
      <Dialog open={open} onOpenChange={(_, data) => !data.open && state.phase !== "reading" && reset()}>
        <DialogSurface data-testid="consolidate-dialog">
          <DialogBody>
            <DialogTitle>{tw(lang, "web.consolidate.title")}</DialogTitle>
            <DialogContent>
              {state.phase === "reading" && (
                <>
                  <Text>
                    {tw(lang, "web.consolidate.reading", {
                      done: state.done,
                      total: state.total,
                      file: state.file,
                    })}
                  </Text>
                  <ProgressBar value={state.done / state.total} />
                </>
              )}
              {state.phase === "failed" && (
                <MessageBar intent="error">
                  <MessageBarBody>{state.message}</MessageBarBody>
                </MessageBar>
              )}
              {state.phase === "done" && (
                <>
                  <Text as="p" block data-testid="consolidate-summary">
                    {state.summary}
                  </Text>
                  {state.keptOut.length > 0 && (
                    <>
                      <Text as="p" block weight="semibold">
                        {tw(lang, "web.consolidate.kept-out")}
                      </Text>
                      <ul data-testid="consolidate-kept-out">
                        {state.keptOut.map((k) => (
                          <li key={k.file}>
                            {k.file}: {k.reason}
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                  <Link href={state.url} download={state.fileName} data-testid="consolidate-download">
                    {tw(lang, "web.consolidate.download", { file: state.fileName })}
                  </Link>
                </>
              )}
            </DialogContent>
            <DialogActions>
              <Button disabled={state.phase === "reading"} onClick={reset}>
                {tw(lang, "web.consolidate.close")}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
