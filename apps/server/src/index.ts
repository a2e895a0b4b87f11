export { FIRST_PARTY_PLUGINS } from './plugins.js';
export { startServer, defaultConsoleDir, type StartOptions } from './server.js';
export { writeSchema } from './emit-schema.js';
