// What a plugin page can use at run time. The console provides one CadreConsole value through
// React context; plugin code reaches it with the hooks below and never imports the console app.
import { createContext, useContext } from 'react';
import type { GraphQLErrorEntry, GraphQLRequest, GraphQLResult, TypedDocument } from './graphql.js';
import type { Locale, PermissionRequirement } from './types.js';

export interface CadreViewer {
  accountId: string;
  email: string;
  personId: string | null;
  personName: string | null;
  roles: readonly string[];
  permissions: readonly string[];
  tenant: { id: string; slug: string; name: string };
}

export interface CadreQueryOptions<TResult = unknown> {
  enabled?: boolean;
  /** Extra cache-key parts (the document and variables are always part of the key). */
  key?: readonly unknown[];
  /** Ask again after this many ms (given the latest data), or not at all (false): e.g. while a job runs. */
  pollEvery?: (data: TResult | undefined) => number | false;
}

export interface CadreQueryResult<TResult> {
  /** Whatever data came back, even when some fields were withheld with errors. */
  data: TResult | undefined;
  /** Field-level errors that came with the data (e.g. FORBIDDEN on a sensitive field). */
  errors: GraphQLErrorEntry[];
  /** Set when the operation failed as a whole (no data). */
  error: Error | null;
  isLoading: boolean;
  refetch(): void;
}

export interface CadreMutationOptions {
  /** Query-cache prefixes to refresh after success, e.g. [['people']]; everything when omitted. */
  invalidates?: readonly (readonly unknown[])[];
}

export interface CadreMutation<TResult, TVariables> {
  /** Runs the mutation; resolves with data and errors so a form can map errors to its fields (never rejects: a failure without a GraphQL answer is an error entry). */
  mutate(variables: TVariables): Promise<GraphQLResult<TResult>>;
  isPending: boolean;
}

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface CadreConsole {
  /** Sends a GraphQL operation with the signed-in account's token (refreshing it when needed). */
  request: GraphQLRequest;
  viewer: CadreViewer;
  /** Does the signed-in account hold every listed permission? (true for none) */
  can(permission?: PermissionRequirement): boolean;
  locale: Locale;
  t: Translate;
  /** A cached query (the console's query cache), re-run when variables change. */
  useQuery<TResult, TVariables>(document: TypedDocument<TResult, TVariables>, variables: TVariables, options?: CadreQueryOptions<TResult>): CadreQueryResult<TResult>;
  useMutation<TResult, TVariables>(document: TypedDocument<TResult, TVariables>, options?: CadreMutationOptions): CadreMutation<TResult, TVariables>;
  /** Client-side navigation to a console path. */
  navigate(path: string): void;
  /**
   * Downloads the CSV export `id` (`'<plugin id>.<name>'`) with these variables — pass the list's
   * filters so the file holds exactly what the page shows. Rejects with the server's reason.
   */
  exportCsv(id: string, variables?: Record<string, unknown>): Promise<void>;
}

export const CadreConsoleContext = createContext<CadreConsole | null>(null);
CadreConsoleContext.displayName = 'CadreConsole';

/** Everything the console offers a plugin page: request, viewer, permissions, messages. */
export function useCadre(): CadreConsole {
  const value = useContext(CadreConsoleContext);
  if (!value) throw new Error('useCadre() must be called inside the Cadre console (no CadreConsoleContext provider)');
  return value;
}

/** The GraphQL request function of the signed-in session. */
export function useGraphQL(): GraphQLRequest {
  return useCadre().request;
}

/** `t(key, values)` for the current language; plugin keys look like `<plugin id>.<name>`. */
export function useT(): Translate {
  return useCadre().t;
}

export function useCadreQuery<TResult, TVariables>(document: TypedDocument<TResult, TVariables>, variables: TVariables, options?: CadreQueryOptions<TResult>): CadreQueryResult<TResult> {
  return useCadre().useQuery(document, variables, options);
}

export function useCadreMutation<TResult, TVariables>(document: TypedDocument<TResult, TVariables>, options?: CadreMutationOptions): CadreMutation<TResult, TVariables> {
  return useCadre().useMutation(document, options);
}

/** Checks a requirement against a set of held permissions (used for navigation, routes, widgets, slots). */
export function holds(permissions: ReadonlySet<string> | readonly string[], requirement: PermissionRequirement | undefined): boolean {
  if (!requirement) return true;
  const held = permissions instanceof Set ? permissions : new Set(permissions as readonly string[]);
  return (typeof requirement === 'string' ? [requirement] : requirement).every((p) => held.has(p));
}
