import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { AccountEntity } from '../auth/account.entity.js';
import { RequestContexts } from '../context/request-context.js';
import { nowIso } from '../database/columns.js';
import { DataService } from '../database/data.service.js';
import { UserInputError } from '../graphql/errors.js';
import { msg } from '../i18n/msg.js';
import { NotificationEntity } from './notification.entity.js';

export interface NotificationInput {
  /** `<plugin>.<name>`: the console's message is `<plugin>.notification.<name>`. */
  kind: string;
  params?: Record<string, string | number>;
  link?: string | null;
}

/** Telling people: a row per account in the caller's transaction (an event handler's, usually), read in the console. */
@Injectable()
export class NotificationService {
  constructor(private readonly data: DataService) {}

  /** Notifies the accounts of these people (people without an account, or a disabled one, are skipped). */
  async notifyPeople(personIds: string[], notification: NotificationInput): Promise<number> {
    if (!/^[a-z][a-z0-9-]*\.[a-z][a-z0-9.-]*$/.test(notification.kind)) throw new UserInputError('kind', msg`"${notification.kind}" is not <plugin>.<name>`);
    const ids = [...new Set(personIds)];
    if (!ids.length) return 0;
    const accounts = await this.data.repo(AccountEntity).findBy({ personId: In(ids), disabled: false });
    const repo = this.data.repo(NotificationEntity);
    await repo.saveMany(accounts.map((a) => repo.create({ accountId: a.id, kind: notification.kind, params: notification.params ?? {}, link: notification.link ?? null, readAt: null })));
    return accounts.length;
  }

  /** The caller's notifications, newest first. */
  mine(first: number, unreadOnly: boolean): Promise<NotificationEntity[]> {
    const accountId = RequestContexts.require().accountId!;
    return this.data.repo(NotificationEntity).find({ where: { accountId, ...(unreadOnly ? { readAt: IsNull() } : {}) }, order: { createdAt: 'DESC', id: 'DESC' }, take: Math.min(Math.max(first, 1), 100) });
  }

  unreadCount(): Promise<number> {
    return this.data.repo(NotificationEntity).count({ accountId: RequestContexts.require().accountId!, readAt: IsNull() });
  }

  /** Marks the caller's own notifications read: these, or all of them. Others' ids change nothing. */
  async markRead(ids: string[] | null | undefined): Promise<number> {
    const accountId = RequestContexts.require().accountId!;
    return this.data.transaction(async () => {
      const repo = this.data.repo(NotificationEntity);
      const unread = await repo.findBy({ accountId, readAt: IsNull(), ...(ids?.length ? { id: In(ids) } : {}) });
      const readAt = nowIso();
      await repo.saveMany(unread.map((n) => Object.assign(n, { readAt })));
      return unread.length;
    });
  }
}
