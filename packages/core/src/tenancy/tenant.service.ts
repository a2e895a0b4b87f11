import { Injectable } from '@nestjs/common';
import { AccountRoleEntity } from '../access/account-role.entity.js';
import { BUILT_IN_ROLES } from '../access/permission.js';
import { RoleEntity } from '../access/role.entity.js';
import { AccountEntity } from '../auth/account.entity.js';
import { checkPasswordStrength, hashPassword } from '../auth/password.js';
import { DataService } from '../database/data.service.js';
import { isUniqueViolation } from '../database/db-errors.js';
import { ConflictError, UserInputError } from '../graphql/errors.js';
import { TenantRecord } from './tenant.entity.js';
import { msg } from '../i18n/msg.js';

const ROLE_NAMES: Record<string, string> = { owner: 'Owner', admin: 'Admin', hr: 'HR', recruiter: 'Recruiter', manager: 'Manager', employee: 'Employee' };

@Injectable()
export class TenantService {
  constructor(private readonly data: DataService) {}

  /** `afterCreate` runs in the creating transaction (the caller's audit entry commits with the tenant). */
  async create(
    slug: string,
    name: string,
    owner: { email: string; password: string },
    afterCreate?: (tenant: TenantRecord) => Promise<void>,
  ): Promise<{ tenant: TenantRecord; ownerAccountId: string }> {
    if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(slug)) throw new UserInputError('slug', 'must be 2–63 lower-case letters, digits or dashes');
    if (!/^[^@\s]+@[^@\s]+$/.test(owner.email)) throw new UserInputError('ownerEmail', 'must be an email address');
    const weak = checkPasswordStrength(owner.password, 'ownerPassword');
    if (weak) throw new UserInputError('ownerPassword', weak.replace(/^ownerPassword /, ''));
    if (!name.trim() || name.length > 200) throw new UserInputError('name', 'must be 1–200 characters');
    const passwordHash = await hashPassword(owner.password);
    // Two creations of one slug can both pass the check below; the unique index stops the second.
    return this.data.transaction(async (manager) => {
      if (await manager.findOneBy(TenantRecord, { slug })) throw new ConflictError(msg`A tenant with slug "${slug}" already exists`, 'slug');
      const tenant = await manager.save(manager.create(TenantRecord, { slug, name }));
      const roles = this.data.repo(RoleEntity, tenant.id);
      const saved = await roles.saveMany(BUILT_IN_ROLES.map((key) => roles.create({ key, name: ROLE_NAMES[key], builtIn: true, permissions: [], description: '' })));
      const accounts = this.data.repo(AccountEntity, tenant.id);
      const account = await accounts.save(accounts.create({ email: owner.email.toLowerCase(), passwordHash, personId: null, disabled: false }));
      const ownerRole = saved.find((r) => r.key === 'owner')!;
      const links = this.data.repo(AccountRoleEntity, tenant.id);
      await links.save(links.create({ accountId: account.id, roleId: ownerRole.id }));
      await afterCreate?.(tenant);
      return { tenant, ownerAccountId: account.id };
    }).catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new ConflictError(msg`A tenant with slug "${slug}" already exists`, 'slug');
      throw error;
    });
  }

  /** Every tenant, oldest first. */
  list(): Promise<TenantRecord[]> {
    return this.data.manager.find(TenantRecord, { order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findBySlug(slug: string): Promise<TenantRecord | null> {
    return this.data.manager.findOneBy(TenantRecord, { slug });
  }

  get(id: string): Promise<TenantRecord | null> {
    return this.data.manager.findOneBy(TenantRecord, { id });
  }
}
