/** A typed domain event: `'<plugin-or-core>.<name>'` plus the shape of its payload. */
export interface EventDefinition<TPayload> {
  readonly type: string;
  /** Payload fields only holders of a permission may receive outside (webhooks): field → permission. */
  readonly sensitive?: Readonly<Record<string, string>>;
  /** Phantom field that carries the payload type; never set at run time. */
  readonly __payload?: TPayload;
}

export function defineEvent<TPayload>(type: string, options: { sensitive?: Partial<Record<keyof TPayload & string, string>> } = {}): EventDefinition<TPayload> {
  if (!/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/.test(type)) throw new Error(`Event type "${type}" must look like '<id>.<name>'`);
  return { type, ...(options.sensitive ? { sensitive: options.sensitive as Record<string, string> } : {}) };
}

export type EventPayload<E> = E extends EventDefinition<infer P> ? P : never;

export interface EventMeta {
  eventId: string;
  tenantId: string;
  type: string;
  occurredAt: string;
}

/** A handler must be idempotent in effect; the bus also records deliveries to skip repeats. */
export interface EventHandlerInstance<TPayload = unknown> {
  handle(payload: TPayload, meta: EventMeta): Promise<void>;
}

/**
 * A handler of every event type (the webhook fan-out). It says first, for a whole batch at once,
 * which events it wants: the others skip it without a transaction or a delivery row, so an
 * installation without webhook subscriptions pays nothing per event.
 */
export interface AnyEventHandlerInstance extends EventHandlerInstance {
  selects(events: ReadonlyArray<{ tenantId: string; type: string }>): Promise<boolean[]>;
}

export const EVENT_HANDLER_KEY = 'cadre:event-handler';

export interface EventHandlerMeta {
  id: string;
  event: EventDefinition<unknown>;
}

/** Marks a provider class as the handler `id` of `event`. */
export function EventHandler<TPayload>(event: EventDefinition<TPayload>, id: string): ClassDecorator {
  return (target) => {
    Reflect.defineMetadata(EVENT_HANDLER_KEY, { id, event } satisfies EventHandlerMeta, target);
  };
}
