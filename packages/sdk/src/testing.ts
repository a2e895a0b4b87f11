// The test kit: boots the real server (fresh SQLite per call, or PostgreSQL when DATABASE_URL
// is set) with a typed GraphQL client and demo-role logins.
export { createTestServer, GraphQLClient, probeOperations, pageQuery, walkPages, idsOnce, byKeyThenId, expectSortsAgree, expectBadArgsNamed, type ProbedOperation, type TestServer, type TestServerOptions, type DemoRole, type GraphQLResult, type GraphQLErrorEntry, type TypedDocument, type FinishedJob } from '@cadre/core/testing';
