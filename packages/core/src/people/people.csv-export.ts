import { defineCsvExport } from '../exports/csv-export.js';

/**
 * People, in the import's columns (so an export edited in a spreadsheet imports again); pay and
 * departure reasons only where the caller may see them — for anyone else the cells are empty, as in the API.
 */
export const peopleCsvExport = defineCsvExport({
  id: 'people.people',
  permission: 'people.read',
  query: `query ExportPeople($filter: PeopleFilter, $first: Int!, $after: String) {
    people(filter: $filter, first: $first, after: $after) {
      nodes { name email title level track manager { email } orgUnitId location hireDate status leaveDate departure { type regretted reason } compensation { base currency } }
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
    { header: 'leave_date', value: (p) => p.leaveDate },
    { header: 'leave_type', value: (p) => p.departure?.type },
    { header: 'leave_regretted', value: (p) => (p.departure ? String(p.departure.regretted) : undefined) },
    { header: 'leave_reason', value: (p) => p.departure?.reason },
    { header: 'comp_base', value: (p) => p.compensation?.base },
    { header: 'comp_currency', value: (p) => p.compensation?.currency },
  ],
});
