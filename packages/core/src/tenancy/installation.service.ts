import { Inject, Injectable } from '@nestjs/common';
import { CADRE_CONFIG } from '../app/tokens.js';
import { AuditService } from '../audit/audit.service.js';
import { AccountEntity } from '../auth/account.entity.js';
import type { CadreConfig } from '../config/config.js';
import { RequestContexts } from '../context/request-context.js';
import { DataService } from '../database/data.service.js';
import { ForbiddenError } from '../graphql/errors.js';
import { PersonEntity } from '../people/person.entity.js';
import { TenantRecord } from './tenant.entity.js';
import { TenantService } from './tenant.service.js';

export interface TenantSummary {
  id: string;
  slug: string;
  name: string;
  createdAt: string;
  activePeople: number;
  activeAccounts: number;
}

/**
 * The installation's owner: an account with the owner role in the home tenant (CADRE_HOME_TENANT,
 * or the oldest tenant). Only they see and create tenants. API tokens are refused outright: no
 * token scope means "across tenants", and a token leaking must not be able to open new tenants.
 */
@Injectable()
export class InstallationService {
  constructor(
    private readonly data: DataService,
    private readonly tenants: TenantService,
    private readonly audit: AuditService,
    @Inject(CADRE_CONFIG) private readonly config: CadreConfig,
  ) {}

  /** The home tenant; null when CADRE_HOME_TENANT names no tenant (then nobody owns the installation). */
  async homeTenant(): Promise<TenantRecord | null> {
    if (this.config.homeTenant) return this.tenants.findBySlug(this.config.homeTenant);
    const [oldest] = await this.data.manager.find(TenantRecord, { order: { createdAt: 'ASC', id: 'ASC' }, take: 1 });
    return oldest ?? null;
  }

  /** Whether the current signed-in account owns the installation. */
  async isOwner(): Promise<boolean> {
    const ctx = RequestContexts.current();
    if (!ctx?.tenantId || !ctx.accountId || ctx.apiToken || ctx.system || !ctx.roles.includes('owner')) return false;
    const home = await this.homeTenant();
    return home?.id === ctx.tenantId;
  }

  private async requireOwner(): Promise<TenantRecord> {
    if (!(await this.isOwner())) throw new ForbiddenError('Only the owner of the installation (the owner of its home tenant, signed in, not with an API token) may see or create tenants');
    return (await this.homeTenant())!;
  }

  async list(): Promise<TenantSummary[]> {
    await this.requireOwner();
    const tenants = await this.tenants.list();
    const people = await this.countBy(PersonEntity, 'p', 'p.status = :status', { status: 'active' });
    const accounts = await this.countBy(AccountEntity, 'a', 'a.disabled = :disabled', { disabled: false });
    return tenants.map((t) => ({ id: t.id, slug: t.slug, name: t.name, createdAt: t.createdAt, activePeople: people.get(t.id) ?? 0, activeAccounts: accounts.get(t.id) ?? 0 }));
  }

  /** Creates a tenant with its owner; the home tenant's audit log records who did it, in the same transaction. */
  async create(input: { slug: string; name: string; ownerEmail: string; ownerPassword: string }): Promise<TenantSummary> {
    const home = await this.requireOwner();
    const { tenant } = await this.tenants.create(input.slug, input.name, { email: input.ownerEmail, password: input.ownerPassword }, (created) =>
      this.audit.record({ operation: 'createTenant', targetType: 'Tenant', targetId: created.id, after: { slug: created.slug, name: created.name, ownerEmail: input.ownerEmail.toLowerCase() } }, home.id),
    );
    return { id: tenant.id, slug: tenant.slug, name: tenant.name, createdAt: tenant.createdAt, activePeople: 0, activeAccounts: 1 };
  }

  // Deliberately unscoped: counts per tenant across all of them, for the installation owner only.
  private async countBy(entity: typeof PersonEntity | typeof AccountEntity, alias: string, where: string, params: Record<string, unknown>): Promise<Map<string, number>> {
    const rows = await this.data.manager
      .createQueryBuilder(entity, alias)
      .select(`${alias}.tenantId`, 'tenantId')
      .addSelect('COUNT(*)', 'n')
      .where(where, params)
      .groupBy(`${alias}.tenantId`)
      .getRawMany<{ tenantId: string; n: string | number }>();
    return new Map(rows.map((r) => [r.tenantId, Number(r.n)]));
  }
}
