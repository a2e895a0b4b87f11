import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPluginImports } from './check-imports.mjs';

function fixture(files) {
  const dir = mkdtempSync(join(tmpdir(), 'cadre-imports-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe('checkPluginImports', () => {
  it("accepts the SDK, contracts, solver, own files, node built-ins and other plugins' contracts as types", () => {
    const dir = fixture({
      'good/src/index.ts': "import { definePlugin } from '@cadre/sdk';\nimport { Entity } from '@cadre/sdk/orm';\nimport type { Person } from '@cadre/contracts/graphql';\nimport { createHmac } from 'node:crypto';\nimport { x } from './x.js';\n",
      'good/src/console/Page.tsx': "import { Table } from 'antd';\nimport { useState } from 'react';\n",
      'good/e2e/a.e2e.spec.ts': "import { it } from 'vitest';\nimport { createTestServer } from '@cadre/sdk/testing';\nimport { structurePlugin } from '@cadre/plugin-structure';\n",
      'good/package.json': JSON.stringify({ dependencies: { 'sanitize-html': '2.0.0', typeorm: '1.1.1' }, devDependencies: { '@cadre/plugin-structure': '*', '@acme/cadre-plugin-okr': '1.0.0' } }),
      'good/src/render.ts': "import sanitize from 'sanitize-html';\n",
      'good/src/org.service.ts': "import type { StructureOrg } from '@cadre/plugin-structure/contracts';\nexport type { OkrGoals } from '@acme/cadre-plugin-okr/contracts';\n",
    });
    expect(checkPluginImports(dir)).toEqual([]);
  });

  it("flags the core's internals, another plugin, stray libraries and escaping relative paths", () => {
    const dir = fixture({
      'bad/src/index.ts': "import { PeopleService } from '@cadre/core';\nimport { x } from '@cadre/plugin-other';\nimport { Injectable } from '@nestjs/common';\nimport { y } from '../../other/src/y.js';\nconst z = await import('typeorm');\n",
      'bad/src/server.ts': "import { Table } from 'antd';\nimport { x } from '@cadre/plugin-structure';\n",
      'bad/package.json': JSON.stringify({ dependencies: { typeorm: '1.1.1', '@nestjs/common': '12.5.1' } }),
    });
    const specs = checkPluginImports(dir).map((v) => v.spec).sort();
    expect(specs).toEqual(['../../other/src/y.js', '@cadre/core', '@cadre/plugin-other', '@cadre/plugin-structure', '@nestjs/common', 'antd', 'typeorm']);
  });

  it("takes another plugin's contracts for types only, from a package it lists", () => {
    const dir = fixture({
      'bad/src/a.ts': "import { STRUCTURE_SERVICES } from '@cadre/plugin-structure/contracts';\n",
      'bad/src/b.ts': "import { type StructureOrg } from '@cadre/plugin-structure/contracts';\n",
      'bad/src/c.ts': "import type { KnowledgeItems } from '@cadre/plugin-knowledge/contracts';\n",
      'bad/src/d.ts': "import type { X } from '@cadre/plugin-structure/src/contracts.js';\n",
      'bad/package.json': JSON.stringify({ name: '@cadre/plugin-bad', devDependencies: { '@cadre/plugin-structure': '*' } }),
    });
    const found = checkPluginImports(dir).map((v) => `${v.file.split('/').pop()} ${v.why}`).sort();
    expect(found).toEqual([
      "a.ts is another plugin's contracts: import them for types only (import type)",
      "b.ts is another plugin's contracts: import them for types only (import type)",
      'c.ts needs @cadre/plugin-knowledge in package.json (devDependencies) to resolve its types',
      'd.ts plugins may import only @cadre/sdk, @cadre/contracts, @cadre/solver and their own files',
    ]);
  });
});
