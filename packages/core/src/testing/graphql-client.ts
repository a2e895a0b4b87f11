import { parse } from 'csv-parse/sync';
import { type DocumentNode, print } from 'graphql';

/** A GraphQL document that carries its result and variables types (graphql-codegen's shape). */
export interface TypedDocument<TResult, TVariables> extends DocumentNode {
  __apiType?: (variables: TVariables) => TResult;
}

export interface GraphQLErrorEntry {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GraphQLResult<TData> {
  data: TData | null;
  errors?: GraphQLErrorEntry[];
  status: number;
}

/** A small typed client over fetch: what an outside script would do, nothing more. */
export class GraphQLClient {
  constructor(
    readonly url: string,
    public token?: string,
  ) {}

  async request<TData = any, TVariables extends Record<string, unknown> = Record<string, unknown>>(
    document: string | TypedDocument<TData, TVariables>,
    variables?: TVariables,
  ): Promise<GraphQLResult<TData>> {
    const query = typeof document === 'string' ? document : print(document);
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: TData | null; errors?: GraphQLErrorEntry[] };
    return { data: body.data ?? null, errors: body.errors, status: response.status };
  }

  /** Like request, but throws when the response has errors. */
  async data<TData = any, TVariables extends Record<string, unknown> = Record<string, unknown>>(document: string | TypedDocument<TData, TVariables>, variables?: TVariables): Promise<TData> {
    const result = await this.request(document, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as TData;
  }

  /** Downloads `/export/<id>.csv` with these variables; rows are parsed when the answer is 200. */
  async exportCsv(id: string, variables: Record<string, unknown> = {}): Promise<CsvDownload> {
    const query = Object.keys(variables).length ? `?variables=${encodeURIComponent(JSON.stringify(variables))}` : '';
    const response = await fetch(`${this.url}/export/${id}.csv${query}`, { headers: this.token ? { authorization: `Bearer ${this.token}` } : {} });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, rows: response.status === 200 ? parse(text, { columns: true, bom: true }) : [] };
  }

  /** Follows a background job as the console does, until it completes or fails (throws after `timeoutMs`). */
  async finishedJob(id: string, timeoutMs = 60_000): Promise<FinishedJob> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { job } = await this.data<{ job: FinishedJob }>('query($id: ID!) { job(id: $id) { id type state progress attempts result error } }', { id });
      if (job.state === 'completed' || job.state === 'failed') return job;
      if (Date.now() > deadline) throw new Error(`job ${id} still ${job.state} after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

/** A CSV export as a client receives it: the status, the raw text and the rows (by header). */
export interface CsvDownload {
  status: number;
  headers: Headers;
  text: string;
  rows: Array<Record<string, string>>;
}

export interface FinishedJob {
  id: string;
  type: string;
  state: string;
  progress: number;
  attempts: number;
  result: string | null;
  error: string | null;
}
