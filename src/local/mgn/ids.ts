import { seededRandom } from '../random.js';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Makes MGN-shaped ids (`import-`, `export-`, `s-`, `app-`, `wave-` + 17 alphanumerics), repeatable per emulator. */
export class IdFactory {
  readonly #random: () => number;
  readonly #issued = new Set<string>();

  /** @param seed - The emulator's seed, so two emulators with one seed issue the same ids. */
  constructor(seed: number) {
    this.#random = seededRandom(seed ^ 0x6d676e);
  }

  /** @internal Marks ids as issued (loaded from saved state), so none is issued again. */
  reserve(ids: Iterable<string>): void {
    for (const id of ids) this.#issued.add(id);
  }

  /** A new id with `prefix` (e.g. `import-`), never issued before by this factory. */
  next(prefix: string): string {
    for (;;) {
      let id = prefix;
      for (let i = 0; i < 17; i++) id += ALPHABET[Math.floor(this.#random() * ALPHABET.length)] ?? '0';
      if (!this.#issued.has(id)) {
        this.#issued.add(id);
        return id;
      }
    }
  }
}
