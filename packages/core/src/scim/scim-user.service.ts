import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AccountEntity } from '../auth/account.entity.js';
import { AccountService } from '../auth/account.service.js';
import { AuditService } from '../audit/audit.service.js';
import { DataService } from '../database/data.service.js';
import { PeopleService } from '../people/people.service.js';
import { PersonEntity } from '../people/person.entity.js';
import { ScimError } from './scim-error.js';

export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';

/** What a provisioner sends for a user (RFC 7643 §4.1; the attributes Cadre keeps). */
export interface ScimUserInput {
  userName?: string;
  name?: { givenName?: string; familyName?: string; formatted?: string };
  displayName?: string;
  title?: string;
  emails?: Array<{ value?: string; primary?: boolean }>;
  active?: boolean;
}

export interface ScimUser {
  schemas: string[];
  id: string;
  userName: string;
  name: { formatted: string; givenName: string; familyName: string };
  displayName: string;
  title: string;
  emails: Array<{ value: string; primary: boolean; type: string }>;
  active: boolean;
  meta: { resourceType: 'User'; created: string; lastModified: string; location: string };
}

/**
 * SCIM users are accounts with their person: userName is the email; deactivating sets the person
 * to left (terminated), disables the account and ends its sign-ins — nothing is ever deleted.
 */
@Injectable()
export class ScimUserService {
  constructor(
    private readonly data: DataService,
    private readonly accounts: AccountService,
    private readonly people: PeopleService,
    private readonly audit: AuditService,
  ) {}

  async list(filter: string | undefined, startIndex: number, count: number): Promise<{ total: number; resources: ScimUser[] }> {
    let where: { email?: string } = {};
    if (filter) {
      const match = /^\s*userName\s+eq\s+"([^"]*)"\s*$/i.exec(filter);
      if (!match) throw new ScimError(400, 'invalidFilter', 'Only the filter userName eq "<value>" is supported');
      where = { email: match[1].trim().toLowerCase() };
    }
    const repo = this.data.repo(AccountEntity);
    const [rows, total] = await Promise.all([repo.find({ where, order: { createdAt: 'ASC' }, skip: startIndex - 1, take: count }), repo.count(where)]);
    return { total, resources: await Promise.all(rows.map((a) => this.view(a))) };
  }

  async get(id: string): Promise<ScimUser> {
    return this.view(await this.account(id));
  }

  async create(input: ScimUserInput): Promise<ScimUser> {
    const email = emailOf(input);
    if (await this.data.repo(AccountEntity).findOneBy({ email })) throw new ScimError(409, 'uniqueness', `A user with userName ${email} already exists`);
    const id = await this.data.transaction(async () => {
      const existing = await this.data.repo(PersonEntity).findOneBy({ email });
      const person = existing ?? (await this.people.create({ name: nameOf(input, email), email, title: input.title ?? '', status: input.active === false ? 'terminated' : 'active' }));
      // Provisioned people sign in through the identity provider: the password is random and never told.
      const account = await this.accounts.create({ email, password: randomBytes(24).toString('base64url'), personId: person.id, roles: ['employee'] });
      if (input.active === false) await this.setActive(account, false);
      await this.audit.record({ operation: 'scimCreateUser', targetType: 'Account', targetId: account.id, after: { userName: email, active: input.active !== false } });
      return account.id;
    });
    return this.get(id);
  }

  /** PUT: the sent attributes replace the kept ones (name, title, active). */
  async replace(id: string, input: ScimUserInput): Promise<ScimUser> {
    await this.data.transaction(async () => {
      const account = await this.account(id);
      if (account.personId) {
        const email = input.userName || input.emails?.length ? emailOf(input) : undefined;
        if (email && email !== account.email) throw new ScimError(400, 'mutability', 'userName (the email) cannot be changed through SCIM');
        await this.people.update(account.personId, { name: nameOf(input, account.email), ...(input.title !== undefined ? { title: input.title } : {}) });
      }
      if (input.active !== undefined) await this.setActive(account, input.active);
      await this.audit.record({ operation: 'scimReplaceUser', targetType: 'Account', targetId: id, after: { active: input.active } });
    });
    return this.get(id);
  }

  /** PATCH: the operations Okta and Azure AD send (replace active, name, title; with or without a path). */
  async patch(id: string, operations: Array<{ op?: string; path?: string; value?: unknown }>): Promise<ScimUser> {
    if (!Array.isArray(operations) || !operations.length) throw new ScimError(400, 'invalidSyntax', 'Operations must be a non-empty list');
    const changes: ScimUserInput = {};
    for (const operation of operations) {
      const op = String(operation.op ?? '').toLowerCase();
      if (op !== 'replace' && op !== 'add') throw new ScimError(400, 'invalidValue', `Unsupported operation "${operation.op}" (replace and add are)`);
      const values = operation.path ? { [operation.path]: operation.value } : ((operation.value ?? {}) as Record<string, unknown>);
      for (const [path, value] of Object.entries(values)) {
        if (path === 'active') changes.active = value === true || value === 'True' || value === 'true';
        else if (path === 'title') changes.title = String(value);
        else if (path === 'displayName') changes.displayName = String(value);
        else if (path === 'name.givenName' || path === 'name.familyName') changes.name = { ...changes.name, [path.slice(5)]: String(value) };
        else if (path === 'name') changes.name = value as ScimUserInput['name'];
        else if (path === 'externalId' || path === 'userName') continue;
        else throw new ScimError(400, 'invalidPath', `Cadre does not keep "${path}"`);
      }
    }
    await this.data.transaction(async () => {
      const account = await this.account(id);
      if (account.personId && (changes.name || changes.displayName || changes.title !== undefined)) {
        const person = await this.data.repo(PersonEntity).read(account.personId);
        const [given, ...family] = person.name.split(' ');
        const name = changes.displayName ?? (changes.name ? [changes.name.givenName ?? given, changes.name.familyName ?? family.join(' ')].filter(Boolean).join(' ') : undefined);
        await this.people.update(account.personId, { ...(name ? { name } : {}), ...(changes.title !== undefined ? { title: changes.title } : {}) });
      }
      if (changes.active !== undefined) await this.setActive(account, changes.active);
      await this.audit.record({ operation: 'scimPatchUser', targetType: 'Account', targetId: id, after: { ...changes } });
    });
    return this.get(id);
  }

  /** DELETE: deactivation (the person and their history stay). */
  async remove(id: string): Promise<void> {
    await this.data.transaction(async () => {
      await this.setActive(await this.account(id), false);
      await this.audit.record({ operation: 'scimDeactivateUser', targetType: 'Account', targetId: id });
    });
  }

  private async setActive(account: { id: string; personId: string | null }, active: boolean): Promise<void> {
    await this.accounts.setDisabled(account.id, !active);
    if (account.personId) await this.people.update(account.personId, { status: active ? 'active' : 'terminated' });
  }

  private async account(id: string): Promise<AccountEntity> {
    const account = await this.data.repo(AccountEntity).findOneBy({ id });
    if (!account) throw new ScimError(404, undefined, `User ${id} not found`);
    return account;
  }

  private async view(account: AccountEntity): Promise<ScimUser> {
    const person = account.personId ? await this.data.repo(PersonEntity).findOneBy({ id: account.personId }) : null;
    const formatted = person?.name ?? account.email;
    const [givenName, ...rest] = formatted.split(' ');
    return {
      schemas: [USER_SCHEMA], id: account.id, userName: account.email,
      name: { formatted, givenName: givenName ?? '', familyName: rest.join(' ') }, displayName: formatted, title: person?.title ?? '',
      emails: [{ value: account.email, primary: true, type: 'work' }],
      active: !account.disabled && person?.status !== 'terminated',
      meta: { resourceType: 'User', created: account.createdAt, lastModified: account.updatedAt, location: `/scim/v2/Users/${account.id}` },
    };
  }
}

function emailOf(input: ScimUserInput): string {
  const email = (input.userName || input.emails?.find((e) => e.primary)?.value || input.emails?.[0]?.value || '').trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new ScimError(400, 'invalidValue', `userName must be an email address, got "${email}"`);
  return email;
}

function nameOf(input: ScimUserInput, email: string): string {
  return (input.displayName || input.name?.formatted || [input.name?.givenName, input.name?.familyName].filter(Boolean).join(' ') || email).trim().slice(0, 200);
}
