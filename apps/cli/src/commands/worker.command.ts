import { createServer } from 'node:http';
import type { Command } from 'commander';
import { CliError } from '../cli-error.js';

/** Boots the app (never listening for GraphQL) with `queues` as the work this process takes on. */
async function bootWithQueues(queues: string | undefined, log = process.env.LOG_LEVEL ?? 'info') {
  const core = await import('@cadre/core');
  const { FIRST_PARTY_PLUGINS } = await import('@cadre/server');
  const config = core.loadConfig();
  if (!config.redisUrl) throw new CliError('this needs REDIS_URL: without Redis the server does all background work itself, in its own process');
  const problems: string[] = [];
  config.queues = core.parseQueues(queues, problems, '--queues');
  if (problems.length) throw new CliError(problems.join('; '));
  const app = await core.createCadreApp({ config, plugins: FIRST_PARTY_PLUGINS, log: core.createLogger(log) });
  return { core, app, config };
}

export function registerWorkerCommands(program: Command): void {
  program
    .command('worker')
    .description('Run background work from the Redis queues: deliver outbox events, run long jobs (needs REDIS_URL)')
    .option('--queues <list>', 'which queues to work: all, or a list of outbox, jobs', 'all')
    .option('--health-port <port>', 'port for /health, /health/live and /metrics (0: any free port)', '9464')
    .option('--health-host <host>', 'address the health port listens on', '0.0.0.0')
    .action(async (opts: { queues: string; healthPort: string; healthHost: string }) => {
      const port = Number(opts.healthPort);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--health-port: expected a port number, got "${opts.healthPort}"`);
      const { core, app, config } = await bootWithQueues(opts.queues);
      const metrics = app.app.get<import('@cadre/core').Metrics>(core.METRICS);
      const redis = app.app.get(core.REDIS);
      const health = createServer((req, res) => {
        const send = (status: number, body: string, type = 'application/json') => res.writeHead(status, { 'content-type': type }).end(body);
        if (req.url === '/health/live') return send(200, JSON.stringify({ status: 'ok' }));
        if (req.url === '/health' || req.url === '/health/ready') {
          void core.checkHealth(app.dataSource, redis).then((report) => send(report.status === 'ok' ? 200 : 503, JSON.stringify({ ...report, queues: config.queues })));
          return;
        }
        if (req.url === '/metrics') return void metrics.registry.metrics().then((text) => send(200, text, 'text/plain; version=0.0.4'));
        send(404, JSON.stringify({ error: 'Not Found' }));
      });
      await new Promise<void>((done) => health.listen(port, opts.healthHost, done));
      const address = health.address();
      console.log(`Cadre worker: queues ${config.queues.join(', ') || '(none)'}; health at http://${opts.healthHost === '0.0.0.0' ? 'localhost' : opts.healthHost}:${typeof address === 'object' && address ? address.port : port}/health`);
      const stop = async (signal: string) => {
        app.log.info(`${signal}: finishing the jobs in hand, then stopping`);
        health.close();
        await app.close();
        process.exit(0);
      };
      process.once('SIGTERM', () => void stop('SIGTERM'));
      process.once('SIGINT', () => void stop('SIGINT'));
    });

  const queue = program.command('queue').description('Inspect and repair the background queues (needs REDIS_URL)');
  queue
    .command('status')
    .description('Jobs per queue and state, and outbox entries waiting for delivery')
    .action(async () => {
      const { core, app } = await bootWithQueues('none', 'error');
      try {
        const runner = app.app.get<import('@cadre/core').QueueRunner>(core.QUEUE_RUNNER);
        for (const name of core.QUEUES) {
          const c = await runner.counts(name);
          console.log(`${name.padEnd(8)} waiting ${c.waiting}  active ${c.active}  delayed ${c.delayed}  failed ${c.failed}  completed ${c.completed}`);
        }
        const [{ n }] = await app.dataSource.query('SELECT count(*) AS n FROM outbox WHERE "deliveredAt" IS NULL');
        console.log(`outbox   ${n} event(s) not yet delivered`);
      } finally {
        await app.close();
      }
    });
  queue
    .command('retry [jobId]')
    .description('Run a failed job again (or every failed job with --all)')
    .option('--queue <name>', 'outbox or jobs', 'jobs')
    .option('--all', 'retry every failed job of the queue')
    .action(async (jobId: string | undefined, opts: { queue: string; all?: boolean }) => {
      if (opts.queue !== 'outbox' && opts.queue !== 'jobs') throw new CliError(`--queue: expected outbox or jobs, got "${opts.queue}"`);
      if (!jobId && !opts.all) throw new CliError('say which job (an id) or --all');
      const { core, app } = await bootWithQueues('none', 'error');
      try {
        const runner = app.app.get<import('@cadre/core').QueueRunner>(core.QUEUE_RUNNER);
        const ids = jobId ? [jobId] : (await runner.list(opts.queue, 'failed', 10_000)).map((j) => j.id);
        for (const id of ids) await runner.retry(opts.queue, id);
        console.log(`${ids.length} job(s) of ${opts.queue} queued again`);
      } finally {
        await app.close();
      }
    });
}
