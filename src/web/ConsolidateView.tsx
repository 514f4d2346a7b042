/**
 * The page's "Consolidate districts…" button: a file chooser for several .xlsx files at once, and a dialog showing
 * the reading, then the districts that went into the totals, the files kept out and the link to download the
 * consolidated workbook. A file kept out because it does not tell the year of its figures is listed with the year
 * to confirm right there (the file's year, the year of each column whose header names none, and the kind of each
 * column whose header is a year alone); confirmed, the consolidation runs again with it (use-consolidation.ts says
 * what is, and is not, changed).
 */
import {
  Button,
  Field,
  Input,
  Select,
  makeStyles,
  tokens,
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
import { useRef, useState } from "react";
import type { Confirmation } from "../core/consolidate";
import type { Lang } from "../core/i18n/messages";
import type { FigureKind } from "../core/tables/header-grammar";
import { parseYear } from "../core/text/year";
import { ACCEPT } from "./download";
import { tw } from "./i18n";
import { useConsolidation, type ConsolidationState, type NeedingFile } from "./use-consolidation";

const useStyles = makeStyles({
  confirm: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    margin: `${tokens.spacingVerticalS} 0`,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteYellowBorder2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
  },
  year: { maxWidth: "10em" },
});

export function ConsolidateView(props: { lang: Lang; disabled?: boolean }) {
  const { lang } = props;
  const { state, run, reset, confirm, confirmAll } = useConsolidation(lang);
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
                <>
                  <MessageBar intent="error" layout="multiline">
                    <MessageBarBody>{state.message}</MessageBarBody>
                  </MessageBar>
                  {state.askYear && <ConfirmAll lang={lang} onConfirm={(year) => void confirmAll(year)} />}
                </>
              )}
              {state.phase === "done" && (
                <Consolidated lang={lang} state={state} confirm={(c) => void confirm(c)} />
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

/** A consolidation done: its summary, the files that went in and those kept out, the confirmations, the download. */
function Consolidated(props: {
  lang: Lang;
  state: Extract<ConsolidationState, { phase: "done" }>;
  confirm: (confirmations: ReadonlyMap<number, Confirmation>) => void;
}) {
  const { lang, state } = props;
  return (
    <>
      <Text as="p" block data-testid="consolidate-summary">
        {state.summary}
      </Text>
      <FileList
        title={tw(lang, "web.consolidate.included")}
        testId="consolidate-included"
        lines={state.included.map((d) => ({
          file: d.file,
          text: d.confirmed
            ? `${d.name} (${d.file}; ${tw(lang, "web.consolidate.confirmed")})`
            : `${d.name} (${d.file})`,
        }))}
      />
      <FileList
        title={tw(lang, "web.consolidate.kept-out")}
        testId="consolidate-kept-out"
        lines={state.keptOut.map((k) => ({ file: k.file, text: `${k.file}: ${k.reason}` }))}
      />
      {state.needing.length > 0 && (
        <section data-testid="consolidate-confirm">
          <Text as="p" block weight="semibold">
            {tw(lang, "web.consolidate.confirm.title", { count: state.needing.length })}
          </Text>
          <Text as="p" block size={200}>
            {tw(lang, "web.consolidate.confirm.intro")}
          </Text>
          {state.needing.map((n) => (
            <ConfirmFile
              key={n.file}
              lang={lang}
              needing={n}
              year={n.year ?? state.year}
              onConfirm={(c) => props.confirm(new Map([[n.index, c]]))}
            />
          ))}
        </section>
      )}
      <Link href={state.url} download={state.fileName} data-testid="consolidate-download">
        {tw(lang, "web.consolidate.download", { file: state.fileName })}
      </Link>
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

/**
 * One file kept out until its year is confirmed (why is in the list above): the file's year (the one its other headers name, else the
 * consolidation's, shown to be confirmed — never applied unseen) and a year for each column whose header names none
 * (no year chosen for them until the official picks one), and the kind of each column whose header is a year alone
 * (none chosen until the official picks one: Thực hiện / Ước thực hiện / Kế hoạch of that year).
 */
export function ConfirmFile(props: {
  lang: Lang;
  needing: NeedingFile;
  year: number;
  onConfirm: (confirmation: Confirmation) => void;
}) {
  const { lang, needing } = props;
  const styles = useStyles();
  const [text, setText] = useState(String(props.year));
  const [columnYears, setColumnYears] = useState<Record<string, number>>({});
  const [columnKinds, setColumnKinds] = useState<Record<string, FigureKind>>({});
  const year = parseYear(text);
  const complete =
    year !== undefined &&
    needing.columns.every((c) => columnYears[c.key] !== undefined) &&
    needing.kindColumns.every((c) => columnKinds[c.key] !== undefined);
  return (
    <div className={styles.confirm} data-testid="consolidate-confirm-file" data-file={needing.file}>
      <Text weight="semibold">{`${needing.name} (${needing.file})`}</Text>
      <Field label={tw(lang, "web.consolidate.confirm.year")} className={styles.year}>
        <Input
          inputMode="numeric"
          maxLength={4}
          value={text}
          onChange={(_, data) => setText(data.value)}
          data-testid="consolidate-confirm-year"
        />
      </Field>
      {needing.columns.map((c) => (
        <Field key={c.key} label={c.label}>
          <Select
            value={columnYears[c.key] === undefined ? "" : String(columnYears[c.key])}
            onChange={(_, data) => setColumnYears((prev) => ({ ...prev, [c.key]: Number(data.value) }))}
            data-testid="consolidate-confirm-column"
            data-column={c.key}
          >
            <option value="" disabled>
              {tw(lang, "web.consolidate.confirm.pick")}
            </option>
            {year !== undefined &&
              [year - 1, year, year + 1].map((y) => (
                <option key={y} value={String(y)}>
                  {String(y)}
                </option>
              ))}
          </Select>
        </Field>
      ))}
      {needing.kindColumns.map((c) => (
        <KindField
          key={c.key}
          lang={lang}
          column={c}
          kind={columnKinds[c.key]}
          onChange={(kind) => setColumnKinds((prev) => ({ ...prev, [c.key]: kind }))}
        />
      ))}
      <Button
        appearance="primary"
        disabled={!complete}
        onClick={() => year !== undefined && props.onConfirm({ year, columnYears, columnKinds })}
        data-testid="consolidate-confirm-button"
      >
        {tw(lang, "web.consolidate.confirm.button")}
      </Button>
    </div>
  );
}

/** The kind of a column whose header is a year alone, chosen among the figures of that year; none until chosen. */
function KindField(props: {
  lang: Lang;
  column: NeedingFile["kindColumns"][number];
  kind: FigureKind | undefined;
  onChange: (kind: FigureKind) => void;
}) {
  const { column } = props;
  return (
    <Field label={column.label}>
      <Select
        value={props.kind ?? ""}
        onChange={(_, data) => {
          const chosen = column.kinds.find((k) => k.kind === data.value);
          if (chosen) props.onChange(chosen.kind);
        }}
        data-testid="consolidate-confirm-kind"
        data-column={column.key}
      >
        <option value="" disabled>
          {tw(props.lang, "web.consolidate.confirm.pick-kind")}
        </option>
        {column.kinds.map((k) => (
          <option key={k.kind} value={k.kind}>
            {k.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** No file names its year: the year of every file, given by the official, then consolidated again. */
function ConfirmAll(props: { lang: Lang; onConfirm: (year: number) => void }) {
  const { lang } = props;
  const styles = useStyles();
  const [text, setText] = useState("");
  const year = parseYear(text);
  return (
    <div className={styles.confirm} data-testid="consolidate-confirm-all">
      <Text size={200}>{tw(lang, "web.consolidate.confirm.intro")}</Text>
      <Field label={tw(lang, "web.consolidate.confirm.all")} className={styles.year}>
        <Input inputMode="numeric" maxLength={4} value={text} onChange={(_, data) => setText(data.value)} />
      </Field>
      <Button
        appearance="primary"
        disabled={year === undefined}
        onClick={() => year !== undefined && props.onConfirm(year)}
      >
        {tw(lang, "web.consolidate.confirm.all.button")}
      </Button>
    </div>
  );
}
