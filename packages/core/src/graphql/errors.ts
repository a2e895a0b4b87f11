import { IntrinsicException } from '@nestjs/common';

// Errors that carry a GraphQL error code; the formatter copies `code` (and `field`) into
// `extensions` so clients can branch on them without parsing messages. They are answers, not
// faults: IntrinsicException keeps Nest from logging each one at error level.
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'QUERY_TOO_COMPLEX'
  | 'PAYLOAD_TOO_LARGE'
  | 'INTERNAL_SERVER_ERROR';

export class CadreError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'CadreError';
  }
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** Bad input: names the field (a dotted path such as `input.email`) and changes nothing. */
export class UserInputError extends CadreError {
  constructor(field: string, message: string, problems: FieldProblem[] = [{ field, message }]) {
    super('BAD_USER_INPUT', `${field}: ${message}`, { field, problems });
  }
}

export class UnauthenticatedError extends CadreError {
  constructor(message = 'Not signed in or the session has expired') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends CadreError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

export class NotFoundError extends CadreError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `${what} ${id} was not found`, { id });
  }
}

export class ConflictError extends CadreError {
  constructor(message: string, field?: string) {
    super('CONFLICT', message, field ? { field } : {});
  }
}

export class RateLimitedError extends CadreError {
  constructor(message: string, retryAfterSeconds: number) {
    super('RATE_LIMITED', message, { retryAfterSeconds });
  }
}
