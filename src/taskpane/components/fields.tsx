/**
 * The settings' inputs (in the settings area, the one place they are set), and the line that shows them in a view
 * with a button to change them.
 */
import { Button, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type Ref } from "react";
import type { AdminLevel } from "../../core/catalog/types";
import { t, type Lang } from "../../core/i18n/messages";
import { MAX_YEAR, MIN_YEAR, parseYear } from "../state/settings";

/**
 * The report year: shows the year in use (empty when nothing tells it); a year typed is the official's choice,
 * given on the keystroke that completes it. `hint` says where the year in use came from.
 */
export function YearField(props: {
  lang: Lang;
  year: number | undefined;
  onChange: (year: number) => void;
  hint?: string;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const { lang, year, onChange, inputRef, disabled } = props;
  const shown = year === undefined ? "" : String(year);
  const [text, setText] = useState(shown);
  const [shownYear, setShownYear] = useState(year);
  // Follow changes made elsewhere (the workbook read, the year notice), but never rewrite what is being typed:
  // adjusted while rendering (React's pattern for state derived from a prop), not in an effect that would render
  // twice.
  if (shownYear !== year) {
    setShownYear(year);
    if (parseYear(text) !== year) setText(shown);
  }
  // An empty field waiting for a year is no mistake; anything else that is no year is.
  const invalid = text.trim() !== "" && parseYear(text) === undefined;
  return (
    <Field
      label={t(lang, "pane.settings.year")}
      hint={invalid ? undefined : [t(lang, "pane.settings.year.hint"), props.hint].filter(Boolean).join(" ")}
      validationState={invalid ? "error" : "none"}
      validationMessage={
        invalid ? t(lang, "year.invalid", { year: text, min: MIN_YEAR, max: MAX_YEAR }) : undefined
      }
    >
      <Input
        ref={inputRef}
        inputMode="numeric"
        maxLength={4}
        value={text}
        disabled={disabled}
        onChange={(_, data) => {
          setText(data.value);
          const parsed = parseYear(data.value);
          if (parsed !== undefined && parsed !== year) onChange(parsed);
        }}
      />
    </Field>
  );
}

export function UnitField(props: {
  lang: Lang;
  unit: string;
  onChange: (unit: string) => void;
  disabled?: boolean;
}) {
  const { lang } = props;
  return (
    <Field label={t(lang, "pane.settings.unit")}>
      <Input
        value={props.unit}
        placeholder={t(lang, "pane.settings.unit.placeholder")}
        disabled={props.disabled}
        onChange={(_, data) => props.onChange(data.value)}
      />
    </Field>
  );
}

const LEVELS: readonly AdminLevel[] = ["xa", "huyen", "tinh"];

export function LevelField(props: {
  lang: Lang;
  level: AdminLevel;
  onChange: (level: AdminLevel) => void;
  disabled?: boolean;
}) {
  const { lang } = props;
  return (
    <Field label={t(lang, "pane.settings.level")}>
      <Select
        value={props.level}
        disabled={props.disabled}
        onChange={(_, data) => props.onChange(data.value as AdminLevel)}
      >
        {LEVELS.map((level) => (
          <option key={level} value={level}>
            {t(lang, `pane.level.${level}`)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function LanguageField(props: { lang: Lang; onChange: (lang: Lang) => void }) {
  const { lang } = props;
  return (
    <Field label={t(lang, "pane.settings.lang")}>
      <Select
        value={lang}
        data-testid="lang-select"
        onChange={(_, data) => props.onChange(data.value === "en" ? "en" : "vi")}
      >
        <option value="vi">{t(lang, "pane.settings.lang.vi")}</option>
        <option value="en">{t(lang, "pane.settings.lang.en")}</option>
      </Select>
    </Field>
  );
}

const useStyles = makeStyles({
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  values: { minWidth: 0 },
});

/** The settings a view uses, in one line, and the button that opens the settings area to change them. */
export function SettingsLine(props: { lang: Lang; summary: string; onEdit: () => void; disabled?: boolean }) {
  const { lang } = props;
  const styles = useStyles();
  return (
    <div className={styles.line}>
      <Text className={styles.values} data-testid="settings-line">
        {props.summary}
      </Text>
      <Button size="small" disabled={props.disabled} onClick={props.onEdit} data-testid="settings-edit">
        {t(lang, "pane.settings.edit")}
      </Button>
    </div>
  );
}
