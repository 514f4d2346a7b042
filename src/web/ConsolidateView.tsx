/**
 * The page's "Consolidate districts…" button: a file chooser for several .xlsx files at once, and a dialog showing
 * the reading, then the districts that went into the totals, the files kept out and the link to download the
 * consolidated workbook.
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
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>{state.message}</MessageBarBody>
                </MessageBar>
              )}
              {state.phase === "done" && (
                <>
                  <Text as="p" block data-testid="consolidate-summary">
                    {state.summary}
                  </Text>
                  <FileList
                    title={tw(lang, "web.consolidate.included")}
                    testId="consolidate-included"
                    lines={state.included.map((d) => ({ file: d.file, text: `${d.name} (${d.file})` }))}
                  />
                  <FileList
                    title={tw(lang, "web.consolidate.kept-out")}
                    testId="consolidate-kept-out"
                    lines={state.keptOut.map((k) => ({ file: k.file, text: `${k.file}: ${k.reason}` }))}
                  />
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

/** A titled list of the files of a consolidation (the districts that went in, the files kept out); none: nothing. */
function FileList(props: { title: string; testId: string; lines: { file: string; text: string }[] }) {
  if (props.lines.length === 0) return null;
  return (
    <>
      <Text as="p" block weight="semibold">
        {props.title}
      </Text>
      <ul data-testid={props.testId}>
        {props.lines.map((line) => (
          <li key={line.file}>{line.text}</li>
        ))}
      </ul>
    </>
  );
}
