import { Agent, request } from 'node:http';

// A GraphQL client over keep-alive HTTP connections, as a browser or a load balancer holds them.
// Transport failures (ECONNRESET, refused) come back as results, so a test can count them.

export interface GqlAnswer<T = any> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }>;
  /** Set when the HTTP exchange itself failed (e.g. ECONNRESET). */
  transportError?: string;
  connection?: string;
}

export class LoadClient {
  readonly agent: Agent;

  constructor(
    readonly url: string,
    connections = 64,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: connections });
  }

  gql<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlAnswer<T>> {
    const body = JSON.stringify({ query, variables });
    return this.send('POST', '/graphql', body, token).then((r) => {
      if (r.transportError) return r as GqlAnswer<T>;
      try {
        const parsed = JSON.parse(r.text!) as { data?: T; errors?: GqlAnswer['errors'] };
        return { status: r.status, data: parsed.data, errors: parsed.errors, connection: r.connection };
      } catch {
        return { status: r.status, errors: [{ message: r.text ?? '', extensions: { code: `HTTP_${r.status}` } }], connection: r.connection };
      }
    });
  }

  /** Like gql, but throws on any error: for setup steps. */
  async data<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const r = await this.gql<T>(query, variables, token);
    if (r.transportError || r.errors?.length || !r.data) throw new Error(`${query.slice(0, 80)}… failed: ${r.transportError ?? JSON.stringify(r.errors)}`);
    return r.data;
  }

  async login(email: string, password = 'demo1234'): Promise<string> {
    const r = await this.data<{ login: { accessToken: string } }>('mutation($e: String!, $p: String!) { login(email: $e, password: $p, tenant: "demo") { accessToken } }', { e: email, p: password });
    return r.login.accessToken;
  }

  get(path: string): Promise<{ status: number; text?: string; transportError?: string; connection?: string }> {
    return this.send('GET', path);
  }

  close(): void {
    this.agent.destroy();
  }

  private send(method: string, path: string, body?: string, token?: string): Promise<{ status: number; text?: string; transportError?: string; connection?: string }> {
    return new Promise((done) => {
      const req = request(`${this.url}${path}`, {
        method, agent: this.agent,
        headers: { ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => done({ status: res.statusCode ?? 0, text, connection: String(res.headers.connection ?? '') }));
        res.on('error', (e: NodeJS.ErrnoException) => done({ status: 0, transportError: e.code ?? e.message }));
      });
      req.on('error', (e: NodeJS.ErrnoException) => done({ status: 0, transportError: e.code ?? e.message }));
      if (body) req.write(body);
      req.end();
    });
  }
}
