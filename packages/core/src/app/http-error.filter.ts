import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { isUniqueViolation } from '../database/db-errors.js';
import { RequestContexts } from '../context/request-context.js';
import { CadreError, type ErrorCode } from '../graphql/errors.js';
import { registerCoreMessages } from '../i18n/core-messages.js';
import { translate } from '../i18n/msg.js';

registerCoreMessages();

const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, RATE_LIMITED: 429, QUERY_TOO_COMPLEX: 400,
};

/**
 * Plugin HTTP routes (webhooks) answer like GraphQL does: a CadreError keeps its meaning as a
 * status and code, a unique constraint that refused a concurrent duplicate is 409, anything
 * unexpected is a 500 whose detail goes to the log. GraphQL errors are left to the GraphQL formatter.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrors');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') throw exception;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const locale = RequestContexts.current()?.locale ?? 'en-US';
    if (exception instanceof HttpException) return reply.status(exception.getStatus()).send(exception.getResponse());
    if (exception instanceof CadreError) return reply.status(STATUS[exception.code] ?? 500).send({ code: exception.code, message: exception.localized(locale), ...exception.localizedExtra(locale) });
    if (isUniqueViolation(exception)) return reply.status(409).send({ code: 'CONFLICT', message: translate('This conflicts with a change made at the same moment: retry', locale) });
    this.logger.error(exception as Error);
    return reply.status(500).send({ code: 'INTERNAL_SERVER_ERROR', message: translate('Internal server error', locale) });
  }
}
