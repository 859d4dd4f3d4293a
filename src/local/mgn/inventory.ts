import type { IdFactory } from './ids.js';

/** A source server as the emulated MGN inventory holds it (imported by its user-provided id). */
export interface MgnEmulatedServer {
  /** The MGN source server id, `s-` + 17 characters. */
  readonly id: string;
  /** `mgn:server:user-provided-id`: how import files recognise the server. */
  readonly userProvidedId: string;
  /** `mgn:server:platform`: `WINDOWS` or `LINUX`. */
  readonly platform: string;
  /** `mgn:server:fqdn-for-action-framework`, when set. */
  readonly fqdn?: string;
  /** `mgn:server:tag:*` columns. */
  readonly tags: Readonly<Record<string, string>>;
  /** `mgn:launch:*` columns, by column name. */
  readonly launch: Readonly<Record<string, string>>;
  /** The application the server belongs to, by id. */
  readonly applicationId?: string;
}

/** An application in the emulated MGN inventory (recognised by name). */
export interface MgnEmulatedApplication {
  /** `app-` + 17 characters. */
  readonly id: string;
  /** `mgn:app:name`. */
  readonly name: string;
  /** `mgn:app:description`, when set. */
  readonly description?: string;
  /** `mgn:app:tag:*` columns. */
  readonly tags: Readonly<Record<string, string>>;
  /** The wave the application belongs to, by id. */
  readonly waveId?: string;
}

/** A wave in the emulated MGN inventory (recognised by name). */
export interface MgnEmulatedWave {
  /** `wave-` + 17 characters. */
  readonly id: string;
  /** `mgn:wave:name`. */
  readonly name: string;
  /** `mgn:wave:description`, when set. */
  readonly description?: string;
  /** `mgn:wave:tag:*` columns. */
  readonly tags: Readonly<Record<string, string>>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The servers, applications and waves that imports create and modify and exports write out. @internal */
export class Inventory {
  /** Servers by user-provided id. */
  readonly servers = new Map<string, Mutable<MgnEmulatedServer>>();
  /** Applications by name. */
  readonly applications = new Map<string, Mutable<MgnEmulatedApplication>>();
  /** Waves by name. */
  readonly waves = new Map<string, Mutable<MgnEmulatedWave>>();
  readonly #ids: IdFactory;

  /** @param ids - Where new ids come from. */
  constructor(ids: IdFactory) {
    this.#ids = ids;
  }

  /** Finds or creates a wave; `created` tells which. */
  upsertWave(name: string): { wave: Mutable<MgnEmulatedWave>; created: boolean } {
    const found = this.waves.get(name);
    if (found) return { wave: found, created: false };
    const wave: Mutable<MgnEmulatedWave> = { id: this.#ids.next('wave-'), name, tags: {} };
    this.waves.set(name, wave);
    return { wave, created: true };
  }

  /** Finds or creates an application; `created` tells which. */
  upsertApplication(name: string): { app: Mutable<MgnEmulatedApplication>; created: boolean } {
    const found = this.applications.get(name);
    if (found) return { app: found, created: false };
    const app: Mutable<MgnEmulatedApplication> = { id: this.#ids.next('app-'), name, tags: {} };
    this.applications.set(name, app);
    return { app, created: true };
  }

  /** Finds or creates a server (a new one needs its platform); `created` tells which. */
  upsertServer(userProvidedId: string, platform: string): { server: Mutable<MgnEmulatedServer>; created: boolean } {
    const found = this.servers.get(userProvidedId);
    if (found) return { server: found, created: false };
    const server: Mutable<MgnEmulatedServer> = { id: this.#ids.next('s-'), userProvidedId, platform, tags: {}, launch: {} };
    this.servers.set(userProvidedId, server);
    return { server, created: true };
  }

  /** The inventory as MGN import-template rows (header first): one row per server, then applications and waves without one. */
  toRows(): string[][] {
    const appsById = new Map([...this.applications.values()].map((a) => [a.id, a]));
    const wavesById = new Map([...this.waves.values()].map((w) => [w.id, w]));
    const tagColumns = (prefix: string, all: Iterable<{ tags: Readonly<Record<string, string>> }>): string[] =>
      [...new Set([...all].flatMap((x) => Object.keys(x.tags)))].sort().map((key) => `${prefix}${key}`);
    const launchColumns = [...new Set([...this.servers.values()].flatMap((s) => Object.keys(s.launch)))].sort();
    const header = [
      'mgn:wave:name',
      'mgn:wave:description',
      ...tagColumns('mgn:wave:tag:', this.waves.values()),
      'mgn:app:name',
      'mgn:app:description',
      ...tagColumns('mgn:app:tag:', this.applications.values()),
      'mgn:server:user-provided-id',
      'mgn:server:platform',
      'mgn:server:fqdn-for-action-framework',
      ...tagColumns('mgn:server:tag:', this.servers.values()),
      ...launchColumns,
    ];
    const rows: string[][] = [header];
    const usedApps = new Set<string>();
    const usedWaves = new Set<string>();
    const row = (wave?: MgnEmulatedWave, app?: MgnEmulatedApplication, server?: MgnEmulatedServer): void => {
      if (wave) usedWaves.add(wave.id);
      if (app) usedApps.add(app.id);
      rows.push(
        header.map((column) => {
          if (column === 'mgn:wave:name') return wave?.name ?? '';
          if (column === 'mgn:wave:description') return wave?.description ?? '';
          if (column.startsWith('mgn:wave:tag:')) return wave?.tags[column.slice('mgn:wave:tag:'.length)] ?? '';
          if (column === 'mgn:app:name') return app?.name ?? '';
          if (column === 'mgn:app:description') return app?.description ?? '';
          if (column.startsWith('mgn:app:tag:')) return app?.tags[column.slice('mgn:app:tag:'.length)] ?? '';
          if (column === 'mgn:server:user-provided-id') return server?.userProvidedId ?? '';
          if (column === 'mgn:server:platform') return server?.platform ?? '';
          if (column === 'mgn:server:fqdn-for-action-framework') return server?.fqdn ?? '';
          if (column.startsWith('mgn:server:tag:')) return server?.tags[column.slice('mgn:server:tag:'.length)] ?? '';
          return server?.launch[column] ?? '';
        }),
      );
    };
    for (const server of this.servers.values()) {
      const app = server.applicationId ? appsById.get(server.applicationId) : undefined;
      row(app?.waveId ? wavesById.get(app.waveId) : undefined, app, server);
    }
    for (const app of this.applications.values()) {
      if (!usedApps.has(app.id)) row(app.waveId ? wavesById.get(app.waveId) : undefined, app);
    }
    for (const wave of this.waves.values()) if (!usedWaves.has(wave.id)) row(wave);
    return rows;
  }
}
