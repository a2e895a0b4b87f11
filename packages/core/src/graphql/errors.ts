import { IntrinsicException } from '@nestjs/common';
import { type Locale, type MessageText, Msg, msg, translate } from '../i18n/msg.js';
import { translateProblem } from '../i18n/validation-messages.js';

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
  /** The message as thrown (English id and values): the formatters render it in the caller's language. */
  readonly text: MessageText;
  constructor(
    readonly code: ErrorCode,
    message: MessageText,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(String(message));
    this.text = message;
    this.name = 'CadreError';
  }

  /** The message in a locale (English by default, as `message` always is). */
  localized(locale: Locale = 'en-US'): string {
    return translate(this.text, locale);
  }

  /** `extra` with its problems list rendered in the locale; codes and fields never change. */
  localizedExtra(locale: Locale = 'en-US'): Record<string, unknown> {
    const problems = this.extra.problems as FieldProblem[] | undefined;
    if (!Array.isArray(problems)) return this.extra;
    return { ...this.extra, problems: problems.map((p) => ({ field: p.field, message: translateProblem(p.message, locale) })) };
  }
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** Bad input: names the field (a dotted path such as `input.email`) and changes nothing. */
export class UserInputError extends CadreError {
  constructor(field: string, message: MessageText, problems: FieldProblem[] = [{ field, message: String(message) }]) {
    super('BAD_USER_INPUT', `${field}: ${String(message)}`, { field, problems });
    this.detail = message;
  }
  /** The message without the field, so only it is translated: `input.email: …`. */
  readonly detail: MessageText;

  override localized(locale: Locale = 'en-US'): string {
    return `${this.extra.field as string}: ${translateProblem(this.detail, locale)}`;
  }

  override localizedExtra(locale: Locale = 'en-US'): Record<string, unknown> {
    const english = String(this.detail);
    const problems = (this.extra.problems as FieldProblem[]).map((p) => ({ field: p.field, message: translateProblem(p.message === english ? this.detail : p.message, locale) }));
    return { ...this.extra, problems };
  }
}

export class UnauthenticatedError extends CadreError {
  constructor(message: MessageText = msg`Not signed in or the session has expired`) {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends CadreError {
  constructor(message: MessageText) {
    super('FORBIDDEN', message);
  }
}

export class NotFoundError extends CadreError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', msg`${what} ${id} was not found`, { id });
    this.what = what;
  }
  /** The kind of record (`Person`): translated on its own, the id never. */
  readonly what: string;

  override localized(locale: Locale = 'en-US'): string {
    return translate(new Msg((this.text as Msg).id, [translate(this.what, locale), this.extra.id]), locale);
  }
}

export class ConflictError extends CadreError {
  constructor(message: MessageText, field?: string) {
    super('CONFLICT', message, field ? { field } : {});
  }
}

export class RateLimitedError extends CadreError {
  constructor(message: MessageText, retryAfterSeconds: number) {
    super('RATE_LIMITED', message, { retryAfterSeconds });
  }
}
