import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import type { Command } from 'commander';
import { CliError } from '../cli-error.js';

interface ExportOptions {
  url: string;
  token?: string;
  email?: string;
  variables?: string;
  out?: string;
}

/**
 * `cadre export <id>`: downloads a CSV export from a running server as a signed-in caller, so it
 * obeys the same permissions and field-level rules as the console (it never reads the database).
 */
export function registerExportCommand(program: Command): void {
  program
    .command('export <id>')
    .description('Download a CSV export (people.people, attraction.bands, attraction.candidates, incentives.review-results, incentives.bonus-allocations, development.enrolments, …) from a running server')
    .option('--url <url>', 'the server', process.env.CADRE_URL ?? 'http://localhost:3000')
    .option('--token <token>', 'an API or access token (default: $CADRE_TOKEN)')
    .option('--email <email>', 'sign in as this account instead, with the password in $CADRE_PASSWORD')
    .option('--variables <json>', 'the export\'s variables, e.g. \'{"filter":{"status":"active"}}\' or \'{"poolId":"…"}\'')
    .option('--out <file>', 'write here instead of standard output')
    .action(async (id: string, opts: ExportOptions) => {
      const token = opts.email ? await signIn(opts.url, opts.email) : (opts.token ?? process.env.CADRE_TOKEN);
      if (!token) throw new CliError('say who is exporting: --token (or $CADRE_TOKEN), or --email with $CADRE_PASSWORD');
      if (opts.variables) {
        try {
          JSON.parse(opts.variables);
        } catch {
          throw new CliError(`--variables must be JSON, e.g. '{"filter":{"status":"active"}}'`);
        }
      }
      const query = opts.variables ? `?variables=${encodeURIComponent(opts.variables)}` : '';
      const response = await reach(`${opts.url}/export/${encodeURIComponent(id)}.csv${query}`, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => ({}))) as { message?: string };
        throw new CliError(`export ${id} refused (${response.status}): ${body.message ?? response.statusText}`);
      }
      await pipeline(Readable.fromWeb(response.body as ReadableStream), opts.out ? createWriteStream(opts.out) : process.stdout);
      if (opts.out) console.error(`cadre: wrote ${id} to ${opts.out}`);
    });
}

async function signIn(url: string, email: string): Promise<string> {
  const password = process.env.CADRE_PASSWORD;
  if (!password) throw new CliError('--email needs the password in $CADRE_PASSWORD (never on the command line)');
  const response = await reach(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', variables: { e: email, p: password } }),
  });
  const body = (await response.json()) as { data?: { login: { accessToken: string } } | null; errors?: Array<{ message: string }> };
  if (!body.data?.login) throw new CliError(`cannot sign in as ${email}: ${body.errors?.[0]?.message ?? response.statusText}`);
  return body.data.login.accessToken;
}

async function reach(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    throw new CliError(`cannot reach ${new URL(url).origin}: ${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message}`);
  }
}
