import { Inject } from '@nestjs/common';
import { localize } from '../i18n/localize.js';
import { Query, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../access/decorators.js';
import { ENABLED_PLUGINS } from '../app/tokens.js';
import type { PluginDefinition } from './plugin-definition.js';
import { PluginType } from './plugin.types.js';

export const INSTALLED_PLUGINS = Symbol.for('cadre.installed-plugins');

@Resolver()
export class PluginsResolver {
  constructor(
    @Inject(INSTALLED_PLUGINS) private readonly installed: PluginDefinition[],
    @Inject(ENABLED_PLUGINS) private readonly enabled: PluginDefinition[],
  ) {}

  @Query(() => [PluginType], { description: 'Installed plugins and whether this deployment enables them' })
  @RequirePermission('plugins.read')
  plugins(): PluginType[] {
    const enabled = new Set(this.enabled.map((p) => p.id));
    return this.installed.map((p) => ({
      id: p.id, version: p.version, enabled: enabled.has(p.id), description: p.description ? localize(p.description) : null,
      dependencies: p.dependencies ?? [], permissions: (p.permissions ?? []).map((x) => x.id),
    }));
  }
}
