import { Injectable } from '@nestjs/common';
import { AccountRoleEntity } from '../access/account-role.entity.js';
import { RoleEntity } from '../access/role.entity.js';
import { RequestContexts } from '../context/request-context.js';
import { DataService } from '../database/data.service.js';
import { UserInputError } from '../graphql/errors.js';
import { msg } from '../i18n/msg.js';
import { SettingEntity } from '../settings/setting.entity.js';
import { DEFAULT_SSO_CONFIG, SSO_CONFIG_SETTING, SSO_SECRET_SETTING, normaliseSsoConfig, type SsoConfig } from './sso-config.js';

/** Reads and writes a tenant's OIDC settings; the client secret is written, never read back out of the service. */
@Injectable()
export class SsoConfigService {
  constructor(private readonly data: DataService) {}

  async get(tenantId = RequestContexts.tenantId()): Promise<SsoConfig> {
    const row = await this.data.repo(SettingEntity, tenantId).findOneBy({ key: SSO_CONFIG_SETTING });
    return { ...DEFAULT_SSO_CONFIG, ...((row?.value as Partial<SsoConfig>) ?? {}) };
  }

  async secret(tenantId = RequestContexts.tenantId()): Promise<string | null> {
    const row = await this.data.repo(SettingEntity, tenantId).findOneBy({ key: SSO_SECRET_SETTING });
    return typeof row?.value === 'string' && row.value ? row.value : null;
  }

  /**
   * Saves the configuration (and the secret when one is given: null keeps the stored one). The
   * audit entry shows the settings before and after, and only whether the secret changed.
   */
  async save(input: SsoConfig, clientSecret: string | null | undefined): Promise<SsoConfig> {
    const next = normaliseSsoConfig(input);
    return this.data.transaction(async () => {
      await this.data.lock('core.sso.config');
      const repo = this.data.repo(SettingEntity);
      const row = (await repo.findOneBy({ key: SSO_CONFIG_SETTING })) ?? repo.create({ key: SSO_CONFIG_SETTING });
      const before = row.value ?? null;
      const roles = next.roleMappings.length ? await this.data.repo(RoleEntity).find() : [];
      next.roleMappings.forEach((m, i) => {
        if (!roles.some((r) => r.key === m.role)) throw new UserInputError(`input.roleMappings.${i}.role`, msg`unknown role ${m.role}`);
      });
      const secretChanged = typeof clientSecret === 'string' && clientSecret.length > 0;
      if (secretChanged) {
        if (clientSecret.length > 500) throw new UserInputError('input.clientSecret', 'must have at most 500 characters');
        const secret = (await repo.findOneBy({ key: SSO_SECRET_SETTING })) ?? repo.create({ key: SSO_SECRET_SETTING });
        secret.value = clientSecret;
        await repo.save(secret);
      }
      row.value = next;
      await repo.save(row);
      const ctx = RequestContexts.current();
      if (ctx) ctx.auditDetail = { targetType: 'Setting', targetId: row.id, before, after: { ...next, clientSecretChanged: secretChanged } };
      return next;
    });
  }

  /** SSO only: a local password works only for an account holding the owner role (break-glass). */
  async refusesPassword(tenantId: string, accountId: string): Promise<boolean> {
    const config = await this.get(tenantId);
    if (!config.enabled || !config.ssoOnly) return false;
    const owner = await this.data.repo(RoleEntity, tenantId).findOneBy({ key: 'owner' });
    return !owner || !(await this.data.repo(AccountRoleEntity, tenantId).count({ accountId, roleId: owner.id }));
  }
}
