import type { INestApplicationContext } from '@nestjs/common';
import { AccountEntity } from '../auth/account.entity.js';
import { AccountService } from '../auth/account.service.js';
import { RequestContexts } from '../context/request-context.js';
import { withAdvisoryLock } from '../database/advisory-lock.js';
import { DataService } from '../database/data.service.js';
import { PERMISSION_REGISTRY } from '../app/tokens.js';
import type { PermissionRegistry } from '../access/permission-registry.js';
import { PersonEntity } from '../people/person.entity.js';
import type { PluginDefinition } from '../plugins/plugin-definition.js';
import { TenantService } from '../tenancy/tenant.service.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PEOPLE } from './demo-people.js';

export const DEMO_TENANT = 'demo';

/**
 * Seeds the demo tenant (people, accounts) and then each enabled plugin's demo data, in
 * dependency order. Does nothing when the demo tenant exists already.
 */
export async function seedDemo(app: INestApplicationContext, plugins: PluginDefinition[], log: (line: string) => void = () => {}): Promise<boolean> {
  const data = app.get(DataService);
  // Servers starting together take turns: the second finds the demo tenant and does nothing.
  return withAdvisoryLock(data.dataSource, 'seed', () => seed(app, plugins, log));
}

/** All of it in one transaction: a crash half-way leaves no half-seeded tenant that the next start would skip. */
async function seed(app: INestApplicationContext, plugins: PluginDefinition[], log: (line: string) => void): Promise<boolean> {
  const tenants = app.get(TenantService);
  if (await tenants.findBySlug(DEMO_TENANT)) return false;
  const data = app.get(DataService);
  return data.transaction(() => seedTenant(app, plugins, log));
}

async function seedTenant(app: INestApplicationContext, plugins: PluginDefinition[], log: (line: string) => void): Promise<boolean> {
  const tenants = app.get(TenantService);
  const data = app.get(DataService);
  const owner = DEMO_ACCOUNTS[0];
  const { tenant, ownerAccountId } = await tenants.create(DEMO_TENANT, 'Demo AI Lab', { email: owner.email, password: DEMO_PASSWORD });
  const registry = app.get<PermissionRegistry>(PERMISSION_REGISTRY);
  const ctx = RequestContexts.system(tenant.id, registry.all().map((p) => p.id));

  await RequestContexts.run(ctx, async () => {
    const idByKey = new Map<string, string>();
    await data.transaction(async () => {
      const people = data.repo(PersonEntity);
      const created = DEMO_PEOPLE.map((p) =>
        people.create({
          name: p.name, email: p.email, title: p.title, level: p.level, track: p.track, managerId: null, orgUnitId: null,
          location: p.location, hireDate: p.hired, status: 'active', compBase: p.base * 100, compCurrency: 'CNY',
        }),
      );
      await people.saveMany(created);
      created.forEach((entity, i) => idByKey.set(DEMO_PEOPLE[i].key, entity.id));
      for (const [i, entity] of created.entries()) entity.managerId = DEMO_PEOPLE[i].manager ? idByKey.get(DEMO_PEOPLE[i].manager!)! : null;
      await people.saveMany(created);

      const ownerAccount = await data.repo(AccountEntity).get(ownerAccountId);
      ownerAccount.personId = idByKey.get(owner.person)!;
      await data.repo(AccountEntity).save(ownerAccount);
    });
    const accounts = app.get(AccountService);
    for (const account of DEMO_ACCOUNTS.slice(1)) {
      await accounts.create({ email: account.email, password: DEMO_PASSWORD, personId: idByKey.get(account.person)!, roles: [...account.roles] });
    }
    log(`seeded demo tenant with ${DEMO_PEOPLE.length} people`);

    for (const plugin of plugins) {
      if (!plugin.seed) continue;
      await data.transaction(() => plugin.seed!({ tenantId: tenant.id, get: (token) => app.get(token, { strict: false }), log }));
      log(`seeded ${plugin.id}`);
    }
  });
  return true;
}
