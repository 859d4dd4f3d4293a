/** The account's Migration Hub home region, shared by the Migration Hub and Migration Hub Config modules. @internal */
export class HomeRegionSetting {
  #region: string | null;
  #controlId: string;
  #requestedAt: number;
  readonly #newId: () => string;

  /** @param region - The initial home region, or null. @param now - Epoch ms. @param newId - Control id source. */
  constructor(region: string | null, now: number, newId: () => string) {
    this.#region = region;
    this.#requestedAt = now;
    this.#newId = newId;
    this.#controlId = newId();
  }

  /** The home region, or null when none is set. */
  get region(): string | null {
    return this.#region;
  }

  /** The home region control that set it (`hrc-` and 12 lowercase letters or digits). */
  get controlId(): string {
    return this.#controlId;
  }

  /** When the control was created, epoch ms. */
  get requestedAt(): number {
    return this.#requestedAt;
  }

  /** Sets (or, with null, clears) the home region; a new region gets a new control. */
  set(region: string | null, now: number): void {
    if (region !== null && region !== this.#region) {
      this.#controlId = this.#newId();
      this.#requestedAt = now;
    }
    this.#region = region;
  }
}
