/** The settings' inputs, shared by the settings area and the views that use them (one state behind all). */
import { Field, Input, Select } from "@fluentui/react-components";
import { useState } from "react";
import type { AdminLevel } from "../../core/catalog/types";
import { t, type Lang } from "../../core/i18n/messages";
import { MAX_YEAR, MIN_YEAR, parseYear } from "../state/settings";

export function YearField(props: {
  lang: Lang;
  year: number;
  onChange: (year: number) => void;
  disabled?: boolean;
}) {
  const { lang, year, onChange } = props;
  const [text, setText] = useState(String(year));
  const [shownYear, setShownYear] = useState(year);
  // Follow changes made elsewhere (the other year field), but never rewrite what is being typed: adjusted while
  // rendering (React's pattern for state derived from a prop), not in an effect that would render twice.
  if (shownYear !== year) {
    setShownYear(year);
    if (parseYear(text) !== year) setText(String(year));
  }
  const invalid = parseYear(text) === undefined;
  return (
    <Field
      label={t(lang, "pane.settings.year")}
      hint={invalid ? undefined : t(lang, "pane.settings.year.hint")}
      validationState={invalid ? "error" : "none"}
      validationMessage={
        invalid ? t(lang, "year.invalid", { year: text, min: MIN_YEAR, max: MAX_YEAR }) : undefined
      }
    >
      <Input
        inputMode="numeric"
        maxLength={4}
        value={text}
        disabled={props.disabled}
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
