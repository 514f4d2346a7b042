/** Filling the "{name}" placeholders of a message: the one place every translated text gets its parameters. */

/** The template with each "{name}" replaced by its parameter (shown by `show`); unknown placeholders stay. */
export function fillParams<V>(
  template: string,
  params: Readonly<Record<string, V>>,
  show: (value: V) => string = String,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? show(params[name]) : whole,
  );
}
