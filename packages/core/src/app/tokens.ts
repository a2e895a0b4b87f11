/** Injection tokens of the app's configuration phase. */
export const CADRE_CONFIG = Symbol.for('cadre.config');
export const ENABLED_PLUGINS = Symbol.for('cadre.enabled-plugins');
export const PERMISSION_REGISTRY = Symbol.for('cadre.permission-registry');
/** The QueueRunner: BullMQ on Redis, or in-process. */
export const QUEUE_RUNNER = Symbol.for('cadre.queue-runner');
/** The shared ioredis connection, or null without REDIS_URL. */
export const REDIS = Symbol.for('cadre.redis');
/** Every CSV export of the core and the enabled plugins (CsvExportDefinition[]). */
export const CSV_EXPORTS = Symbol.for('cadre.csv-exports');
/** Every event definition of the core and the enabled plugins (what webhooks may subscribe to). */
export const EVENT_DEFINITIONS = Symbol.for('cadre.event-definitions');
