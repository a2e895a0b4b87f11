import { Table, TableIndex, TableUnique, type TableColumnOptions } from 'typeorm';

// Portable column shapes for migrations: the same types exist on SQLite and PostgreSQL.
export const col = {
  id: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isNullable: nullable }),
  string: (name: string, length = 255, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: nullable }),
  text: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable }),
  int: (name: string, nullable = false, defaultValue?: number): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable, default: defaultValue }),
  money: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'bigint', isNullable: nullable }),
  float: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'double precision', isNullable: nullable }),
  bool: (name: string, defaultValue = false): TableColumnOptions => ({ name, type: 'boolean', isNullable: false, default: defaultValue }),
  timestamp: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '30', isNullable: nullable }),
  date: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '10', isNullable: nullable }),
  json: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable }),
};

export interface TenantTableOptions {
  indices?: string[][];
  uniques?: string[][];
}

/** A tenant-owned table: id, tenantId, createdAt, updatedAt plus the given columns. */
export function tenantTable(name: string, columns: TableColumnOptions[], options: TenantTableOptions = {}): Table {
  return new Table({
    name,
    columns: [
      { name: 'id', type: 'varchar', length: '36', isPrimary: true },
      col.id('tenantId'),
      ...columns,
      col.timestamp('createdAt'),
      col.timestamp('updatedAt'),
    ],
    indices: [[ 'tenantId' ], ...(options.indices ?? [])].map(
      (cols) => new TableIndex({ name: `idx_${name}_${cols.join('_')}`, columnNames: cols }),
    ),
    uniques: (options.uniques ?? []).map((cols) => new TableUnique({ name: `uq_${name}_${cols.join('_')}`, columnNames: cols })),
  });
}
