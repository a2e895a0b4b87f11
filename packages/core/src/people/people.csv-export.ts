import { defineCsvExport } from '../exports/csv-export.js';

/**
 * People, in the import's columns (so an export edited in a spreadsheet imports again); pay only
 * where the caller may see it — for anyone else the cells are empty, as in the API.
 */
export const peopleCsvExport = defineCsvExport({
  id: 'people.people',
  permission: 'people.read',
  query: `query ExportPeople($filter: PeopleFilter, $first: Int!, $after: String) {
    people(filter: $filter, first: $first, after: $after) {
      nodes { name email title level track manager { email } orgUnitId location hireDate status compensation { base currency } }
      pageInfo { hasNextPage endCursor }
    }
  }`,
  list: 'people',
  columns: [
    { header: 'name', value: (p) => p.name },
    { header: 'email', value: (p) => p.email },
    { header: 'title', value: (p) => p.title },
    { header: 'level', value: (p) => p.level },
    { header: 'track', value: (p) => p.track },
    { header: 'manager_email', value: (p) => p.manager?.email },
    { header: 'org_unit_id', value: (p) => p.orgUnitId },
    { header: 'location', value: (p) => p.location },
    { header: 'hire_date', value: (p) => p.hireDate },
    { header: 'status', value: (p) => p.status },
    { header: 'comp_base', value: (p) => p.compensation?.base },
    { header: 'comp_currency', value: (p) => p.compensation?.currency },
  ],
});
