import { Inject, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { GraphQLError } from 'graphql';
import { CadreError, ForbiddenError, UserInputError } from '../graphql/errors.js';
import { RequestContexts } from '../context/request-context.js';
import { CSV_EXPORTS } from '../app/tokens.js';
import { EXPORT_ID, neutralise, type CsvExportDefinition } from './csv-export.js';
import { msg } from '../i18n/msg.js';

const PAGE = 200;

interface Execution {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLError[] | null;
}
type RunQuery = (source: string, context: object, variables: Record<string, unknown>) => Promise<Execution>;

/** Runs CSV exports: the definitions of the core and the enabled plugins, read through GraphQL. */
@Injectable()
export class CsvExportService {
  private readonly byId: Map<string, CsvExportDefinition>;

  constructor(
    @Inject(CSV_EXPORTS) definitions: CsvExportDefinition[],
    private readonly http: HttpAdapterHost,
  ) {
    this.byId = new Map(definitions.map((d) => [d.id, d]));
  }

  list(): CsvExportDefinition[] {
    return [...this.byId.values()];
  }

  /** The export, after checking the caller may run it at all. */
  definition(id: string): CsvExportDefinition {
    const definition = EXPORT_ID.test(id) ? this.byId.get(id) : undefined;
    if (!definition) throw new CadreError('NOT_FOUND', msg`There is no export "${id}"; there are: ${[...this.byId.keys()].sort().join(', ')}`, { id });
    if (!RequestContexts.current()?.permissions.has(definition.permission)) throw new ForbiddenError(msg`Exporting ${id} needs the permission ${definition.permission}`);
    return definition;
  }

  /**
   * The header row, then every row. The first page is read before this returns, so a refusal
   * or a bad filter fails the request instead of a half-written file; later pages are read as
   * the client takes the earlier ones.
   */
  async rows(definition: CsvExportDefinition, variables: Record<string, unknown>): Promise<AsyncIterable<unknown[]>> {
    if ('first' in variables || 'after' in variables) throw new UserInputError('variables', 'first and after are set by the export itself');
    const connection = /\$first\b/.test(definition.query);
    const first = await this.page(definition, connection ? { ...variables, first: PAGE, after: null } : variables);
    // The stream asks for later pages outside the request's async context: carry it along.
    const ctx = RequestContexts.current()!;
    const self = this;
    return (async function* () {
      yield definition.columns.map((c) => c.header);
      let page = first;
      for (;;) {
        for (const row of page.rows) yield definition.columns.map((c) => neutralise(c.value(row)));
        if (!connection || !page.next) return;
        page = await RequestContexts.run(ctx, () => self.page(definition, { ...variables, first: PAGE, after: page.next! }));
      }
    })();
  }

  private async page(definition: CsvExportDefinition, variables: Record<string, unknown>): Promise<{ rows: unknown[]; next: string | null }> {
    const fastify = this.http.httpAdapter.getInstance() as { graphql: RunQuery };
    // Each page starts with empty request loaders: a 20 000-row export keeps no cache of them all.
    RequestContexts.current()?.loaders?.clear();
    let result: Execution;
    try {
      result = await fastify.graphql(definition.query, {}, variables);
    } catch (error) {
      // Mercurius throws for a document or variables it refuses (a bad filter value).
      const errors = (error as { errors?: readonly GraphQLError[] }).errors;
      throw new UserInputError('variables', errors?.map((e) => e.message).join('; ') ?? (error as Error).message);
    }
    // A withheld sensitive value (FORBIDDEN at a row's field) is an empty cell, as in the API;
    // any other error fails the export.
    const fatal = (result.errors ?? []).filter((e) => !(e.extensions?.code === 'FORBIDDEN' && (e.path?.length ?? 0) > 2));
    if (fatal.length || !result.data) {
      const first = fatal[0] ?? result.errors?.[0];
      const code = (first?.extensions?.code as string | undefined) ?? 'INTERNAL_SERVER_ERROR';
      throw new CadreError(code as never, first?.message ?? 'The export could not be read', (first?.extensions?.field ? { field: first.extensions.field } : {}));
    }
    let list: unknown = result.data;
    for (const key of definition.list.split('.')) list = (list as Record<string, unknown> | null)?.[key];
    if (Array.isArray(list)) return { rows: list, next: null };
    const conn = list as { nodes?: unknown[]; pageInfo?: { hasNextPage: boolean; endCursor: string | null } } | null;
    return { rows: conn?.nodes ?? [], next: conn?.pageInfo?.hasNextPage ? conn.pageInfo.endCursor : null };
  }
}
