import type { PluginDefinition } from '@cadre/core';

/**
 * The one declaration of a plugin: everything it contributes, checked by the host before the
 * database connects. Returns the definition unchanged (typed).
 */
export function definePlugin<const T extends PluginDefinition>(definition: T): T {
  return definition;
}
