import { graphql } from '../gql';

export const AuditLogDocument = graphql(`
  query AuditLog($filter: AuditFilterInput, $first: Int!, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { id at operation actorEmail targetType targetId before after }
    }
  }
`);
