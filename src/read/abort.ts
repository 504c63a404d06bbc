/**
 * `signal` and `timeout` for the library's async entry points, so that a
 * server embedding `inspect` can bound a request. The signal is checked
 * between the stages of the work and races the stage under way, so the
 * caller gets its rejection at once; the stages themselves are bounded (the
 * nesting bound keeps the markdown parse linear, PDFs have page, size and
 * time limits, and `timeout` also caps a PDF's own time limit so that its
 * reading stops, not only the wait for it).
 */

export interface AbortOptions {
  /** Reject with `signal.reason` (an `AbortError` DOMException, unless given another) once it aborts. */
  signal?: AbortSignal;
  /** Milliseconds: reject with a `TimeoutError` DOMException after this long. */
  timeout?: number;
}

/** The one signal `signal` and `timeout` make, or none. */
export function abortSignal(options: AbortOptions): AbortSignal | undefined {
  const signals: AbortSignal[] = [];
  if (options.signal) signals.push(options.signal);
  if (options.timeout !== undefined) {
    if (!(options.timeout >= 0) || !Number.isFinite(options.timeout)) throw new RangeError(`timeout: expected milliseconds (0 or more), got ${options.timeout}`);
    signals.push(AbortSignal.timeout(options.timeout));
  }
  return signals.length <= 1 ? signals[0] : AbortSignal.any(signals);
}

/** `work`, unless the signal aborts first: then its reason (the work is not waited for). */
export function raceAbort<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
