/** Injection tokens of the app's configuration phase. */
export const CADRE_CONFIG = Symbol.for('cadre.config');
export const ENABLED_PLUGINS = Symbol.for('cadre.enabled-plugins');
export const PERMISSION_REGISTRY = Symbol.for('cadre.permission-registry');
