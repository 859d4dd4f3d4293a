/**
 * Abort signals that hold whatever a client does with them. Each request gets an `AbortController` of its own,
 * linked to its caller's signal through ONE listener per caller signal, however many requests share it: Node warns
 * past ten listeners on a signal, and the 3.523 SDK clients assign `signal.onabort`, which a second call overwrites.
 */

type Callback = (reason: unknown) => void;

interface Subscription {
  readonly callbacks: Set<Callback>;
  readonly listener: () => void;
}

// One real listener per signal, calling every subscriber. A WeakMap, so a signal nobody references frees its entry.
const subscriptions = new WeakMap<AbortSignal, Subscription>();

/**
 * Calls `callback(signal.reason)` once when `signal` aborts (at once, synchronously, if it already has). Returns an
 * unsubscribe function; the signal's one listener goes once its last subscriber leaves. @internal
 */
export function onAbort(signal: AbortSignal | undefined, callback: Callback): () => void {
  if (!signal) return () => undefined;
  if (signal.aborted) {
    callback(signal.reason);
    return () => undefined;
  }
  let sub = subscriptions.get(signal);
  if (!sub) {
    const callbacks = new Set<Callback>();
    const listener = (): void => {
      subscriptions.delete(signal);
      for (const cb of [...callbacks]) cb(signal.reason);
    };
    sub = { callbacks, listener };
    subscriptions.set(signal, sub);
    signal.addEventListener('abort', listener, { once: true });
  }
  const { callbacks, listener } = sub;
  // A wrapper per subscription, so subscribing the same function twice makes two subscriptions.
  const cb: Callback = (reason) => callback(reason);
  callbacks.add(cb);
  return () => {
    if (!callbacks.delete(cb) || callbacks.size > 0) return;
    signal.removeEventListener('abort', listener);
    if (subscriptions.get(signal) === sub) subscriptions.delete(signal);
  };
}

/** A signal of its own, aborted with the parent's reason when the parent aborts. @internal */
export interface LinkedSignal {
  /** The child signal. */
  readonly signal: AbortSignal;
  /** Aborts the child (not the parent). */
  abort(reason: unknown): void;
  /** Unlinks from the parent; call once the work is done. */
  dispose(): void;
}

/** A child `AbortController` linked to `parent` (which may be absent) through {@link onAbort}. @internal */
export function linkSignal(parent: AbortSignal | undefined): LinkedSignal {
  const controller = new AbortController();
  const unsubscribe = onAbort(parent, (reason) => controller.abort(reason));
  return {
    signal: controller.signal,
    abort: (reason) => controller.abort(reason),
    dispose: unsubscribe,
  };
}

// A client's signal → the caller-side signal behind it, which aborts first (see clientSignal).
const callers = new WeakMap<AbortSignal, AbortSignal>();

/**
 * The signal handed to a client for one request: aborted one turn after `caller`, so that the abort releases every
 * caller first, and the clients' own clean-up of many requests (destroying sockets) comes after. Check it with
 * {@link throwIfCancelled}, which sees the caller's abort at once. @internal
 */
export function clientSignal(caller: AbortSignal): LinkedSignal {
  const controller = new AbortController();
  callers.set(controller.signal, caller);
  const unsubscribe = onAbort(caller, (reason) => {
    setImmediate(() => controller.abort(reason));
  });
  return { signal: controller.signal, abort: (reason) => controller.abort(reason), dispose: unsubscribe };
}

/** Throws the reason when `signal`, or the caller behind a {@link clientSignal}, has aborted. @internal */
export function throwIfCancelled(signal: AbortSignal): void {
  const caller = callers.get(signal);
  if (caller?.aborted) throw caller.reason;
  if (signal.aborted) throw signal.reason;
}

/**
 * Settles like `promise`, or rejects with `signal.reason` as soon as `signal` aborts, whichever comes first: the
 * caller is released at once even when the client under it ignores the abort. @internal
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const unsubscribe = onAbort(signal, (reason) => {
      promise.catch(() => undefined);
      reject(reason);
    });
    promise.then(
      (value) => {
        unsubscribe();
        resolve(value);
      },
      (error: unknown) => {
        unsubscribe();
        reject(error);
      },
    );
  });
}
