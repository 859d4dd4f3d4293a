import type { MgnClient } from '@aws-sdk/client-mgn';
import { describe, expectTypeOf, it } from 'vitest';
import { assertNever, type Checkpoint, type Paginated, type Progress } from '../../src/core/index.js';
import {
  MgnService,
  type MgnExport,
  type MgnExportErrorItem,
  type MgnImport,
  type MgnImportErrorItem,
  type MgnJobStatus,
  type MgnS3Location,
} from '../../src/mgn/index.js';

declare const mgn: MgnService;
declare const imp: MgnImport;
declare const exp: MgnExport;
declare const status: MgnJobStatus;

describe('MGN types', () => {
  it('narrows the status on kind, exhaustively', () => {
    switch (status.kind) {
      case 'pending':
        expectTypeOf(status.raw).toEqualTypeOf<'PENDING'>();
        break;
      case 'running':
        expectTypeOf(status.raw).toEqualTypeOf<'STARTED'>();
        break;
      case 'succeeded':
        expectTypeOf(status.raw).toEqualTypeOf<'SUCCEEDED'>();
        break;
      case 'failed':
        expectTypeOf(status.raw).toEqualTypeOf<'FAILED'>();
        break;
      case 'unknown':
        expectTypeOf(status.raw).toEqualTypeOf<string>();
        break;
      default:
        assertNever(status);
    }
  });

  it('refuses kinds MGN cannot reach', () => {
    // @ts-expect-error MGN imports have no partially-succeeded phase
    if (status.kind === 'partially-succeeded') return;
    // @ts-expect-error MGN imports cannot be cancelled
    if (status.kind === 'cancelled') return;
  });

  it('types the handles', () => {
    expectTypeOf(imp.id).toEqualTypeOf<string>();
    expectTypeOf(imp.source).toEqualTypeOf<MgnS3Location | undefined>();
    expectTypeOf(imp.creationTime).toEqualTypeOf<Date | undefined>();
    expectTypeOf(imp.progress).toEqualTypeOf<Progress | undefined>();
    expectTypeOf(imp.summary.servers.modified).toEqualTypeOf<number>();
    expectTypeOf(imp.errors()).toEqualTypeOf<Paginated<MgnImportErrorItem>>();
    expectTypeOf(exp.errors()).toEqualTypeOf<Paginated<MgnExportErrorItem>>();
    expectTypeOf(exp.summary.servers).toEqualTypeOf<number>();
    expectTypeOf(imp.toJSON()).toEqualTypeOf<Checkpoint>();
    expectTypeOf(imp.waitUntilComplete()).resolves.toEqualTypeOf<MgnImport>();
    expectTypeOf(exp.waitUntilSucceeded()).resolves.toEqualTypeOf<MgnExport>();
    expectTypeOf(imp.refresh()).resolves.toEqualTypeOf<MgnImport>();
    expectTypeOf(mgn.resume('{}')).toEqualTypeOf<MgnImport | MgnExport>();
    expectTypeOf(mgn.imports()).toEqualTypeOf<Paginated<MgnImport>>();
    expectTypeOf(mgn.import('import-0123456789abcdefg')).toEqualTypeOf<MgnImport>();
    expectTypeOf(mgn.export('export-0123456789abcdefg')).toEqualTypeOf<MgnExport>();
    expectTypeOf(mgn.startImport).returns.resolves.toEqualTypeOf<MgnImport>();
  });

  it('keeps snapshots read-only', () => {
    // @ts-expect-error summary counts are read-only
    imp.summary.servers.created = 1;
    // @ts-expect-error the status is a getter without a setter
    imp.status = status;
  });

  it('refuses options that must not compile', () => {
    // @ts-expect-error bucket is required
    void mgn.startImport({ key: 'a.csv' });
    // @ts-expect-error tag values are strings
    void mgn.startImport({ bucket: 'b12', key: 'a.csv', tags: { team: 1 } });
    // @ts-expect-error with exactOptionalPropertyTypes an explicit undefined is not a bucket owner
    void mgn.startImport({ bucket: 'b12', key: 'a.csv', bucketOwner: undefined });
    // @ts-expect-error StartExport is not idempotent: it takes no clientToken
    void mgn.startExport({ bucket: 'b12', key: 'a.csv', clientToken: 'x' });
    // @ts-expect-error the id filter is a list
    void mgn.imports({ importIDs: 'import-0123456789abcdefg' });
    // @ts-expect-error the client is an MgnClient, not any object
    void new MgnService({ client: {} });
    // @ts-expect-error signal is an AbortSignal
    void imp.refresh({ signal: true });
    // @ts-expect-error import(id) is a handle getter that sends nothing, so it takes no call options
    void mgn.import('import-0123456789abcdefg', { signal: new AbortController().signal });
    expectTypeOf<ConstructorParameters<typeof MgnService>[0]>().toEqualTypeOf<import('../../src/mgn/index.js').MgnServiceOptions | undefined>();
    expectTypeOf<NonNullable<ConstructorParameters<typeof MgnService>[0]>['client']>().toEqualTypeOf<MgnClient | undefined>();
  });
});
