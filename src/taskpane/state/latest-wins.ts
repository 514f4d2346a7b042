/**
 * Saves only what matters: while one save is in flight, further requests collapse into the latest one, which is
 * saved when the first finishes. Typing a unit name therefore costs at most two round trips at a time, and the
 * workbook always ends with the last value typed.
 */
export function latestWins<T>(
  save: (value: T) => Promise<void>,
  onError: (error: unknown) => void,
): (value: T) => void {
  let inFlight = false;
  let pending: { value: T } | undefined;

  const start = (value: T): void => {
    inFlight = true;
    let saving: Promise<void>;
    try {
      saving = Promise.resolve(save(value));
    } catch (error) {
      saving = Promise.reject(error);
    }
    saving.catch(onError).finally(() => {
      inFlight = false;
      if (pending) {
        const next = pending.value;
        pending = undefined;
        start(next);
      }
    });
  };

  return (value: T) => {
    if (inFlight) pending = { value };
    else start(value);
  };
}
