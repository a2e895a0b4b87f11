import { consoleFiles } from './console-template.js';

// The files of a new plugin package. The package stands alone (its tsconfig does not extend
// the repo's) so a third party can copy it out; inside the repo it joins the workspace.
export interface TemplateNames {
  id: string;
  /** camelCase, e.g. 'okrGoals'. */
  camel: string;
  /** PascalCase, e.g. 'OkrGoals'. */
  pascal: string;
  /** snake_case table prefix, e.g. 'okr_goals'. */
  snake: string;
}

export function templateNames(id: string): TemplateNames {
  const parts = id.split('-');
  const pascal = parts.map((p) => p[0].toUpperCase() + p.slice(1)).join('');
  return { id, pascal, camel: pascal[0].toLowerCase() + pascal.slice(1), snake: parts.join('_') };
}

/**
 * In the workspace the package is `@cadre/plugin-<id>` on `workspace:*`; standalone (outside the
 * repository, published by a third party) it is `cadre-plugin-<id>` and takes the host's SDK as a
 * peer, so an installed plugin always runs against the deployment's own copy.
 */
function sdkDependencies(standalone: boolean, sdkVersion: string) {
  return standalone
    ? { peerDependencies: { '@cadre/sdk': `^${sdkVersion}` }, devDependencies: { '@cadre/sdk': `^${sdkVersion}`, ...TOOLCHAIN } }
    : { dependencies: { '@cadre/sdk': 'workspace:*' }, devDependencies: TOOLCHAIN };
}

// The console's own versions: the console part is type-checked against what it is compiled with.
const TOOLCHAIN = { typescript: '6.0.3', vitest: '4.1.12', react: '19.3.1', '@types/react': '19.3.3', antd: '6.6.8', '@ant-design/icons': '6.3.4' };

export function pluginFiles(n: TemplateNames, sdkVersion: string, stamp: string, standalone = false): Record<string, string> {
  return {
    ...consoleFiles(n),
    'package.json': `${JSON.stringify(
      {
        name: standalone ? `cadre-plugin-${n.id}` : `@cadre/plugin-${n.id}`,
        version: '0.1.0',
        ...(standalone ? {} : { private: true }),
        type: 'module',
        exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' }, './console': { types: './src/console/index.ts', default: './src/console/index.ts' } },
        files: ['dist', 'src/console'],
        // The console part ships as source for the console's Vite build; the build checks its types first.
        scripts: { build: 'tsc -p tsconfig.build.json && tsc -p tsconfig.console.json', test: 'vitest run' },
        ...sdkDependencies(standalone, sdkVersion),
      },
      null,
      2,
    )}\n`,
    'tsconfig.json': `${JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2023', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, experimentalDecorators: true, emitDecoratorMetadata: true,
          useDefineForClassFields: false, strictPropertyInitialization: false, skipLibCheck: true, declaration: true, outDir: 'dist', rootDir: 'src', types: ['node'],
        },
        include: ['src', 'e2e'],
        // The console part runs in the browser: tsconfig.console.json checks it (cadre console build compiles it).
        exclude: ['src/console'],
      },
      null,
      2,
    )}\n`,
    'tsconfig.console.json': `${JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2023', module: 'ESNext', moduleResolution: 'Bundler', jsx: 'react-jsx', lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          strict: true, skipLibCheck: true, noEmit: true, types: [],
        },
        include: ['src/console'],
      },
      null,
      2,
    )}\n`,
    'tsconfig.build.json': `${JSON.stringify({ extends: './tsconfig.json', include: ['src'] }, null, 2)}\n`,
    'vitest.config.ts': `import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['e2e/**/*.e2e.spec.ts'], testTimeout: 30_000, hookTimeout: 60_000 } });
`,
    'src/index.ts': `import { definePlugin } from '@cadre/sdk';
import { ${n.pascal}ItemEntity } from './${n.id}-item.entity.js';
import { ${n.pascal}ItemResolver } from './${n.id}-item.resolver.js';
import { ${n.pascal}ItemService } from './${n.id}-item.service.js';
import { Create${n.pascal}Items${stamp} } from './migrations/${stamp}-create-${n.id}-items.migration.js';

/** Everything the ${n.id} plugin contributes, in one declaration. */
export const ${n.camel}Plugin = definePlugin({
  id: '${n.id}',
  version: '0.1.0',
  sdk: '^${sdkVersion}',
  description: 'The ${n.id} plugin',
  entities: [${n.pascal}ItemEntity],
  migrations: [Create${n.pascal}Items${stamp}],
  providers: [${n.pascal}ItemService],
  resolvers: [${n.pascal}ItemResolver],
  permissions: [
    { id: '${n.id}.items.read', description: 'See ${n.id} items', defaultRoles: ['admin', 'hr', 'manager', 'employee'] },
    { id: '${n.id}.items.write', description: 'Create ${n.id} items', defaultRoles: ['admin', 'hr'] },
  ],
});
`,
    [`src/${n.id}-item.entity.ts`]: `import { TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

@Entity('${n.snake}_items')
export class ${n.pascal}ItemEntity extends TenantEntity {
  @Column({ type: 'varchar', length: 200 })
  title: string;
}
`,
    [`src/migrations/${stamp}-create-${n.id}-items.migration.ts`]: `import { col, tenantTable } from '@cadre/sdk';
import type { MigrationInterface, QueryRunner } from '@cadre/sdk/orm';

/** Portable: the same migration runs on SQLite and PostgreSQL. */
export class Create${n.pascal}Items${stamp} implements MigrationInterface {
  name = '${stamp}-create-${n.id}-items';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(tenantTable('${n.snake}_items', [col.string('title', 200)]));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('${n.snake}_items');
  }
}
`,
    [`src/${n.id}-item.types.ts`]: `import { Field, ID, InputType, ObjectType } from '@cadre/sdk/graphql';
import { Length } from '@cadre/sdk/validation';

@ObjectType('${n.pascal}Item')
export class ${n.pascal}ItemType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  createdAt: string;
}

@InputType()
export class Create${n.pascal}ItemInput {
  @Field()
  @Length(1, 200, { message: 'must have 1 to 200 characters' })
  title: string;
}
`,
    [`src/${n.id}-item.service.ts`]: `import { DataService } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { ${n.pascal}ItemEntity } from './${n.id}-item.entity.js';

@Injectable()
export class ${n.pascal}ItemService {
  constructor(private readonly data: DataService) {}

  list(): Promise<${n.pascal}ItemEntity[]> {
    return this.data.repo(${n.pascal}ItemEntity).find({ order: { createdAt: 'ASC' } });
  }

  async create(title: string): Promise<${n.pascal}ItemEntity> {
    const items = this.data.repo(${n.pascal}ItemEntity);
    return items.save(items.create({ title }));
  }
}
`,
    [`src/${n.id}-item.resolver.ts`]: `import { RequirePermission } from '@cadre/sdk';
import { Args, Mutation, Query, Resolver } from '@cadre/sdk/graphql';
import type { ${n.pascal}ItemEntity } from './${n.id}-item.entity.js';
import { ${n.pascal}ItemService } from './${n.id}-item.service.js';
import { Create${n.pascal}ItemInput, ${n.pascal}ItemType } from './${n.id}-item.types.js';

const toType = (e: ${n.pascal}ItemEntity): ${n.pascal}ItemType => ({ id: e.id, title: e.title, createdAt: e.createdAt });

@Resolver(() => ${n.pascal}ItemType)
export class ${n.pascal}ItemResolver {
  constructor(private readonly items: ${n.pascal}ItemService) {}

  @Query(() => [${n.pascal}ItemType])
  @RequirePermission('${n.id}.items.read')
  async ${n.camel}Items(): Promise<${n.pascal}ItemType[]> {
    return (await this.items.list()).map(toType);
  }

  @Mutation(() => ${n.pascal}ItemType)
  @RequirePermission('${n.id}.items.write')
  async create${n.pascal}Item(@Args('input') input: Create${n.pascal}ItemInput): Promise<${n.pascal}ItemType> {
    return toType(await this.items.create(input.title));
  }
}
`,
    [`e2e/${n.id}.e2e.spec.ts`]: `import { createTestServer, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ${n.camel}Plugin } from '../src/index.js';

describe('${n.id} plugin', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [${n.camel}Plugin] });
  });
  afterAll(() => server?.close());

  it('lets hr create an item that employees can read', async () => {
    const hr = await server.loginAs('hr');
    const created = await hr.data('mutation { create${n.pascal}Item(input: { title: "First" }) { id title } }');
    expect(created.create${n.pascal}Item.title).toBe('First');
    const employee = await server.loginAs('employee');
    const list = await employee.data('{ ${n.camel}Items { id title } }');
    expect(list.${n.camel}Items.map((i: { title: string }) => i.title)).toEqual(['First']);
  });

  it('refuses employees a write and names the bad field', async () => {
    const employee = await server.loginAs('employee');
    const denied = await employee.request('mutation { create${n.pascal}Item(input: { title: "x" }) { id } }');
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const hr = await server.loginAs('hr');
    const bad = await hr.request('mutation { create${n.pascal}Item(input: { title: "" }) { id } }');
    expect(bad.errors?.[0].extensions?.field).toBe('input.title');
  });

  it('keeps tenants apart', async () => {
    const other = await server.createTenant('other-${n.id}');
    const list = await other.data('{ ${n.camel}Items { id } }');
    expect(list.${n.camel}Items).toEqual([]);
  });
});
`,
  };
}
