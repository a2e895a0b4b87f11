import { ConflictError } from '../graphql/errors.js';
import { msg } from '../i18n/msg.js';

/**
 * Optimistic concurrency for edit forms. A form sends back the `updatedAt` it loaded
 * (`expectedUpdatedAt`); if the row changed since, the edit is CONFLICT and writes nothing, so one
 * person's save never silently undoes another's. Call it on the row read under its lock, before
 * applying anything. Without `expected` (scripts, older clients) the edit goes through as before.
 */
export function assertUnchangedSince(row: { updatedAt: string }, expected: string | null | undefined, name: string, field = 'input.expectedUpdatedAt'): void {
  if (expected === undefined || expected === null || expected === row.updatedAt) return;
  throw new ConflictError(msg`"${name}" was changed by someone else after you opened it: reload to see their change, then make yours again`, field);
}
