import {
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLSchema,
  buildClientSchema, getIntrospectionQuery, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
} from 'graphql';
import type { GraphQLClient } from './graphql-client.js';

export interface ProbedOperation {
  kind: 'query' | 'mutation';
  name: string;
  document: string;
}

/** A literal that passes validation for `type` (non-null inputs filled recursively). */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return '[]';
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(type)) return ({ Int: '1', Float: '1', Boolean: 'false' } as Record<string, string>)[type.name] ?? '"x"';
  return 'null';
}

function document(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const required = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type) && a.defaultValue === undefined);
  const args = required.length ? `(${required.map((a) => `${a.name}: ${literal(a.type)}`).join(', ')})` : '';
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind} { ${field.name}${args}${selection} }`;
}

/** Every query and mutation of the live schema, each as a minimal valid document. */
export async function probeOperations(client: GraphQLClient): Promise<ProbedOperation[]> {
  const introspection = await client.data(getIntrospectionQuery());
  const schema: GraphQLSchema = buildClientSchema(introspection);
  const ops: ProbedOperation[] = [];
  for (const [kind, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) ops.push({ kind, name: field.name, document: document(kind, field) });
  }
  return ops;
}
