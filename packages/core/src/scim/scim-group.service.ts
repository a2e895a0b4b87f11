import { Injectable } from '@nestjs/common';
import { In, Not } from 'typeorm';
import { AccountRoleEntity } from '../access/account-role.entity.js';
import { RoleEntity } from '../access/role.entity.js';
import { AccountEntity } from '../auth/account.entity.js';
import { SignInCache } from '../auth/sign-in-cache.js';
import { AuditService } from '../audit/audit.service.js';
import { RequestContexts } from '../context/request-context.js';
import { DataService } from '../database/data.service.js';
import { ScimError } from './scim-error.js';

export const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
/** The owner role is never given or taken through SCIM: a provisioning token must not make owners. */
const OWNER = 'owner';

export interface ScimGroup {
  schemas: string[];
  id: string;
  displayName: string;
  members: Array<{ value: string; display: string }>;
  meta: { resourceType: 'Group'; created: string; lastModified: string; location: string };
}

type Operation = { op?: string; path?: string; value?: unknown };

/** SCIM groups are Cadre's roles: membership is the accounts holding the role. */
@Injectable()
export class ScimGroupService {
  constructor(
    private readonly data: DataService,
    private readonly signIns: SignInCache,
    private readonly audit: AuditService,
  ) {}

  async list(filter: string | undefined, startIndex: number, count: number): Promise<{ total: number; resources: ScimGroup[] }> {
    let roles = await this.data.repo(RoleEntity).find({ where: { key: Not(OWNER) }, order: { key: 'ASC' } });
    if (filter) {
      const match = /^\s*displayName\s+eq\s+"([^"]*)"\s*$/i.exec(filter);
      if (!match) throw new ScimError(400, 'invalidFilter', 'Only the filter displayName eq "<value>" is supported');
      roles = roles.filter((r) => r.name === match[1] || r.key === match[1]);
    }
    return { total: roles.length, resources: await Promise.all(roles.slice(startIndex - 1, startIndex - 1 + count).map((r) => this.view(r))) };
  }

  async get(id: string): Promise<ScimGroup> {
    return this.view(await this.role(id));
  }

  /** PATCH members: add, remove (`members[value eq "…"]` or a value list) and replace, as Okta and Azure AD send them. */
  async patch(id: string, operations: Operation[]): Promise<ScimGroup> {
    if (!Array.isArray(operations) || !operations.length) throw new ScimError(400, 'invalidSyntax', 'Operations must be a non-empty list');
    await this.data.transaction(async () => {
      // Locked: provisioners send PATCHes of one group in parallel, and each reads the members first.
      const role = await this.role(id, true);
      const links = this.data.repo(AccountRoleEntity);
      for (const operation of operations) {
        const op = String(operation.op ?? '').toLowerCase();
        const filtered = /^members\[value eq "([^"]+)"\]$/.exec(operation.path ?? '');
        if (!filtered && operation.path !== 'members') {
          if (op === 'replace' && (operation.path === 'displayName' || (operation.value as { displayName?: string })?.displayName)) continue; // names stay Cadre's
          throw new ScimError(400, 'invalidPath', `Cadre changes only a group's members, not "${operation.path ?? '(no path)'}"`);
        }
        const ids = filtered ? [filtered[1]] : ((Array.isArray(operation.value) ? operation.value : []) as Array<{ value?: string }>).map((m) => String(m.value ?? ''));
        await this.requireAccounts(ids);
        if (op === 'replace') await links.deleteBy({ roleId: role.id });
        if (op === 'remove') {
          if (filtered || ids.length) await links.deleteBy({ roleId: role.id, accountId: In(ids) });
          else await links.deleteBy({ roleId: role.id });
          continue;
        }
        if (op !== 'add' && op !== 'replace') throw new ScimError(400, 'invalidValue', `Unsupported operation "${operation.op}"`);
        const held = new Set((await links.findBy({ roleId: role.id })).map((l) => l.accountId));
        await links.saveMany(ids.filter((a) => !held.has(a)).map((accountId) => links.create({ accountId, roleId: role.id })));
      }
      this.signIns.invalidateAfterCommit(this.data, RequestContexts.tenantId());
      await this.audit.record({ operation: 'scimPatchGroup', targetType: 'Role', targetId: role.id, after: { role: role.key, operations } });
    });
    return this.get(id);
  }

  private async requireAccounts(ids: string[]): Promise<void> {
    const found = ids.length ? await this.data.repo(AccountEntity).findBy({ id: In(ids) }) : [];
    const missing = ids.filter((id) => !found.some((a) => a.id === id));
    if (missing.length) throw new ScimError(400, 'invalidValue', `No user ${missing.join(', ')}`);
  }

  private async role(id: string, lock = false): Promise<RoleEntity> {
    const roles = this.data.repo(RoleEntity);
    const role = lock ? await roles.get(id).catch(() => null) : await roles.findOneBy({ id });
    if (!role || role.key === OWNER) throw new ScimError(404, undefined, `Group ${id} not found`);
    return role;
  }

  private async view(role: RoleEntity): Promise<ScimGroup> {
    const links = await this.data.repo(AccountRoleEntity).findBy({ roleId: role.id });
    const accounts = links.length ? await this.data.repo(AccountEntity).findBy({ id: In(links.map((l) => l.accountId)) }) : [];
    return {
      schemas: [GROUP_SCHEMA], id: role.id, displayName: role.name,
      members: accounts.map((a) => ({ value: a.id, display: a.email })).sort((a, b) => a.display.localeCompare(b.display)),
      meta: { resourceType: 'Group', created: role.createdAt, lastModified: role.updatedAt, location: `/scim/v2/Groups/${role.id}` },
    };
  }
}
