import { Injectable } from '@nestjs/common';
import { RequestContexts } from '../context/request-context.js';
import { ForbiddenError } from '../graphql/errors.js';
import { SettingsService } from './settings.service.js';
import { localize } from '../i18n/localize.js';
import { type MessageText, msg } from '../i18n/msg.js';

/** The tenant setting: when true, whoever created a pool, a grant or an out-of-band offer may not approve it. Default off. */
export const FOUR_EYES_SETTING = 'approvals.fourEyes';

/**
 * Four eyes: a decision about money needs a second person. Plugins call check() in the approving
 * transaction with the account (or person) that created the thing; it refuses with FORBIDDEN when
 * the setting is on and the approver is that creator. An unknown creator (rows from before it was
 * recorded, or made by an event) is not refused: there is no one to compare with.
 */
@Injectable()
export class FourEyes {
  constructor(private readonly settings: SettingsService) {}

  async enabled(): Promise<boolean> {
    return (await this.settings.get<unknown>(FOUR_EYES_SETTING, false)) === true;
  }

  /** `creators`: ids that identify the creator (account id, and person id where that is what was kept). */
  async check(creators: string | null | Array<string | null | undefined>, what: MessageText): Promise<void> {
    const ids = (Array.isArray(creators) ? creators : [creators]).filter((x): x is string => !!x);
    if (!ids.length || !(await this.enabled())) return;
    const ctx = RequestContexts.current();
    const me = [ctx?.accountId, ctx?.personId].filter((x): x is string => !!x);
    if (me.some((id) => ids.includes(id))) {
      throw new ForbiddenError(msg`Four eyes (${FOUR_EYES_SETTING}): you created this, so someone else must ${localize(what)}`);
    }
  }
}
