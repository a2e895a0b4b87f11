import { ForbiddenError, RequestContexts, canSeeSensitive } from '@cadre/sdk';
import { Field, type FieldMiddleware, type ReturnTypeFunc } from '@cadre/sdk/graphql';
import { msg } from '@cadre/sdk';

/**
 * Like the SDK's SensitiveField, but a value may concern several people: an offer is about the
 * requisition's hiring manager (and their chain above) and, once hired, the new employee.
 * Holders of `permission`, any subject and anyone above a subject see it; others get null
 * and a FORBIDDEN error.
 */
export function SensitiveToAny<TSource>(typeFn: ReturnTypeFunc, options: { permission: string; subjects: (source: TSource) => Array<string | null | undefined>; description?: string }): PropertyDecorator {
  return (target, key) => {
    const middleware: FieldMiddleware<TSource> = async ({ source }, next) => {
      const ctx = RequestContexts.current();
      const subjects = options.subjects(source).filter((s): s is string => !!s);
      for (const subject of subjects.length ? subjects : [null]) if (await canSeeSensitive(ctx, options.permission, subject)) return next();
      throw new ForbiddenError(msg`${String(key)} is visible only to holders of ${options.permission}, the hiring manager's chain and the hired person`);
    };
    Field(typeFn, { nullable: true, description: options.description, middleware: [middleware] })(target, key);
  };
}
