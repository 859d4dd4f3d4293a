/**
 * Spellings callers bring from the AWS SDK and from other libraries, mapped to the kit's names. A suggestion is
 * made only when the target is a key of the object being checked.
 */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  abortsignal: ['signal'],
  abortcontroller: ['signal'],
  maxwaittime: ['timeoutMs'],
  timeout: ['timeoutMs'],
  timeoutseconds: ['timeoutMs'],
  waittimeout: ['timeoutMs'],
  requesttimeout: ['requestTimeoutMs', 'timeoutMs'],
  mindelay: ['minDelayMs'],
  maxdelay: ['maxDelayMs'],
  onprogressupdate: ['onProgress'],
  clienttoken: ['clientRequestToken', 'clientToken'],
  clientrequesttoken: ['clientToken', 'clientRequestToken'],
  idempotencytoken: ['clientRequestToken', 'clientToken'],
  maxresults: ['pageSize', 'limit'],
  maxrecords: ['pageSize', 'limit'],
  maxitems: ['limit', 'pageSize'],
  pagesize: ['pageSize', 'limit'],
  nexttoken: ['pageSize'],
  dryrun: ['dryRun'],
  importids: ['importIDs'],
  exportids: ['exportIDs'],
  filters: ['status', 'name'],
  logger: ['logger'],
  tags: ['tags'],
  retrymode: ['maxAttempts'],
  retries: ['maxAttempts'],
  maxretries: ['maxAttempts'],
  bucketname: ['bucket'],
  s3bucket: ['bucket'],
  s3key: ['key'],
  objectkey: ['key'],
  importurl: ['importUrl'],
};

/** Edit distance with adjacent transpositions (optimal string alignment), case-insensitive. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let before = Array.from({ length: y.length + 1 }, () => 0);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/**
 * The known key the caller most likely meant by `key`, or undefined: a known alias first (`abortSignal` →
 * `signal`), then the closest key within a third of its length in edits (`timeoutMS` → `timeoutMs`,
 * `dryrun` → `dryRun`), then a known key that ends with it (`taskArn` → `replicationTaskArn`).
 */
export function suggestKey(key: string, known: readonly string[]): string | undefined {
  const normal = key.toLowerCase().replace(/[-_]/g, '');
  const alias = ALIASES[normal]?.find((target) => known.includes(target) && target !== key);
  if (alias !== undefined) return alias;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of known) {
    const d = distance(key.replace(/[-_]/g, ''), candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best !== undefined || normal.length < 4) return best;
  return known.find((candidate) => candidate.toLowerCase().endsWith(normal));
}
