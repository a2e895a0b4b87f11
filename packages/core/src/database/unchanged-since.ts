import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
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

/** The `expectedUpdatedAt` field of an update input (`noun`: "the person"), declared once for all. */
export const ExpectedUpdatedAtField = (noun: string): PropertyDecorator =>
  applyDecorators(
    Field(() => String, { nullable: true, description: `The updatedAt you read: if ${noun} changed since, CONFLICT and nothing changes (leave out to overwrite)` }),
    IsOptional(),
    IsString(),
    MaxLength(30),
  );
