import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service.js';
import { QUEUE_RUNNER } from '../app/tokens.js';
import { AccountEntity } from '../auth/account.entity.js';
import { RequestContexts, type RequestContext } from '../context/request-context.js';
import { DataService } from '../database/data.service.js';
import { NotFoundError, UserInputError } from '../graphql/errors.js';
import type { JobHandlerInstance } from './job-handler.js';
import type { JobFailure, JobState, JobView, QueueRunner, RunnerJob } from './queue-runner.js';
import { msg } from '../i18n/msg.js';

/** What travels with a job: enough to run it later, in any process, as the account that asked. */
interface Envelope {
  type: string;
  tenantId: string;
  accountId: string | null;
  input: unknown;
  /** Set by the queue when an attempt failed with an API error. */
  failure?: JobFailure | null;
}

export const JOBS_READ = 'jobs.read';

export interface TenantJob extends Omit<JobView, 'data'> {
  type: string;
  accountId: string | null;
  failure: JobFailure | null;
}

/** Long jobs on the `jobs` queue: start, follow (progress → result), list failures, retry. */
@Injectable()
export class JobsService {
  private readonly handlers = new Map<string, JobHandlerInstance>();

  constructor(
    @Inject(QUEUE_RUNNER) private readonly runner: QueueRunner,
    private readonly data: DataService,
    private readonly access: AccessService,
  ) {}

  register(type: string, handler: JobHandlerInstance): void {
    if (this.handlers.has(type)) throw new Error(`Job handler "${type}" is registered twice`);
    this.handlers.set(type, handler);
  }

  /** Queues a job for the current tenant and account; returns it (state `waiting`). */
  async start(type: string, input: unknown): Promise<TenantJob> {
    if (!this.handlers.has(type)) throw new UserInputError('type', msg`no job handler "${type}"`);
    const ctx = RequestContexts.require();
    const envelope: Envelope = { type, tenantId: RequestContexts.tenantId(), accountId: ctx.accountId ?? null, input };
    // Random ids: a job's id says nothing about how many jobs other tenants ran.
    const id = await this.runner.enqueue('jobs', type, envelope, { jobId: randomUUID() });
    return (await this.get(id))!;
  }

  /** Queues a job of the current tenant that runs as `accountId` (work an event causes on someone's behalf, e.g. a webhook delivery). */
  async startAs(accountId: string, type: string, input: unknown): Promise<string> {
    if (!this.handlers.has(type)) throw new UserInputError('type', msg`no job handler "${type}"`);
    const envelope: Envelope = { type, tenantId: RequestContexts.tenantId(), accountId, input };
    return this.runner.enqueue('jobs', type, envelope, { jobId: randomUUID() });
  }

  /** A job of the current tenant that the caller started, or any of the tenant's with jobs.read. */
  async get(id: string): Promise<TenantJob> {
    const view = await this.runner.job('jobs', id);
    const job = view && this.visible(view);
    if (!job) throw new NotFoundError('Job', id);
    return job;
  }

  async list(state: JobState, first: number): Promise<TenantJob[]> {
    const views = await this.runner.list('jobs', state, Math.min(first * 5, 1000));
    return views.flatMap((v) => this.visible(v) ?? []).slice(0, first);
  }

  async retry(id: string): Promise<TenantJob> {
    const job = await this.get(id);
    if (job.state !== 'failed') throw new UserInputError('id', msg`the job is ${job.state}: only a failed job can be retried`);
    await this.runner.retry('jobs', id);
    return this.get(id);
  }

  /** The `jobs` queue's processor: runs the handler as the account that started the job. */
  async run(job: RunnerJob): Promise<unknown> {
    const envelope = job.data as Envelope;
    const handler = this.handlers.get(envelope.type);
    if (!handler) throw new Error(`no job handler "${envelope.type}" in this process`);
    const ctx = await this.contextFor(envelope);
    return RequestContexts.run(ctx, () =>
      handler.run(envelope.input, { id: job.id, tenantId: envelope.tenantId, accountId: envelope.accountId, attempt: job.attemptsMade + 1, progress: (p) => job.updateProgress(Math.max(0, Math.min(100, Math.round(p)))) }),
    );
  }

  /** The starter's current roles (a job never keeps permissions its account has lost since). */
  private async contextFor(envelope: Envelope): Promise<RequestContext> {
    const ctx = RequestContexts.system(envelope.tenantId);
    ctx.system = false;
    if (!envelope.accountId) throw new Error('a job needs the account that started it');
    const account = await this.data.repo(AccountEntity, envelope.tenantId).findOneBy({ id: envelope.accountId });
    if (!account || account.disabled) throw new Error('the account that started this job no longer exists or is disabled');
    const grants = await this.access.grantsOf(envelope.tenantId, account.id);
    Object.assign(ctx, { accountId: account.id, accountEmail: account.email, personId: account.personId, roles: grants.roles, permissions: grants.permissions });
    ctx.reportIds = () => (account.personId ? this.access.reportsOf(envelope.tenantId, account.personId) : Promise.resolve(new Set()));
    return ctx;
  }

  private visible(view: JobView): TenantJob | null {
    const ctx = RequestContexts.current();
    const envelope = view.data as Envelope;
    if (!ctx?.tenantId || envelope?.tenantId !== ctx.tenantId) return null;
    if (envelope.accountId !== ctx.accountId && !ctx.permissions.has(JOBS_READ)) return null;
    const { data: _data, ...rest } = view;
    return { ...rest, type: envelope.type, accountId: envelope.accountId, failure: view.state === 'completed' ? null : envelope.failure ?? null };
  }
}
