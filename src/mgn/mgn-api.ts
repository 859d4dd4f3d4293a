import type {
  ExportTask,
  ImportTask,
  ListExportErrorsRequest,
  ListExportErrorsResponse,
  ListExportsRequest,
  ListExportsResponse,
  ListImportErrorsRequest,
  ListImportErrorsResponse,
  ListImportsRequest,
  ListImportsResponse,
  MgnClient,
  StartExportRequest,
  StartExportResponse,
  StartImportRequest,
  StartImportResponse,
} from '@aws-sdk/client-mgn';
import { BatchLookup, throwIfCancelled, type RequestEngine } from '../core/index.js';
import type { ObjectStore } from '../storage/index.js';
import { MGN_ID_FILTER_MAX } from './defaults.js';
import { loadMgnSdk, type MgnSdk } from './sdk.js';

/** The MGN operations this library sends, with their SDK input and output types. @internal */
export interface MgnOperations {
  /** StartImport. */ StartImport: { input: StartImportRequest; output: StartImportResponse };
  /** StartExport. */ StartExport: { input: StartExportRequest; output: StartExportResponse };
  /** ListImports. */ ListImports: { input: ListImportsRequest; output: ListImportsResponse };
  /** ListImportErrors. */ ListImportErrors: { input: ListImportErrorsRequest; output: ListImportErrorsResponse };
  /** ListExports. */ ListExports: { input: ListExportsRequest; output: ListExportsResponse };
  /** ListExportErrors. */ ListExportErrors: { input: ListExportErrorsRequest; output: ListExportErrorsResponse };
}

/** Options of one {@link MgnApi.send}. @internal */
export interface SendOptions {
  /** Aborts the request; the promise rejects with `signal.reason`. */
  readonly signal?: AbortSignal | undefined;
  /**
   * Members to add to the JSON body after the SDK serialised it. client-mgn 3.523 predates `tags` on StartImport
   * and StartExport and drops unknown input members, so tags travel this way.
   */
  readonly extraBody?: Readonly<Record<string, unknown>> | undefined;
}

interface SendableClient {
  send(command: unknown, options: { abortSignal?: AbortSignal }): Promise<unknown>;
}

interface MiddlewareCommand {
  readonly middlewareStack: {
    add(middleware: (next: (args: { request: unknown }) => Promise<unknown>) => (args: { request: unknown }) => Promise<unknown>, options: object): void;
  };
}

/** Sends MGN commands through one client, created lazily, and coalesces lookups by id. @internal */
export class MgnApi {
  readonly #client: () => Promise<MgnClient>;
  /** Import lookups by id, coalesced into ListImports calls of up to ten ids. */
  readonly imports: BatchLookup<ImportTask>;
  /** Export lookups by id, coalesced into ListExports calls of up to ten ids. */
  readonly exports: BatchLookup<ExportTask>;
  /** The request engine every request goes through. */
  readonly engine: RequestEngine;
  /** The S3 objects MGN reads (import files) and writes (exports). */
  readonly storage: ObjectStore;

  /**
   * @param client - Resolves to the MGN client (the user's, or one built on first use).
   * @param engine - The request engine.
   * @param storage - S3, for import files and exports.
   */
  constructor(client: () => Promise<MgnClient>, engine: RequestEngine, storage: ObjectStore) {
    this.#client = client;
    this.engine = engine;
    this.storage = storage;
    this.imports = new BatchLookup(async (ids, signal) => {
      const out = await this.send('ListImports', { filters: { importIDs: ids }, maxResults: ids.length }, { signal });
      return new Map((out.items ?? []).flatMap((item) => (item.importID ? [[item.importID, item] as const] : [])));
    }, MGN_ID_FILTER_MAX);
    this.exports = new BatchLookup(async (ids, signal) => {
      const out = await this.send('ListExports', { filters: { exportIDs: ids }, maxResults: ids.length }, { signal });
      return new Map((out.items ?? []).flatMap((item) => (item.exportID ? [[item.exportID, item] as const] : [])));
    }, MGN_ID_FILTER_MAX);
  }

  /** Sends one operation; AWS errors pass through `translateServiceError`, an abort rejects with `signal.reason`. */
  async send<K extends keyof MgnOperations>(operation: K, input: MgnOperations[K]['input'], options: SendOptions = {}): Promise<MgnOperations[K]['output']> {
    const { signal, extraBody } = options;
    const call = async (abortSignal: AbortSignal): Promise<unknown> => {
      const [sdk, client] = await Promise.all([loadMgnSdk(), this.#client()]);
      throwIfCancelled(abortSignal);
      const command = commandFor(sdk, operation, input);
      if (extraBody && Object.keys(extraBody).length > 0) addBodyMembers(command as unknown as MiddlewareCommand, extraBody);
      return (client as unknown as SendableClient).send(command, { abortSignal });
    };
    return (await this.engine.send('mgn', operation, call, signal)) as MgnOperations[K]['output'];
  }
}

function commandFor(sdk: MgnSdk, operation: keyof MgnOperations, input: object): object {
  switch (operation) {
    case 'StartImport':
      return new sdk.StartImportCommand(input as StartImportRequest);
    case 'StartExport':
      return new sdk.StartExportCommand(input as StartExportRequest);
    case 'ListImports':
      return new sdk.ListImportsCommand(input);
    case 'ListImportErrors':
      return new sdk.ListImportErrorsCommand(input as ListImportErrorsRequest);
    case 'ListExports':
      return new sdk.ListExportsCommand(input);
    case 'ListExportErrors':
      return new sdk.ListExportErrorsCommand(input as ListExportErrorsRequest);
  }
}

/** Merges `members` into the serialised JSON body, before the content length is computed and the request signed. */
function addBodyMembers(command: MiddlewareCommand, members: Readonly<Record<string, unknown>>): void {
  command.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { body?: unknown };
      if (typeof request.body === 'string') request.body = JSON.stringify({ ...(JSON.parse(request.body) as object), ...members });
      return next(args);
    },
    { step: 'build', priority: 'high', name: 'awsMigrationKitBodyMembers' },
  );
}
