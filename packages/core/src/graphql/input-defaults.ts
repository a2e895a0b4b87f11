import { type DocumentNode, type GraphQLSchema, Kind, type OperationDefinitionNode, type TypeNode, valueFromASTUntyped } from 'graphql';

/**
 * The request's variables with the schema's defaults filled in where a value was omitted: input
 * object fields (`kind: ApiTokenKind! = PERSONAL`) and variables with a default. graphql-jit,
 * which runs documents seen before, treats a non-null input field with a default as required
 * (graphql-jit 0.8), where the spec and graphql-js use the default. Returns undefined when nothing
 * was missing, so the common request allocates nothing.
 *
 * Types are read by shape, not with graphql's `is…Type` predicates: Nest builds the schema with
 * the CommonJS copy of graphql and those checks refuse objects of the other copy.
 */
export function withInputDefaults(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string): Record<string, unknown> | undefined {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName));
  if (!operation?.variableDefinitions?.length || !hasDefaults(schema, operation)) return undefined;
  let copy: Record<string, unknown> | undefined;
  for (const definition of operation.variableDefinitions) {
    const name = definition.variable.name.value;
    const type = typeOf(schema, definition.type);
    if (!type) continue;
    const given = variables[name];
    const value = given === undefined && definition.defaultValue ? valueFromASTUntyped(definition.defaultValue) : given;
    const filled = fill(value, type);
    if (filled !== given) (copy ??= { ...variables })[name] = filled;
  }
  return copy;
}

/** Whether any variable of the operation has a default somewhere in its type: known per parsed document (Mercurius reuses it), so most requests skip the walk. */
const withDefaults = new WeakMap<OperationDefinitionNode, boolean>();

function hasDefaults(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  let known = withDefaults.get(operation);
  if (known === undefined) {
    const seen = new Set<InputType>();
    const walk = (type: InputType | undefined): boolean => {
      const t = type && nullable(type);
      if (!t || seen.has(t)) return false;
      seen.add(t);
      if (isList(t)) return walk(t.ofType);
      return Object.values(t.getFields?.() ?? {}).some((f) => f.defaultValue !== undefined || walk(f.type));
    };
    known = operation.variableDefinitions!.some((d) => d.defaultValue !== undefined || walk(typeOf(schema, d.type)));
    withDefaults.set(operation, known);
  }
  return known;
}

/** A GraphQL input type as seen by shape: wrappers have `ofType`, enums `getValues`, input objects `getFields`. */
interface InputType {
  ofType?: InputType;
  toString(): string;
  getValues?: () => Array<{ name: string; value: unknown }>;
  getFields?: () => Record<string, { name: string; type: InputType; defaultValue?: unknown }>;
  serialize?: (value: unknown) => unknown;
}

const isList = (t: InputType) => t.toString().replace(/!$/, '').startsWith('[');
const nullable = (t: InputType) => (t.toString().endsWith('!') && t.ofType ? t.ofType : t);

function typeOf(schema: GraphQLSchema, node: TypeNode): InputType | undefined {
  if (node.kind === Kind.NON_NULL_TYPE) return typeOf(schema, node.type);
  if (node.kind === Kind.LIST_TYPE) {
    const item = typeOf(schema, node.type);
    return item && { ofType: item, toString: () => `[${item.toString()}]` };
  }
  return schema.getType(node.name.value) as unknown as InputType | undefined;
}

/** The value with its omitted defaulted fields added (a new object only where something changed). */
function fill(value: unknown, type: InputType): unknown {
  if (value === null || value === undefined) return value;
  const t = nullable(type);
  if (isList(t)) {
    if (!Array.isArray(value)) return value;
    const items = value.map((item) => fill(item, t.ofType!));
    return items.some((item, i) => item !== value[i]) ? items : value;
  }
  if (!t.getFields || typeof value !== 'object' || Array.isArray(value)) return value;
  let copy: Record<string, unknown> | undefined;
  const source = value as Record<string, unknown>;
  for (const field of Object.values(t.getFields())) {
    const given = source[field.name];
    const next = fill(given === undefined && field.defaultValue !== undefined ? external(field.defaultValue, field.type) : given, field.type);
    if (next !== given) (copy ??= { ...source })[field.name] = next;
  }
  return copy ?? value;
}

/** A default as the schema holds it (internal) written as a client would send it. */
function external(value: unknown, type: InputType): unknown {
  if (value === null || value === undefined) return value;
  const t = nullable(type);
  if (isList(t)) return (Array.isArray(value) ? value : [value]).map((v) => external(v, t.ofType!));
  if (t.getValues) return t.getValues().find((v) => v.value === value)?.name ?? value;
  if (t.getFields) {
    const fields = t.getFields();
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, fields[k] ? external(v, fields[k].type) : v]));
  }
  return t.serialize ? t.serialize(value) : value;
}
