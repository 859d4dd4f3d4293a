/**
 * The account's Migration Hub home region: one account-level setting that Application Discovery Service and
 * Migration Hub both honour (each refuses every call while it is unset) and Migration Hub Config reports. Set it
 * with `startEmulator({ homeRegion })` and change it with `emu.hub.setHomeRegion()`.
 */
export class HomeRegionSetting {
  #region: string | null;
  #controlId: string;
  #requestedAt: number;
  readonly #random: () => number;

  /** @internal @param region - The initial home region, or null. @param now - Epoch ms. @param random - The seeded source of control ids. */
  constructor(region: string | null, now: number, random: () => number) {
    this.#region = region;
    this.#requestedAt = now;
    this.#random = random;
    this.#controlId = this.#newControlId();
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
      this.#controlId = this.#newControlId();
      this.#requestedAt = now;
    }
    this.#region = region;
  }

  /** @internal Restores a saved setting. */
  restore(region: string | null, controlId: string, requestedAt: number): void {
    this.#region = region;
    this.#controlId = controlId;
    this.#requestedAt = requestedAt;
  }

  #newControlId(): string {
    return `hrc-${Array.from({ length: 12 }, () => '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(this.#random() * 36)]).join('')}`;
  }
}
