import { HttpException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { RequestContexts } from '../context/request-context.js';
import { isUniqueViolation } from '../database/db-errors.js';
import { registerCoreMessages } from '../i18n/core-messages.js';
import { translate } from '../i18n/msg.js';
import { CadreError } from './errors.js';

registerCoreMessages();

function locale() {
  return RequestContexts.current()?.locale ?? 'en-US';
}

const HTTP_CODES: Record<number, string> = { 400: 'BAD_USER_INPUT', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 409: 'CONFLICT', 429: 'RATE_LIMITED' };

/** graphql-js's "Did you mean …?" hints map the schema for whoever asks: signed-in callers only. */
function withoutSuggestions(message: string): string {
  if (RequestContexts.current()?.accountId) return message;
  return message.replace(/ Did you mean [^?]*\?/g, '');
}

export interface FormattedError {
  message: string;
  locations?: readonly { line: number; column: number }[];
  path?: readonly (string | number)[];
  extensions: Record<string, unknown> & { code: string };
}

/**
 * Every error leaves with a code. Errors we did not raise on purpose become
 * INTERNAL_SERVER_ERROR with a generic message; the detail goes to the log, not the client.
 */
export function formatGraphQLError(error: GraphQLError, log?: Logger): FormattedError {
  const base = { message: error.message, locations: error.locations, path: error.path };
  const original = error.originalError as (Error & { errors?: readonly GraphQLError[] }) | undefined;
  if (original instanceof CadreError) {
    // Expected answers (bad input, conflicts, refusals): worth a debug line, never an error.
    log?.debug({ code: original.code, path: error.path }, original.message);
    return { ...base, message: original.localized(locale()), extensions: { code: original.code, ...original.localizedExtra(locale()) } };
  }
  if (isUniqueViolation(original)) {
    // The last line against a race: a unique constraint refused a concurrent duplicate.
    log?.info({ path: error.path, constraint: (original as { driverError?: { constraint?: string } }).driverError?.constraint }, 'unique constraint refused a concurrent write');
    return { ...base, message: translate('This conflicts with a change made at the same moment: reload and try again', locale()), extensions: { code: 'CONFLICT' } };
  }
  if (original instanceof HttpException) {
    const code = HTTP_CODES[original.getStatus()] ?? 'INTERNAL_SERVER_ERROR';
    return { ...base, extensions: { code } };
  }
  const fastify = original as (Error & { code?: string; statusCode?: number; errors?: Array<{ message: string }> }) | undefined;
  const refusal = requestRefusalStatus(error);
  if (refusal) {
    // Fastify refused the request before GraphQL saw it (a body over the limit, unparsable JSON):
    // the client's input, not a fault — it was INTERNAL_SERVER_ERROR with status 200 before.
    return { ...base, message: fastify!.message, extensions: { code: refusal === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_USER_INPUT' } };
  }
  if (fastify?.code?.startsWith('MER_ERR_GQL')) {
    // Mercurius' own checks (depth, validation) reject the whole document before execution.
    const message = withoutSuggestions(fastify.errors?.map((e) => e.message).join('; ') || fastify.message);
    return { ...base, message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
  }
  if (!original || original instanceof GraphQLError) {
    // Parse, validation and variable-coercion errors are the client's input.
    const field = /at "([^"]+)"/.exec(error.message)?.[1] ?? /^Variable "\$(\w+)"/.exec(error.message)?.[1];
    return { ...base, message: withoutSuggestions(error.message), extensions: { code: (error.extensions?.code as string) ?? 'BAD_USER_INPUT', ...(field ? { field } : {}) } };
  }
  log?.error({ err: original, path: error.path }, 'unexpected error in a resolver');
  return { ...base, message: translate('Internal server error', locale()), extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** The HTTP status (4xx) of a request Fastify refused before GraphQL ran, e.g. 413 for a body over the limit; else undefined. */
export function requestRefusalStatus(error: GraphQLError): number | undefined {
  const original = error.originalError as (Error & { code?: string; statusCode?: number }) | undefined;
  const status = original?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 && original?.code?.startsWith('FST_') ? status : undefined;
}
