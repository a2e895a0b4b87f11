#!/usr/bin/env node
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { emitSchema } from '@cadre/core';
import { FIRST_PARTY_PLUGINS } from './plugins.js';

/** Writes the schema of the core and the first-party plugins (or prints it with --stdout). */
export async function writeSchema(target: string): Promise<string> {
  const sdl = await emitSchema(FIRST_PARTY_PLUGINS);
  writeFileSync(target, sdl);
  return sdl;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? resolve(import.meta.dirname, '../../../packages/contracts/schema.graphql');
  await writeSchema(out);
  console.log(`schema written to ${out}`);
}
