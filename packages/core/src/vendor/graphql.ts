// Re-exported so that plugins (through @cadre/sdk) share the core's one copy of each library:
import 'reflect-metadata';
// decorator metadata lives in module-level storages that a second copy would split.
export * from '@nestjs/graphql';
