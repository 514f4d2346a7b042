/** Renders a finding's message in the reader's language from the translation table. */
import { checkMessages, type CheckMessageKey } from "../i18n/check-messages";
import type { Lang } from "../i18n/messages";
import { formatNumber } from "../i18n/numbers";
import { fillParams } from "../i18n/params";
import type { Finding, ParamValue, TargetCoverage } from "./types";

export { formatNumber };

function shown(value: ParamValue, lang: Lang): string {
  if (typeof value === "number") return formatNumber(value, lang);
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

export function findingMessage(finding: Finding, lang: Lang): string {
  const template = checkMessages[messageKey(finding)][lang];
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
  return fillParams(template, value, (v) => shown(v, lang));
}

/** A target as the reader writes numbers (92,3 / 92.3); a published range ("70–100") stays as published. */
export function formatTarget(coverage: TargetCoverage, lang: Lang): string | undefined {
  if (coverage.targetText && /[–-]/.test(coverage.targetText)) return coverage.targetText;
  return coverage.target !== undefined ? formatNumber(coverage.target, lang) : coverage.targetText;
}
