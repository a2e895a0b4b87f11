import { type BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { IsNull, LessThanOrEqual } from 'typeorm';
import { RequestContexts } from '../context/request-context.js';
import { nowIso } from '../database/columns.js';
import { DataService } from '../database/data.service.js';
import { PERMISSION_REGISTRY } from '../app/tokens.js';
import type { PermissionRegistry } from '../access/permission-registry.js';
import { EventDeliveryEntity } from './event-delivery.entity.js';
import type { EventDefinition, EventHandlerInstance, EventMeta } from './event-definition.js';
import { OutboxEntryEntity } from './outbox-entry.entity.js';

/** How long a process owns an event it claimed; after a crash another process delivers it then. */
const LEASE_MS = 15_000;

interface Registered {
  id: string;
  handler: EventHandlerInstance;
}

/**
 * Transactional outbox. `emit` writes the event in the caller's transaction; after commit the
 * dispatcher delivers it to every handler, recording each delivery in the handler's own
 * transaction so a repeated delivery is skipped (at least once in, exactly once in effect).
 * Each process claims an event (a lease on its `availableAt`) before delivering it, so several
 * processes on one database deliver each event once; a crashed process's claim runs out.
 * The in-process dispatcher is the seam a BullMQ worker replaces when REDIS_URL is set.
 */
@Injectable()
export class EventBus implements BeforeApplicationShutdown {
  private readonly logger = new Logger('EventBus');
  private readonly handlers = new Map<string, Registered[]>();
  private draining: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly data: DataService,
    @Inject(PERMISSION_REGISTRY) private readonly registry: PermissionRegistry,
  ) {}

  register(event: EventDefinition<unknown>, id: string, handler: EventHandlerInstance): void {
    const list = this.handlers.get(event.type) ?? [];
    if (list.some((h) => h.id === id)) throw new Error(`Event handler "${id}" is registered twice for ${event.type}`);
    list.push({ id, handler });
    this.handlers.set(event.type, list);
  }

  /** Writes the event to the outbox in the current transaction (opening one if needed). */
  async emit<T>(event: EventDefinition<T>, payload: T): Promise<string> {
    const tenantId = RequestContexts.tenantId();
    return this.data.transaction(async () => {
      const repo = this.data.repo(OutboxEntryEntity, tenantId);
      const row = await repo.save(repo.create({ type: event.type, payload, deliveredAt: null, attempts: 0, lastError: null, availableAt: nowIso() }));
      this.data.afterCommit(() => this.kick());
      return row.id;
    });
  }

  /** Delivers pending events soon, without blocking the caller. */
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

  /** Delivers everything due now; resolves when done (tests and the CLI await it). */
  async flush(): Promise<void> {
    while (this.draining) await this.draining;
    await this.drain();
  }

  startPolling(intervalMs = 5000): void {
    this.timer = setInterval(() => this.kick(), intervalMs);
    this.timer.unref();
    this.kick();
  }

  /** Lets an in-flight delivery finish before the connection closes; undelivered events wait in the outbox. */
  async beforeApplicationShutdown(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    while (this.draining) await this.draining;
  }

  private async drain(): Promise<void> {
    const due = await this.data.dataSource.manager.find(OutboxEntryEntity, {
      where: { deliveredAt: IsNull(), availableAt: LessThanOrEqual(nowIso()) },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: 100,
    });
    for (const event of due) {
      if (this.closed) return;
      if (await this.claim(event)) await this.deliver(event);
    }
  }

  /** Takes the event for this process unless another process (or an earlier attempt) changed it since it was read. */
  private async claim(event: OutboxEntryEntity): Promise<boolean> {
    const lease = new Date(Date.now() + LEASE_MS).toISOString();
    const result = await this.data.write(() =>
      this.data.manager.createQueryBuilder().update(OutboxEntryEntity).set({ availableAt: lease })
        .where({ id: event.id, deliveredAt: IsNull(), availableAt: event.availableAt }).execute(),
    );
    return result.affected === 1;
  }

  /** Delivers one outbox row to every handler that has not yet processed it. */
  async deliver(event: OutboxEntryEntity): Promise<void> {
    const meta: EventMeta = { eventId: event.id, tenantId: event.tenantId, type: event.type, occurredAt: event.createdAt };
    const ctx = RequestContexts.system(event.tenantId, this.registry.all().map((p) => p.id));
    await RequestContexts.run(ctx, async () => {
      try {
        for (const { id, handler } of this.handlers.get(event.type) ?? []) {
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
