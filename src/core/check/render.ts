/** Renders a finding's message in the reader's language from the translation table. */
import { checkMessages, type CheckMessageKey } from "../i18n/check-messages";
import type { Lang } from "../i18n/messages";
import { formatExactNumber, formatNumber } from "../i18n/numbers";
import { fillParams } from "../i18n/params";
import type { Finding, ParamValue, TargetCoverage } from "./types";

export { formatNumber };

function shown(value: ParamValue, lang: Lang, exact = false): string {
  if (typeof value === "number") return exact ? formatExactNumber(value, lang) : formatNumber(value, lang);
  if (typeof value === "string") return value;
  return value[lang];
}

function messageKey(finding: Finding): CheckMessageKey {
  const withVariant = `${finding.code}.${finding.variant}` as CheckMessageKey;
  return finding.variant && withVariant in checkMessages ? withVariant : finding.code;
}

/** True when the message names the indicator itself, so a listing need not put the name in front of it. */
export function messageNamesIndicator(finding: Finding): boolean {
  return checkMessages[messageKey(finding)].vi.includes("{indicator}");
}

/**
 * Parameters that say what a cell holds or the exact number to type: shown whole, never rounded to two decimals
 * («1,234» is to be typed 1,234, not 1,23; a fraction 1,125 is not 1,13).
 */
const exactParams: Partial<Record<CheckMessageKey, readonly string[]>> = {
  "number/text": ["value"],
  "number/ambiguous": ["value", "alternative"],
  "percent/fraction": ["value"],
  "percent/fraction.formatted": ["value"],
  "comparison/mismatch.fraction": ["actual"],
  "comparison/mismatch.percent-format": ["actual"],
};

export function findingMessage(finding: Finding, lang: Lang): string {
  const key = messageKey(finding);
  const template = checkMessages[key][lang];
  const exact = exactParams[key];
  const params = finding.params;
  // The finding's own parameters, else its indicator, expected and actual values (no copy of the parameters:
  // a long table renders hundreds of thousands of messages).
  const value = (name: string): ParamValue | undefined => {
    const given = params[name];
    if (given !== undefined) return given;
    if (name === "indicator") return finding.indicator;
    if (name === "expected") return finding.expected;
    if (name === "actual") return finding.actual === null ? undefined : finding.actual;
    return undefined;
  };
  if (!exact) return fillParams(template, value, (v) => shown(v, lang));
  return fillParams(
    template,
    (name) => {
      const v = value(name);
      return typeof v === "number" && exact.includes(name) ? formatExactNumber(v, lang) : v;
    },
    (v) => shown(v, lang),
  );
}

/** A target as the reader writes numbers (92,3 / 92.3); a published range ("70–100") stays as published. */
export function formatTarget(coverage: TargetCoverage, lang: Lang): string | undefined {
  if (coverage.targetText && /[–-]/.test(coverage.targetText)) return coverage.targetText;
  return coverage.target !== undefined ? formatNumber(coverage.target, lang) : coverage.targetText;
}
