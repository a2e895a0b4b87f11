import { graphql } from '../../gql';

export const HeadcountByStatusDocument = graphql(`
  query HeadcountByStatus {
    active: people(filter: { status: "active" }, first: 1) { totalCount }
    leave: people(filter: { status: "leave" }, first: 1) { totalCount }
    terminated: people(filter: { status: "terminated" }, first: 1) { totalCount }
  }
`);

export const PeopleLevelsDocument = graphql(`
  query PeopleLevels($after: String) {
    people(first: 200, after: $after) {
      nodes { id level }
      pageInfo { endCursor hasNextPage }
    }
  }
`);

export const RecentAuditDocument = graphql(`
  query RecentAudit {
    auditLog(first: 8) {
      nodes { id at operation actorEmail targetType }
    }
  }
`);
