import { Args, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../access/decorators.js';
import { UserInputError } from '../graphql/errors.js';
import { FOUR_EYES_SETTING } from './four-eyes.service.js';
import { SettingsService, isSecretSetting } from './settings.service.js';
import { msg } from '../i18n/msg.js';

@ObjectType('Setting')
export class SettingType {
  @Field()
  key: string;

  @Field({ description: 'JSON value' })
  value: string;
}

@Resolver()
export class SettingsResolver {
  constructor(private readonly settings: SettingsService) {}

  @Query(() => [SettingType], { name: 'settings' })
  @RequirePermission('settings.read')
  async settings_(): Promise<SettingType[]> {
    return (await this.settings.all()).map((s) => ({ key: s.key, value: JSON.stringify(s.value) }));
  }

  @Mutation(() => SettingType)
  @RequirePermission('settings.write')
  async setSetting(@Args('key') key: string, @Args('value', { description: 'JSON value' }) value: string): Promise<SettingType> {
    if (!/^[a-z][a-z0-9-]*(\.[a-z][a-zA-Z0-9-]*)+$/.test(key)) throw new UserInputError('key', "must look like '<area>.<name>'");
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      throw new UserInputError('value', 'is not valid JSON');
    }
    if (key === FOUR_EYES_SETTING && typeof parsed !== 'boolean') throw new UserInputError('value', msg`${FOUR_EYES_SETTING} must be true or false`);
    await this.settings.set(key, parsed);
    return { key, value: JSON.stringify(isSecretSetting(key) ? '[secret]' : parsed) };
  }
}
