export { createTestServer, type TestServer, type TestServerOptions, type DemoRole } from './test-server.js';
export { GraphQLClient, type FinishedJob, type GraphQLResult, type GraphQLErrorEntry, type TypedDocument } from './graphql-client.js';
export { probeOperations, type ProbedOperation } from './operation-probe.js';
export { pageQuery, walkPages, idsOnce, byKeyThenId, expectSortsAgree, expectBadArgsNamed } from './connection-checks.js';
