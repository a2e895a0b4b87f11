import { graphql } from '../../gql';

export const HeadcountByStatusDocument = graphql(`
  query HeadcountByStatus {
    headcount { total byStatus { key count } }
  }
`);

export const HeadcountByLevelDocument = graphql(`
  query HeadcountByLevel {
    headcount { byLevel { key count } }
  }
`);

export const RecentAuditDocument = graphql(`
  query RecentAudit {
    auditLog(first: 8) {
      nodes { id at operation actorEmail targetType }
    }
  }
`);
