import { Injectable } from '@nestjs/common';
import { AccountRoleEntity } from '../access/account-role.entity.js';
import { BUILT_IN_ROLES } from '../access/permission.js';
import { RoleEntity } from '../access/role.entity.js';
import { AccountEntity } from '../auth/account.entity.js';
import { checkPasswordStrength, hashPassword } from '../auth/password.js';
import { DataService } from '../database/data.service.js';
import { ConflictError, UserInputError } from '../graphql/errors.js';
import { TenantRecord } from './tenant.entity.js';
import { msg } from '../i18n/msg.js';

const ROLE_NAMES: Record<string, string> = { owner: 'Owner', admin: 'Admin', hr: 'HR', recruiter: 'Recruiter', manager: 'Manager', employee: 'Employee' };

@Injectable()
export class TenantService {
  constructor(private readonly data: DataService) {}

  async create(slug: string, name: string, owner: { email: string; password: string }): Promise<{ tenant: TenantRecord; ownerAccountId: string }> {
    if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(slug)) throw new UserInputError('slug', 'must be 2–63 lower-case letters, digits or dashes');
    if (!/^[^@\s]+@[^@\s]+$/.test(owner.email)) throw new UserInputError('ownerEmail', 'must be an email address');
    const weak = checkPasswordStrength(owner.password, 'ownerPassword');
    if (weak) throw new UserInputError('ownerPassword', weak.replace(/^ownerPassword /, ''));
    const passwordHash = await hashPassword(owner.password);
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
      return { tenant, ownerAccountId: account.id };
    });
  }

  findBySlug(slug: string): Promise<TenantRecord | null> {
    return this.data.manager.findOneBy(TenantRecord, { slug });
  }

  get(id: string): Promise<TenantRecord | null> {
    return this.data.manager.findOneBy(TenantRecord, { id });
  }
}
