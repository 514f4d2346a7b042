/**
 * The one memo helper of the core, with one size policy: a pure function's answers remembered per key. Sheets repeat
 * the same few names, units, headers and figures thousands of times; every module-level cache of the core goes
 * through here so none grows on its own rule.
 *
 * - `memo(compute)`: keyed by a string or number; at most `MEMO_LIMIT` answers, all forgotten at once when full (a
 *   long sheet keeps asking for the same few, so the cache refills with what is asked now).
 * - `memoWeak(compute)`: keyed by an object (a sheet model, a table, an expression); an answer lives as long as
 *   its key, so no limit is needed.
 *
 * `compute` must be pure: the answer for a key never changes. Lives with the text helpers because it is the bottom
 * of the core (every layer may use it) and most of what it remembers is text.
 */

/** How many answers one memo keeps before forgetting them all. */
export const MEMO_LIMIT = 20_000;

/** `compute`, remembering its answers by key (see the module comment). */
export function memo<K extends string | number, V>(compute: (key: K) => V): (key: K) => V {
  const answers = new Map<K, V>();
  return (key: K): V => {
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as V;
    const value = compute(key);
    if (answers.size >= MEMO_LIMIT) answers.clear();
    answers.set(key, value);
    return value;
  };
}

/** `compute`, remembering its answer for each object while the object lives. */
export function memoWeak<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const answers = new WeakMap<K, V>();
  return (key: K): V => {
    if (answers.has(key)) return answers.get(key) as V;
    const value = compute(key);
    answers.set(key, value);
    return value;
  };
}
