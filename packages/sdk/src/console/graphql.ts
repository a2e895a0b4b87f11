// What a console page gets back from the API. GraphQL answers can carry data AND errors at
// once (a sensitive field withheld as null plus a FORBIDDEN entry), so nothing here throws
// data away: callers see both and decide.

/** A GraphQL document with its result and variables types (the codegen client preset's TypedDocumentString fits). */
export interface TypedDocument<TResult = unknown, TVariables = Record<string, unknown>> {
  /** Phantom member carrying the types; never set at run time. */
  __apiType?: (variables: TVariables) => TResult;
  toString(): string;
}

export type ResultOf<D> = D extends TypedDocument<infer R, any> ? R : never;
export type VariablesOf<D> = D extends TypedDocument<any, infer V> ? V : never;

export interface FieldProblem {
  field: string;
  message: string;
}

export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: {
    code?: string;
    /** The input that is wrong, as a dotted path such as `input.email`. */
    field?: string;
    problems?: FieldProblem[];
    [key: string]: unknown;
  };
}

export interface GraphQLResult<TResult> {
  data: TResult | null;
  errors: GraphQLErrorEntry[];
}

/** Sends one GraphQL operation; resolves with data and errors (only transport failures reject). */
export type GraphQLRequest = <TResult, TVariables>(
  document: TypedDocument<TResult, TVariables> | string,
  variables?: TVariables,
) => Promise<GraphQLResult<TResult>>;

/** Raised when an operation produced no data at all; keeps every error entry. */
export class GraphQLRequestError extends Error {
  constructor(readonly errors: GraphQLErrorEntry[]) {
    super(errors.map((e) => e.message).join('; ') || 'The request failed');
    this.name = 'GraphQLRequestError';
  }

  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

/** The data of a result, or a GraphQLRequestError when there is none. */
export function dataOrThrow<T>(result: GraphQLResult<T>): T {
  if (result.data == null) throw new GraphQLRequestError(result.errors);
  return result.data;
}

const samePath = (a: ReadonlyArray<string | number>, b: ReadonlyArray<string | number>) =>
  a.length === b.length && a.every((part, i) => String(part) === String(b[i]));

/**
 * Was the value at `path` withheld for lack of permission? The API answers such a field with
 * null plus a FORBIDDEN error whose path points at it, e.g. ['people','nodes',3,'compensation'].
 */
export function isHidden(errors: readonly GraphQLErrorEntry[], path: ReadonlyArray<string | number>): boolean {
  return errors.some((e) => e.extensions?.code === 'FORBIDDEN' && !!e.path && samePath(e.path, path));
}

/** Paths of every withheld value whose last segment is `field` (e.g. all hidden 'compensation'). */
export function hiddenPaths(errors: readonly GraphQLErrorEntry[], field: string): string[] {
  return errors
    .filter((e) => e.extensions?.code === 'FORBIDDEN' && e.path && String(e.path[e.path.length - 1]) === field)
    .map((e) => e.path!.map(String).join('.'));
}

/**
 * The field problems of a failed mutation, keyed by form field path with the argument name
 * dropped: `input.compensation.base` → `compensation.base`. BAD_USER_INPUT lists `problems`;
 * CONFLICT (e.g. a duplicate email) names one `field`.
 */
export function fieldProblems(errors: readonly GraphQLErrorEntry[], argument = 'input'): FieldProblem[] {
  const strip = (field: string) => (field.startsWith(`${argument}.`) ? field.slice(argument.length + 1) : field);
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const ext = e.extensions;
    if (!ext || (ext.code !== 'BAD_USER_INPUT' && ext.code !== 'CONFLICT')) continue;
    if (ext.problems?.length) out.push(...ext.problems.map((p) => ({ field: strip(p.field), message: p.message })));
    else if (ext.field) out.push({ field: strip(ext.field), message: e.message.replace(new RegExp(`^${ext.field}: `), '') });
  }
  return out;
}

/**
 * A problem on no field of the form, as one line of its error banner: "field: message", but only
 * the message for a refused stale save (expectedUpdatedAt), which is about the whole form.
 */
export function problemLine(p: FieldProblem): string {
  return p.field === 'expectedUpdatedAt' ? p.message : `${p.field}: ${p.message}`;
}

/** The code of the first error (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, …), if any. */
export function errorCode(errors: readonly GraphQLErrorEntry[]): string | undefined {
  return errors[0]?.extensions?.code;
}
