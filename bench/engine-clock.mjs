// A discrete-event clock for the engine benchmarks: emulated time (the emulator's clock, speed 0) moves only when
// nothing else can happen, i.e. every waiter sleeps and no request is in flight. Then it jumps to the earliest
// pending sleep and wakes every sleep due at that instant together. Unlike EmulatorClock.toWaitClock(), which advances
// the clock on each sleep call (exact for one waiter only), this is exact for any number of concurrent waiters.

const turn = () => new Promise((resolve) => setTimeout(resolve, 1));

export class DiscreteEventClock {
  #emu;
  #busy;
  #timers = new Set();
  #version = 0;
  #driving = false;

  /**
   * @param emuClock - The emulator's clock (speed 0).
   * @param busy - True while some request is in flight (time must not move then).
   */
  constructor(emuClock, busy = () => false) {
    this.#emu = emuClock;
    this.#busy = busy;
  }

  now() {
    return this.#emu.now();
  }

  sleep(ms, signal) {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const timer = {
        at: this.now() + Math.max(0, ms),
        resolve: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        this.#timers.delete(timer);
        this.#version++;
        reject(signal.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#timers.add(timer);
      this.#version++;
      void this.#drive();
    });
  }

  async #drive() {
    if (this.#driving) return;
    this.#driving = true;
    try {
      while (this.#timers.size > 0) {
        // Quiet for three turns in a row: nothing in flight, no sleep added or ended.
        for (let quiet = 0; quiet < 3; ) {
          const version = this.#version;
          await turn();
          quiet = version === this.#version && !this.#busy() ? quiet + 1 : 0;
        }
        if (this.#timers.size === 0) break;
        const at = Math.min(...[...this.#timers].map((t) => t.at));
        if (at > this.now()) this.#emu.advance(at - this.now());
        for (const timer of [...this.#timers]) {
          if (timer.at <= at) {
            this.#timers.delete(timer);
            timer.resolve();
          }
        }
        this.#version++;
      }
    } finally {
      this.#driving = false;
    }
  }
}
