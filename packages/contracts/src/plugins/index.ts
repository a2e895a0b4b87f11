// Published services and events between plugins (hand-written; the GraphQL types are ./graphql).
export * from './attraction.js';
export * from './development.js';
export * from './incentives.js';
export * from './knowledge.js';
