import { Field, type FieldMiddleware, type ReturnTypeFunc } from '@nestjs/graphql';
import { RequestContexts, type RequestContext } from '../context/request-context.js';
import { ForbiddenError } from '../graphql/errors.js';

export interface SensitiveOptions<TSource> {
  /** Holders of this permission see every value. */
  permission: string;
  /** The person the value is about: they and their management chain see it too. */
  subject: (source: TSource) => string | null | undefined;
  description?: string;
}

/** May the current viewer see a sensitive value about `subjectPersonId`? */
export async function canSeeSensitive(ctx: RequestContext | undefined, permission: string, subjectPersonId: string | null | undefined): Promise<boolean> {
  if (!ctx) return false;
  if (ctx.system || ctx.permissions.has(permission)) return true;
  if (!subjectPersonId || !ctx.personId) return false;
  if (subjectPersonId === ctx.personId) return true;
  return ctx.reportIds ? (await ctx.reportIds()).has(subjectPersonId) : false;
}

/**
 * A nullable GraphQL field whose value only the permission holder, the subject and the
 * subject's management chain receive; anyone else gets null and a FORBIDDEN error.
 */
export function SensitiveField<TSource = any>(typeFn: ReturnTypeFunc, options: SensitiveOptions<TSource>): PropertyDecorator {
  return (target, key) => {
    const refuse = () => new ForbiddenError(`${String(key)} is visible only to its subject, their managers and holders of ${options.permission}`);
    const middleware: FieldMiddleware<TSource> = ({ source }, next) => {
      // Runs for every such field of every row: permission holders pass without a promise in between.
      const ctx = RequestContexts.current();
      if (ctx && (ctx.system || ctx.permissions.has(options.permission))) return next();
      return canSeeSensitive(ctx, options.permission, options.subject(source)).then((ok) => {
        if (ok) return next();
        throw refuse();
      });
    };
    Field(typeFn, { nullable: true, description: options.description, middleware: [middleware] })(target, key);
  };
}
