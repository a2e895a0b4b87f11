import { type BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { RequestContexts } from '../context/request-context.js';
import { nowIso } from '../database/columns.js';
import { DataService } from '../database/data.service.js';
import { PERMISSION_REGISTRY, QUEUE_RUNNER } from '../app/tokens.js';
import type { PermissionRegistry } from '../access/permission-registry.js';
import type { QueueRunner } from '../jobs/queue-runner.js';
import { EventDeliveryEntity } from './event-delivery.entity.js';
import type { AnyEventHandlerInstance, EventDefinition, EventHandlerInstance, EventMeta } from './event-definition.js';
import { claimOutbox, markDelivered, strandedOutbox } from './outbox-claims.js';
import { OutboxEntryEntity } from './outbox-entry.entity.js';

interface Registered {
  id: string;
  handler: EventHandlerInstance;
}

/** Entries claimed and delivered together. */
const BATCH = 500;
/** Events with handlers delivered side by side on PostgreSQL (SQLite has one writer). */
const PARALLEL = 8;

/**
 * Transactional outbox. `emit` writes the event in the caller's transaction; after commit the
 * entry is announced — to the `outbox` queue (BullMQ: "deliver these entries", any worker), or to
 * this process's delivery loop without Redis. Delivery claims entries (outbox-claims.ts), marks
 * those nobody listens to in one statement, and runs each handler in its own transaction that
 * also records the delivery, so a repeat is skipped: at least once in, exactly once in effect,
 * across any number of processes. The outbox table stays the source of truth: a sweeper
 * re-announces what waited too long, so a lost queue message delays an event, never loses it.
 */
@Injectable()
export class EventBus implements BeforeApplicationShutdown {
  private readonly logger = new Logger('EventBus');
  private readonly handlers = new Map<string, Registered[]>();
  private readonly anyHandlers: Array<{ id: string; handler: AnyEventHandlerInstance }> = [];
  private announced: string[] = [];
  private draining: Promise<void> | null = null;
  /** deliverIds runs of the outbox queue in this process, awaited by flush. */
  private readonly delivering = new Set<Promise<number>>();
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly data: DataService,
    @Inject(PERMISSION_REGISTRY) private readonly registry: PermissionRegistry,
    @Inject(QUEUE_RUNNER) private readonly runner: QueueRunner,
  ) {}

  register(event: EventDefinition<unknown>, id: string, handler: EventHandlerInstance): void {
    const list = this.handlers.get(event.type) ?? [];
    if (list.some((h) => h.id === id)) throw new Error(`Event handler "${id}" is registered twice for ${event.type}`);
    list.push({ id, handler });
    this.handlers.set(event.type, list);
  }

  /** A handler of every event type it selects (the webhook fan-out); it runs after the type's own handlers. */
  registerAny(id: string, handler: AnyEventHandlerInstance): void {
    if (this.anyHandlers.some((h) => h.id === id)) throw new Error(`Event handler "${id}" is registered twice`);
    this.anyHandlers.push({ id, handler });
  }

  /** Each event's handlers: its type's, then the every-event handlers that select it (one query per handler and batch). */
  private async handlersOf(events: OutboxEntryEntity[]): Promise<Registered[][]> {
    const picks = await Promise.all(this.anyHandlers.map((h) => h.handler.selects(events)));
    return events.map((e, i) => [...(this.handlers.get(e.type) ?? []), ...this.anyHandlers.filter((_, h) => picks[h][i])]);
  }

  /** Writes the event to the outbox in the current transaction (opening one if needed). */
  async emit<T>(event: EventDefinition<T>, payload: T): Promise<string> {
    const tenantId = RequestContexts.tenantId();
    return this.data.transaction(async () => {
      const repo = this.data.repo(OutboxEntryEntity, tenantId);
      const row = await repo.save(repo.create({ type: event.type, payload, deliveredAt: null, attempts: 0, lastError: null, availableAt: nowIso() }));
      this.data.afterCommit(() => this.announce(row.id));
      return row.id;
    });
  }

  /** After commit: the entries of one transaction go out together, as one queue message per batch. */
  private announce(id: string): void {
    if (this.closed) return;
    if (this.announced.push(id) > 1) return;
    setImmediate(() => {
      const ids = this.announced;
      this.announced = [];
      if (this.runner.kind === 'in-process') return this.kick();
      const jobs = [];
      for (let i = 0; i < ids.length; i += BATCH) jobs.push({ name: 'deliver', data: { ids: ids.slice(i, i + BATCH) } });
      // If Redis is unreachable now, the sweeper announces them again later.
      this.runner.enqueueMany('outbox', jobs).catch((error: Error) => this.logger.warn(`outbox announce failed (the sweeper will retry): ${error.message}`));
    });
  }

  /** Delivers pending events in this process soon, without blocking the caller. */
  kick(): void {
    if (this.closed) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drain()
      .catch((error: Error) => this.logger.error(`outbox delivery failed: ${error.message}`))
      .finally(() => {
        this.draining = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /**
   * Delivers everything due now in this process; resolves when done (tests and the CLI await it).
   * Deliveries the outbox queue is already running in this process are awaited too: their entries
   * are claimed, so a drain of our own would skip them and return before they are delivered.
   */
  async flush(): Promise<void> {
    for (;;) {
      while (this.draining) await this.draining;
      if (this.delivering.size) {
        await Promise.allSettled([...this.delivering]);
        continue;
      }
      await this.drain();
      if (!this.draining && !this.delivering.size) return;
    }
  }

  /** Without Redis: this process delivers, on announce and every `intervalMs` (retries, leftovers). */
  startPolling(intervalMs = 1000): void {
    this.timer = setInterval(() => this.kick(), intervalMs);
    this.timer.unref();
    this.kick();
  }

  /** With Redis: re-announces entries whose message was lost, when the outbox queue is idle. */
  startSweeping(intervalMs = 5000, ageMs = 30_000): void {
    this.timer = setInterval(() => void this.sweep(ageMs).catch((error: Error) => this.logger.warn(`outbox sweep failed: ${error.message}`)), intervalMs);
    this.timer.unref();
  }

  private async sweep(ageMs: number): Promise<void> {
    const counts = await this.runner.counts('outbox');
    if (counts.waiting + counts.active + counts.delayed > 0) return;
    const ids = await strandedOutbox(this.data, ageMs, BATCH * 20);
    for (let i = 0; i < ids.length; i += BATCH) await this.runner.enqueue('outbox', 'deliver', { ids: ids.slice(i, i + BATCH) });
  }

  /** Lets an in-flight delivery finish before the connection closes; undelivered events wait in the outbox. */
  async beforeApplicationShutdown(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    while (this.draining) await this.draining;
  }

  /** Outbox entries not yet delivered, in every tenant (for /metrics). */
  pendingCount(): Promise<number> {
    return this.data.dataSource.manager.countBy(OutboxEntryEntity, { deliveredAt: IsNull() });
  }

  /** The `outbox` queue's processor: delivers these entries unless another process has them. */
  deliverIds(ids: string[]): Promise<number> {
    const run = (async () => {
      let done = 0;
      for (let i = 0; i < ids.length; i += BATCH) done += await this.deliverClaimed(await claimOutbox(this.data, { ids: ids.slice(i, i + BATCH), limit: BATCH }));
      return done;
    })();
    this.delivering.add(run);
    return run.finally(() => this.delivering.delete(run));
  }

  private async drain(): Promise<void> {
    while (!this.closed) {
      const claimed = await claimOutbox(this.data, { limit: BATCH });
      if (!claimed.length) return;
      await this.deliverClaimed(claimed);
    }
  }

  private async deliverClaimed(events: OutboxEntryEntity[]): Promise<number> {
    const handlers = await this.handlersOf(events);
    await markDelivered(this.data, events.filter((_, i) => !handlers[i].length).map((e) => e.id));
    const heard = events.flatMap((event, i) => (handlers[i].length ? [{ event, handlers: handlers[i] }] : []));
    const width = this.data.postgres ? PARALLEL : 1;
    for (let i = 0; i < heard.length; i += width) await Promise.all(heard.slice(i, i + width).map((h) => this.deliver(h.event, h.handlers)));
    return events.length;
  }

  /** Delivers one outbox row to each of its handlers that has not yet processed it. */
  private async deliver(event: OutboxEntryEntity, handlers: Registered[]): Promise<void> {
    const meta: EventMeta = { eventId: event.id, tenantId: event.tenantId, type: event.type, occurredAt: event.createdAt };
    const ctx = RequestContexts.system(event.tenantId, this.registry.all().map((p) => p.id));
    await RequestContexts.run(ctx, async () => {
      try {
        for (const { id, handler } of handlers) {
          await this.data.transaction(async () => {
            const deliveries = this.data.repo(EventDeliveryEntity, event.tenantId);
            if (await deliveries.findOneBy({ eventId: event.id, handlerId: id })) return;
            await handler.handle(event.payload, meta);
            await deliveries.save(deliveries.create({ eventId: event.id, handlerId: id }));
          });
        }
        await this.data.write(() => this.data.manager.update(OutboxEntryEntity, { id: event.id }, { deliveredAt: nowIso(), attempts: event.attempts + 1, lastError: null }));
      } catch (error) {
        const attempts = event.attempts + 1;
        const delayMs = Math.min(2 ** attempts * 1000, 15 * 60 * 1000);
        this.logger.warn(`event ${event.type} ${event.id} failed (attempt ${attempts}): ${(error as Error).message}`);
        await this.data.write(() =>
          this.data.manager.update(OutboxEntryEntity, { id: event.id }, {
            attempts,
            lastError: String((error as Error).message).slice(0, 2000),
            availableAt: new Date(Date.now() + delayMs).toISOString(),
          }),
        );
      }
    });
  }
}
