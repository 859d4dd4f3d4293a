/**
 * True for DMS's `ResourceNotFoundFault`. DMS also answers a `Describe*` whose filters match nothing with it (its
 * own `ReplicationTaskDeleted` waiter treats the fault as "gone"), so lists read it as an empty result. @internal
 */
export function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'ResourceNotFoundFault';
}
