import 'reflect-metadata';
import { Controller, Post } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { RequirePermission } from '../access/decorators.js';
import { TenantEntity } from '../database/base.entity.js';
import type { PluginDefinition } from './plugin-definition.js';
import { PluginValidationError, validatePlugins } from './plugin-host.js';

const plugin = (id: string, extra: Partial<PluginDefinition> = {}): PluginDefinition => ({ id, version: '1.0.0', sdk: '^0.1.0', ...extra });
const refuse = (plugins: PluginDefinition[], message: RegExp, enabled?: string[]) => {
  expect(() => validatePlugins(plugins, enabled, ['people'])).toThrowError(PluginValidationError);
  expect(() => validatePlugins(plugins, enabled, ['people'])).toThrowError(message);
};

@Entity('people')
class ClashingPeople extends TenantEntity {
  @Column({ type: 'varchar' }) name: string;
}
@Entity('widgets')
class Widget extends TenantEntity {
  @Column({ type: 'varchar' }) name: string;
}
@Entity('widgets')
class OtherWidget extends TenantEntity {
  @Column({ type: 'varchar' }) name: string;
}

@Resolver()
class Unguarded {
  @Query(() => String)
  hello() {
    return 'hi';
  }
}
@Resolver()
class Guarded {
  @Query(() => String)
  @RequirePermission('a.read')
  hello2() {
    return 'hi';
  }
}

@Controller('hooks')
class OpenHook {
  @Post()
  receive() {
    return 'ok';
  }
}

describe('validatePlugins', () => {
  it('orders plugins by dependency', () => {
    const ordered = validatePlugins([plugin('c', { dependencies: ['b'] }), plugin('b', { dependencies: ['a'] }), plugin('a')], undefined, []);
    expect(ordered.map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });

  it('orders an enabled optional dependency first and does without a disabled one', () => {
    const all = [plugin('b', { optionalDependencies: ['a'] }), plugin('a')];
    expect(validatePlugins(all, undefined, []).map((p) => p.id)).toEqual(['a', 'b']);
    expect(validatePlugins(all, ['b'], []).map((p) => p.id)).toEqual(['b']);
  });

  it('enables only the configured plugins', () => {
    expect(validatePlugins([plugin('a'), plugin('b')], ['b'], []).map((p) => p.id)).toEqual(['b']);
  });

  it('refuses each kind of bad plugin set, naming the plugin', () => {
    refuse([plugin('a'), plugin('a')], /"a".*same id/);
    refuse([plugin('a', { dependencies: ['ghost'] })], /"a".*depends on "ghost", which is not installed/);
    refuse([plugin('a', { dependencies: ['b'] }), plugin('b')], /"a".*"b", which is not enabled/, ['a']);
    refuse([plugin('a', { dependencies: ['b'] }), plugin('b', { dependencies: ['a'] })], /cycle a → b → a/);
    refuse([plugin('a', { sdk: '^2.0.0' })], /"a".*needs SDK \^2\.0\.0/);
    refuse([plugin('a', { entities: [ClashingPeople] })], /"a".*table "people" is already defined by the core/);
    refuse([plugin('a', { entities: [Widget] }), plugin('b', { entities: [OtherWidget] })], /"b".*table "widgets" is already defined by plugin "a"/);
    refuse([plugin('a', { resolvers: [Unguarded] })], /"a".*Unguarded\.hello declare no permission/);
    refuse([plugin('a', { permissions: [{ id: 'other.read', description: '', defaultRoles: [] }] })], /"a".*permission "other.read" must be named 'a.<name>'/);
    refuse([plugin('a', { controllers: [OpenHook] })], /"a".*OpenHook\.receive declare no permission/);
    refuse([plugin('Bad_Id')], /kebab-case/);
    refuse([plugin('a')], /"ghost".*not installed/, ['ghost']);
  });

  it('accepts a guarded resolver', () => {
    expect(validatePlugins([plugin('a', { resolvers: [Guarded] })], undefined, []).length).toBe(1);
  });
});
