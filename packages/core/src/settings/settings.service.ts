import { Injectable } from '@nestjs/common';
import { DataService } from '../database/data.service.js';
import { RequestContexts } from '../context/request-context.js';
import { SettingEntity } from './setting.entity.js';

/** Per-tenant settings as JSON values under `'<plugin-or-core>.<name>'` keys. */
@Injectable()
export class SettingsService {
  constructor(private readonly data: DataService) {}

  async all(): Promise<Array<{ key: string; value: unknown }>> {
    const rows = await this.data.repo(SettingEntity).find({ order: { key: 'ASC' } });
    return rows.map((r) => ({ key: r.key, value: r.value }));
  }

  async get<T>(key: string, fallback: T): Promise<T> {
    const row = await this.data.repo(SettingEntity).findOneBy({ key });
    return row ? (row.value as T) : fallback;
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.data.transaction(async () => {
      const repo = this.data.repo(SettingEntity);
      const row = (await repo.findOneBy({ key })) ?? repo.create({ key });
      const ctx = RequestContexts.current();
      if (ctx) ctx.auditDetail = { targetType: 'Setting', targetId: row.id ?? null!, before: row.value ?? null, after: value };
      row.value = value;
      await repo.save(row);
    });
  }
}
