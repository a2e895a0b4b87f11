import { Injectable } from '@nestjs/common';
import { DataService } from '../database/data.service.js';
import { RequestContexts } from '../context/request-context.js';
import { SettingEntity } from './setting.entity.js';

/** A setting whose key ends in "secret" (e.g. `knowledge.webhookSecret`) is never listed or audited. */
export const isSecretSetting = (key: string) => /secret$/i.test(key);
const MASK = '[secret]';

/** Per-tenant settings as JSON values under `'<plugin-or-core>.<name>'` keys. */
@Injectable()
export class SettingsService {
  constructor(private readonly data: DataService) {}

  /** Every setting for display: secret values are masked. */
  async all(): Promise<Array<{ key: string; value: unknown }>> {
    const rows = await this.data.repo(SettingEntity).find({ order: { key: 'ASC' } });
    return rows.map((r) => ({ key: r.key, value: isSecretSetting(r.key) ? MASK : r.value }));
  }

  async get<T>(key: string, fallback: T): Promise<T> {
    const row = await this.data.repo(SettingEntity).findOneBy({ key });
    return row ? (row.value as T) : fallback;
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.data.transaction(async () => {
      // A key's first save is an insert: two at once would both see nothing.
      await this.data.lock(`core.settings:${key}`);
      const repo = this.data.repo(SettingEntity);
      const row = (await repo.findOneBy({ key })) ?? repo.create({ key });
      const ctx = RequestContexts.current();
      const secret = isSecretSetting(key);
      if (ctx) ctx.auditDetail = { targetType: 'Setting', targetId: row.id ?? null!, before: secret ? MASK : row.value ?? null, after: secret ? MASK : value };
      row.value = value;
      await repo.save(row);
    });
  }
}
