import { Extensions, Field, type ReturnTypeFunc } from '@nestjs/graphql';
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { RequestContexts, type RequestContext } from '../context/request-context.js';
import { ForbiddenError } from '../graphql/errors.js';
import { msg } from '../i18n/msg.js';

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

const SENSITIVE = 'cadreSensitive';
const registry = new Map<string, SensitiveOptions<any>>();

/**
 * A nullable GraphQL field whose value only the permission holder, the subject and the
 * subject's management chain receive; anyone else gets null and a FORBIDDEN error. The check is
 * put on the field's resolver when the schema is built (protectSensitiveFields), not as a Nest
 * field middleware: that wraps every field of every row in several promises, which made a
 * 1 000-row allocation list spend most of its time in promises and garbage collection.
 */
export function SensitiveField<TSource = any>(typeFn: ReturnTypeFunc, options: SensitiveOptions<TSource>): PropertyDecorator {
  return (target, key) => {
    const id = `${registry.size}:${target.constructor.name}.${String(key)}`;
    registry.set(id, options);
    Field(typeFn, { nullable: true, description: options.description })(target, key);
    Extensions({ [SENSITIVE]: id })(target, key);
  };
}

// graphql's own defaultFieldResolver and isObjectType are not used: under the test runner the
// schema can come from another copy of graphql ("another module or realm").
const plainValue: GraphQLFieldResolver<any, unknown> = (source, args, context, info) => {
  const value = source?.[info.fieldName];
  return typeof value === 'function' ? value.call(source, args, context, info) : value;
};

/** The GraphQL module's transformSchema: every @SensitiveField's resolver checks the viewer first. */
export function protectSensitiveFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!('getFields' in type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields()) as Array<{ name: string; extensions?: Record<string, unknown>; resolve?: GraphQLFieldResolver<any, unknown> }>) {
      const id = field.extensions?.[SENSITIVE];
      if (typeof id !== 'string') continue;
      const options = registry.get(id);
      if (!options) throw new Error(`${type.name}.${field.name} is marked sensitive but its rule is unknown`);
      const inner = field.resolve ?? plainValue;
      const refuse = () => new ForbiddenError(msg`${field.name} is visible only to its subject, their managers and holders of ${options.permission}`);
      field.resolve = (source, args, context, info) => {
        // Runs for every such field of every row: permission holders pass without a promise.
        const ctx = RequestContexts.current();
        if (ctx && (ctx.system || ctx.permissions.has(options.permission))) return inner(source, args, context, info);
        return canSeeSensitive(ctx, options.permission, options.subject(source)).then((ok) => {
          if (ok) return inner(source, args, context, info);
          throw refuse();
        });
      };
    }
  }
  return schema;
}
