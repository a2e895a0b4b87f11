import { DataSource, Table, type MigrationInterface } from 'typeorm';
import { withAdvisoryLock } from './advisory-lock.js';

export interface MigrationSet {
  /** 'core' or a plugin id. */
  owner: string;
  migrations: Array<new () => MigrationInterface>;
}

export interface MigrationReport {
  applied: string[];
  skipped: number;
}

const TABLE = 'cadre_migrations';

/**
 * Runs each owner's migrations in the order given (core first, then plugins in dependency
 * order), each in its own transaction, recording it so a second run does nothing. Processes
 * starting together take turns (an advisory lock on PostgreSQL): the second finds it all done.
 */
export function runMigrations(dataSource: DataSource, sets: MigrationSet[], log: (line: string) => void = () => {}): Promise<MigrationReport> {
  return withAdvisoryLock(dataSource, 'migrations', () => migrate(dataSource, sets, log));
}

async function migrate(dataSource: DataSource, sets: MigrationSet[], log: (line: string) => void): Promise<MigrationReport> {
  const runner = dataSource.createQueryRunner();
  const report: MigrationReport = { applied: [], skipped: 0 };
  try {
    if (!(await runner.hasTable(TABLE))) {
      await runner.createTable(
        new Table({
          name: TABLE,
          columns: [
            { name: 'owner', type: 'varchar', length: '100', isPrimary: true },
            { name: 'name', type: 'varchar', length: '200', isPrimary: true },
            { name: 'appliedAt', type: 'varchar', length: '30' },
          ],
        }),
        true,
      );
    }
    const rows: Array<{ owner: string; name: string }> = await runner.manager.createQueryBuilder().select(['m.owner AS owner', 'm.name AS name']).from(TABLE, 'm').getRawMany();
    const done = new Set(rows.map((r) => `${r.owner}/${r.name}`));
    for (const set of sets) {
      for (const Migration of set.migrations) {
        const migration = new Migration();
        const name = migration.name ?? Migration.name;
        const key = `${set.owner}/${name}`;
        if (done.has(key)) {
          report.skipped++;
          continue;
        }
        await runner.startTransaction();
        try {
          await migration.up(runner);
          await runner.manager.createQueryBuilder().insert().into(TABLE).values({ owner: set.owner, name, appliedAt: new Date().toISOString() }).execute();
          await runner.commitTransaction();
        } catch (error) {
          await runner.rollbackTransaction();
          throw new Error(`Migration ${key} failed: ${(error as Error).message}`, { cause: error });
        }
        report.applied.push(key);
        log(`migrated ${key}`);
      }
    }
  } finally {
    await runner.release();
  }
  return report;
}
