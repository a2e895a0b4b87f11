import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { AccountRoleEntity } from '../access/account-role.entity.js';
import { RoleEntity } from '../access/role.entity.js';
import { DataService } from '../database/data.service.js';
import { nowIso } from '../database/columns.js';
import { ConflictError, NotFoundError, UserInputError } from '../graphql/errors.js';
import { isUniqueViolation } from '../database/db-errors.js';
import { PersonEntity } from '../people/person.entity.js';
import { AccountEntity } from './account.entity.js';
import { RequestContexts } from '../context/request-context.js';
import { hashPassword } from './password.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';
import { SignInCache } from './sign-in-cache.js';
import { msg } from '../i18n/msg.js';

export interface AccountView {
  id: string;
  email: string;
  personId: string | null;
  disabled: boolean;
  roles: string[];
}

/** Accounts of the current tenant and their role assignments. */
@Injectable()
export class AccountService {
  constructor(
    private readonly data: DataService,
    private readonly signIns: SignInCache,
  ) {}

  async list(): Promise<AccountView[]> {
    const accounts = await this.data.repo(AccountEntity).find({ order: { email: 'ASC' } });
    return this.withRoles(accounts, await this.data.repo(AccountRoleEntity).find());
  }

  async view(id: string): Promise<AccountView> {
    const account = await this.data.repo(AccountEntity).get(id);
    const [view] = await this.withRoles([account], await this.data.repo(AccountRoleEntity).findBy({ accountId: id }));
    return view;
  }

  private async withRoles(accounts: AccountEntity[], links: AccountRoleEntity[]): Promise<AccountView[]> {
    const roleIds = [...new Set(links.map((l) => l.roleId))];
    const roles = new Map((roleIds.length ? await this.data.repo(RoleEntity).findBy({ id: In(roleIds) }) : []).map((r) => [r.id, r.key]));
    return accounts.map((a) => ({
      id: a.id, email: a.email, personId: a.personId, disabled: a.disabled,
      roles: links.filter((l) => l.accountId === a.id).map((l) => roles.get(l.roleId)).filter((k): k is string => Boolean(k)).sort(),
    }));
  }

  async create(input: { email: string; password: string; personId?: string | null; roles: string[] }): Promise<AccountView> {
    const passwordHash = await hashPassword(input.password);
    const email = input.email.trim().toLowerCase();
    const taken = () => new ConflictError(msg`input.email: an account with email ${email} already exists`, 'input.email');
    const accounts = this.data.repo(AccountEntity);
    const id = await this.data.transaction(async () => {
      if (await accounts.findOneBy({ email })) throw taken();
      if (input.personId) {
        // Locked until commit: two accounts for one person cannot be created side by side.
        await this.data.repo(PersonEntity).get(input.personId).catch((error: unknown) => {
          throw error instanceof NotFoundError ? new UserInputError('input.personId', msg`no person with id ${input.personId}`) : error;
        });
        const holder = await accounts.findOneBy({ personId: input.personId });
        if (holder) throw new ConflictError(msg`input.personId: this person signs in with ${holder.email} already`, 'input.personId');
      }
      const account = await accounts.save(accounts.create({ email, passwordHash, personId: input.personId ?? null, disabled: false }));
      await this.assign(account.id, input.roles, 'input.roles');
      return account.id;
    }).catch((error: unknown) => {
      // A parallel creation of the same email passed the check too: the unique index refused this one.
      if (isUniqueViolation(error)) throw taken();
      throw error;
    });
    return this.view(id);
  }

  /** Replaces the account's roles with `roleKeys`. */
  async setRoles(accountId: string, roleKeys: string[]): Promise<AccountView> {
    await this.data.transaction(async () => {
      await this.data.repo(AccountEntity).get(accountId);
      this.signIns.invalidateAfterCommit(this.data, RequestContexts.tenantId());
      await this.data.repo(AccountRoleEntity).deleteBy({ accountId });
      await this.assign(accountId, roleKeys, 'roles');
    });
    return this.view(accountId);
  }

  /** `setDisabled` from the console: nobody disables the account they are signed in with. */
  async changeDisabled(accountId: string, disabled: boolean): Promise<void> {
    if (disabled && accountId === RequestContexts.current()?.accountId) throw new ConflictError(msg`accountId: you cannot disable the account you are signed in with`, 'accountId');
    await this.setDisabled(accountId, disabled);
  }

  /**
   * Disables an account (it can no longer sign in, its refresh tokens are revoked and its sessions
   * end with the sign-in cache) or enables it again. Call inside a transaction: the row stays
   * locked until commit, so a concurrent change of the same account waits.
   */
  async setDisabled(accountId: string, disabled: boolean): Promise<void> {
    const accounts = this.data.repo(AccountEntity);
    const row = await accounts.get(accountId);
    row.disabled = disabled;
    await accounts.save(row);
    const tenantId = RequestContexts.tenantId();
    if (disabled) await this.data.write(() => this.data.manager.update(RefreshTokenEntity, { tenantId, accountId, revokedAt: IsNull() }, { revokedAt: nowIso() }));
    this.signIns.invalidateAfterCommit(this.data, tenantId);
  }

  private async assign(accountId: string, roleKeys: string[], field: string): Promise<void> {
    const roles = roleKeys.length ? await this.data.repo(RoleEntity).findBy({ key: In(roleKeys) }) : [];
    const unknown = roleKeys.filter((k) => !roles.some((r) => r.key === k));
    if (unknown.length) throw new UserInputError(field, msg`unknown role ${unknown.join(', ')}`);
    const links = this.data.repo(AccountRoleEntity);
    await links.saveMany(roles.map((r) => links.create({ accountId, roleId: r.id })));
  }
}
