import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { pluginRootOf, readConfigFile } from './config-file.js';

export interface CadreConfig {
  production: boolean;
  dataDir: string;
  database: { type: 'sqlite'; path: string } | { type: 'postgres'; url: string; schema?: string };
  port: number;
  host: string;
  redisUrl?: string;
  secrets: { jwt: string; webhook: string };
  /**
   * CADRE_PLUGINS, else the config file's `plugins`: ids of the build's plugins and/or names of
   * plugin packages (see resolvePlugins); undefined means every plugin of the build.
   */
  plugins?: string[];
  /** Where plugin packages are resolved from: the config file's directory, else the working directory. */
  pluginRoot: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  logLevel: string;
  consoleDir?: string;
  /** Sign-in throttling (see LoginLimiter). */
  loginLimits: { perAccountAddress: number; perAddress: number; accountSlowdown: number; windowSeconds: number };
  /** Which proxies' X-Forwarded-For is believed for the client address (Fastify's trustProxy). */
  trustProxy: boolean | number | string;
  /** On SIGTERM, how long requests in flight may take before their connections are closed. */
  shutdownGraceSeconds: number;
  /** How long a signed-in token's account, roles and session are remembered (SignInCache). */
  authCacheSeconds: number;
  /** The queues this process works on (with Redis; without it one process does everything). */
  queues: Array<'outbox' | 'jobs'>;
  /** Prefix of the queues' keys in Redis, so deployments sharing one Redis stay apart. */
  queuePrefix: string;
  /** CADRE_PUBLIC_URL: the origin browsers use (OIDC redirect URI); undefined = the request's origin. */
  publicUrl?: string;
  /** CADRE_HOME_TENANT: slug of the installation's home tenant (its owners own the installation); undefined = the oldest tenant. */
  homeTenant?: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** A plugin id (`okr`) or an npm package name (`@acme/cadre-plugin-okr`). */
const PLUGIN_ENTRY = /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

const DEV_SECRET_HINT = 'set it to a random string of at least 32 characters';

/**
 * Reads the environment once at start. Every bad value is reported together, each with the
 * variable's name, so an operator fixes them in one pass.
 */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): CadreConfig {
  const problems: string[] = [];
  const production = env.NODE_ENV === 'production';
  const dataDir = resolve(cwd, env.CADRE_DATA_DIR ?? 'data');

  let database: CadreConfig['database'];
  const url = env.DATABASE_URL?.trim();
  if (!url) {
    database = { type: 'sqlite', path: join(dataDir, 'cadre.sqlite') };
  } else if (/^postgres(ql)?:\/\//.test(url)) {
    database = { type: 'postgres', url, schema: env.DATABASE_SCHEMA || undefined };
  } else if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!file) problems.push('DATABASE_URL: sqlite: needs a file path, e.g. sqlite:./data/cadre.sqlite');
    database = { type: 'sqlite', path: file === ':memory:' ? file : isAbsolute(file) ? file : resolve(cwd, file) };
  } else {
    problems.push(`DATABASE_URL: expected postgres://… or sqlite:<file>, got "${url.split(':')[0]}:…"`);
    database = { type: 'sqlite', path: join(dataDir, 'cadre.sqlite') };
  }

  const port = intVar(env, 'PORT', 3000, 0, 65535, problems);
  const accessTokenTtlSeconds = intVar(env, 'CADRE_ACCESS_TOKEN_TTL', 900, 10, 86_400, problems);
  const refreshTokenTtlSeconds = intVar(env, 'CADRE_REFRESH_TOKEN_TTL', 30 * 86_400, 60, 365 * 86_400, problems);

  const loginLimits = {
    perAccountAddress: intVar(env, 'CADRE_LOGIN_MAX_FAILURES', 5, 1, 1000, problems),
    perAddress: intVar(env, 'CADRE_LOGIN_MAX_FAILURES_PER_ADDRESS', 30, 1, 100_000, problems),
    accountSlowdown: intVar(env, 'CADRE_LOGIN_SLOWDOWN_AFTER', 10, 1, 100_000, problems),
    windowSeconds: intVar(env, 'CADRE_LOGIN_WINDOW', 900, 1, 86_400, problems),
  };
  const trustProxy = parseTrustProxy(env.CADRE_TRUST_PROXY, problems);
  const shutdownGraceSeconds = intVar(env, 'CADRE_SHUTDOWN_GRACE', 10, 0, 600, problems);
  const authCacheSeconds = intVar(env, 'CADRE_AUTH_CACHE_TTL', 5, 0, 300, problems);
  const redisUrl = env.REDIS_URL?.trim() || undefined;
  const queues = parseQueues(env.CADRE_QUEUES, problems);
  const queuePrefix = env.CADRE_QUEUE_PREFIX?.trim() || 'cadre';
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(queuePrefix)) problems.push(`CADRE_QUEUE_PREFIX: letters, digits, '.', '_' or '-' (at most 64), got "${queuePrefix}"`);
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) problems.push(`REDIS_URL: expected redis://host:port, got "${redisUrl}"`);

  // Where browsers reach Cadre (the OIDC redirect URI is built on it); by default, the request's own origin.
  const publicUrl = env.CADRE_PUBLIC_URL?.trim().replace(/\/+$/, '') || undefined;
  if (publicUrl && !/^https?:\/\/[^/\s]+(\/\S*)?$/.test(publicUrl)) problems.push(`CADRE_PUBLIC_URL: expected http(s)://host[/path], got "${publicUrl}"`);

  const homeTenant = env.CADRE_HOME_TENANT?.trim() || undefined;
  if (homeTenant && !/^[a-z0-9][a-z0-9-]{1,62}$/.test(homeTenant)) problems.push(`CADRE_HOME_TENANT: expected a tenant slug (2–63 lower-case letters, digits or dashes), got "${homeTenant}"`);

  const file = readConfigFile(env, cwd, problems);
  const plugins = env.CADRE_PLUGINS === undefined ? file.plugins : env.CADRE_PLUGINS.split(',').map((s) => s.trim()).filter(Boolean);
  const source = env.CADRE_PLUGINS === undefined ? `${file.path}: plugins` : 'CADRE_PLUGINS';
  for (const p of plugins ?? []) if (!PLUGIN_ENTRY.test(p)) problems.push(`${source}: "${p}" is neither a plugin id (lower-case kebab-case) nor a package name (such as @acme/cadre-plugin-okr)`);
  const pluginRoot = pluginRootOf(file, cwd);

  const secrets = loadSecrets(env, dataDir, production, problems);
  const logLevel = env.LOG_LEVEL ?? (production ? 'info' : 'warn');
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) problems.push(`LOG_LEVEL: unknown level "${logLevel}"`);

  if (problems.length) throw new ConfigError(problems);
  return {
    production, dataDir, database, port, host: env.HOST ?? '0.0.0.0', redisUrl, secrets, plugins, pluginRoot,
    accessTokenTtlSeconds, refreshTokenTtlSeconds, logLevel, consoleDir: env.CADRE_CONSOLE_DIR, loginLimits, shutdownGraceSeconds, trustProxy, authCacheSeconds, queues, queuePrefix, publicUrl, homeTenant,
  };
}

/** `all` (default), `none`, or a comma-separated list of outbox and jobs. */
export function parseQueues(raw: string | undefined, problems: string[], name = 'CADRE_QUEUES'): Array<'outbox' | 'jobs'> {
  const value = raw?.trim() || 'all';
  if (value === 'all') return ['outbox', 'jobs'];
  if (value === 'none') return [];
  const parts = value.split(',').map((p) => p.trim());
  const unknown = parts.filter((p) => p !== 'outbox' && p !== 'jobs');
  if (unknown.length) problems.push(`${name}: expected all, none or a list of outbox, jobs; got "${unknown.join(', ')}"`);
  return [...new Set(parts.filter((p): p is 'outbox' | 'jobs' => p === 'outbox' || p === 'jobs'))];
}

/**
 * `false` (default: the socket's address is the client), `true` (any proxy: only behind one that
 * overwrites X-Forwarded-For), a hop count, or addresses/CIDRs/presets such as `loopback`.
 */
function parseTrustProxy(raw: string | undefined, problems: string[]): boolean | number | string {
  const value = raw?.trim();
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  const parts = value.split(',').map((p) => p.trim());
  const ok = parts.every((p) => ['loopback', 'linklocal', 'uniquelocal'].includes(p) || /^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(p));
  if (!ok) problems.push(`CADRE_TRUST_PROXY: expected true, false, a hop count or addresses/CIDRs (or loopback, linklocal, uniquelocal), got "${value}"`);
  return parts.join(',');
}

function intVar(env: Env, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name}: expected an integer from ${min} to ${max}, got "${raw}"`);
    return fallback;
  }
  return value;
}

/** Secrets come from the environment; in development they are generated once and kept under the data dir. */
function loadSecrets(env: Env, dataDir: string, production: boolean, problems: string[]): CadreConfig['secrets'] {
  const given = { jwt: env.CADRE_JWT_SECRET, webhook: env.CADRE_WEBHOOK_SECRET };
  for (const [key, name] of [['jwt', 'CADRE_JWT_SECRET'], ['webhook', 'CADRE_WEBHOOK_SECRET']] as const) {
    const value = given[key];
    if (value !== undefined && value.length < 32) problems.push(`${name}: too short (${value.length} characters); ${DEV_SECRET_HINT}`);
    if (production && !value) problems.push(`${name}: required when NODE_ENV=production; ${DEV_SECRET_HINT}`);
  }
  if (production || (given.jwt && given.webhook)) return { jwt: given.jwt ?? '', webhook: given.webhook ?? '' };

  const file = join(dataDir, 'secrets.json');
  let stored: Partial<CadreConfig['secrets']> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8'));
  const secrets = {
    jwt: given.jwt ?? stored.jwt ?? randomBytes(32).toString('base64url'),
    webhook: given.webhook ?? stored.webhook ?? randomBytes(32).toString('base64url'),
  };
  if (stored.jwt !== secrets.jwt || stored.webhook !== secrets.webhook) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ jwt: stored.jwt ?? secrets.jwt, webhook: stored.webhook ?? secrets.webhook }, null, 2), { mode: 0o600 });
  }
  return secrets;
}
