import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { CORE_RESOLVERS } from '../app/core-parts.js';
import type { PluginDefinition } from '../plugins/plugin-definition.js';

/** The GraphQL schema of the core plus the given plugins, built without a database or server. */
export async function emitSchema(plugins: PluginDefinition[]): Promise<string> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const factory = app.get(GraphQLSchemaFactory);
  const schema = await factory.create([...CORE_RESOLVERS, ...plugins.flatMap((p) => p.resolvers ?? [])]);
  await app.close();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
