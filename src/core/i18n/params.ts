/** Filling the "{name}" placeholders of a message: the one place every translated text gets its parameters. */
import { memo } from "../text/memo";

/**
 * A template split at its placeholders once: literal text at even indices, placeholder names at odd ones
 * ("Ô {cell} trống" → ["Ô ", "cell", " trống"]). A check renders hundreds of thousands of messages from a few
 * dozen templates.
 */
const splitTemplate = memo((template: string): string[] => template.split(/\{(\w+)\}/));

/**
 * The template with each "{name}" replaced by its parameter (shown by `show`); unknown placeholders stay. The
 * parameters are a record, or a lookup (undefined: unknown) when building a record would cost too much.
 */
export function fillParams<V>(
  template: string,
  params: Readonly<Record<string, V>> | ((name: string) => V | undefined),
  show: (value: V) => string = String,
): string {
  const parts = splitTemplate(template);
  let text = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    let value: V | undefined;
    if (typeof params === "function") value = params(name);
    else if (name in params) value = params[name];
    else value = undefined;
    // A record may hold undefined under a name it has: shown as String(undefined) was before, not left as "{name}".
    const known = typeof params === "function" ? value !== undefined : name in params;
    text += (known ? show(value as V) : `{${name}}`) + parts[i + 1];
  }
  return text;
}
