import { Injectable } from '@nestjs/common';
import { Brackets, In, IsNull } from 'typeorm';
import { likeContains } from '../database/like-contains.js';
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
import { keysetPage, type KeysetPage, type KeysetSort, type SortDirection } from '../paging/keyset-page.js';
import type { AccountFilter, AccountSortField } from './account-page.types.js';

export interface AccountView {
  id: string;
  email: string;
  personId: string | null;
  disabled: boolean;
  roles: string[];
  createdAt?: string | null;
}

const SORTS: Record<AccountSortField, Omit<KeysetSort<AccountEntity>, 'direction'>> = {
  EMAIL: { key: 'email', column: 'a.email', value: (a) => a.email },
  CREATED_AT: { key: 'createdAt', column: 'a.createdAt', value: (a) => a.createdAt },
};

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

  /** One page of the tenant's accounts, filtered and sorted in SQL (see keysetPage), with their roles. */
  async page(filter: AccountFilter, sort: { field: AccountSortField; direction: SortDirection }, first: number, after?: string | null): Promise<KeysetPage<AccountView>> {
    const page = await keysetPage(this.filtered(filter), { first, after, sort: { ...SORTS[sort.field], direction: sort.direction }, idColumn: 'a.id' });
    const ids = page.nodes.map((a) => a.id);
    const links = ids.length ? await this.data.repo(AccountRoleEntity).findBy({ accountId: In(ids) }) : [];
    return { ...page, nodes: await this.withRoles(page.nodes, links) };
  }

  /**
   * The tenant's accounts matching the filter, without joins (keysetPage counts with COUNT(*)):
   * the person's name and the role are tested in EXISTS subqueries, each bound to the tenant too.
   */
  private filtered(filter: AccountFilter) {
    const q = this.data.repo(AccountEntity).query('a');
    const search = filter.search?.trim();
    if (search) {
      const term = likeContains(search);
      const named = q.subQuery().select('1').from(PersonEntity, 'sp')
        .where('sp.id = a.personId').andWhere('sp.tenantId = a.tenantId').andWhere("LOWER(sp.name) LIKE :term ESCAPE '\\'").getQuery();
      q.andWhere(new Brackets((b) => b.where("LOWER(a.email) LIKE :term ESCAPE '\\'", { term }).orWhere(`EXISTS ${named}`, { term })));
    }
    if (filter.role) {
      const held = q.subQuery().select('1').from(AccountRoleEntity, 'ar').innerJoin(RoleEntity, 'r', 'r.id = ar.roleId AND r.tenantId = ar.tenantId')
        .where('ar.accountId = a.id').andWhere('ar.tenantId = a.tenantId').andWhere('r.key = :role').getQuery();
      q.andWhere(`EXISTS ${held}`, { role: filter.role });
    }
    return q;
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
      id: a.id, email: a.email, personId: a.personId, disabled: a.disabled, createdAt: a.createdAt,
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
