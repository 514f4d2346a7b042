/** Filling the "{name}" placeholders of a message: the one place every translated text gets its parameters. */

/**
 * The template with each "{name}" replaced by its parameter (shown by `show`); unknown placeholders stay. The
 * parameters are a record, or a lookup (undefined: unknown) when building a record would cost too much.
 */
export function fillParams<V>(
  template: string,
  params: Readonly<Record<string, V>> | ((name: string) => V | undefined),
  show: (value: V) => string = String,
): string {
  if (typeof params === "function") {
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params(name);
      return value !== undefined ? show(value) : whole;
    });
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? show(params[name]) : whole,
  );
}
