import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMessages, messagesIn } from './check-messages.mjs';

function fixture(files) {
  const dir = mkdtempSync(join(tmpdir(), 'cadre-messages-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
const COVERED = [{ root: 'pkg/src', catalog: 'pkg/src/i18n/api-messages.zh-CN.ts' }];
const SOURCE = [
  "throw new UserInputError('input.name', 'must not be blank');",
  'throw new ConflictError(msg`A tenant with slug "${slug}" already exists`, \'slug\');',
  "throw new NotFoundError('Person', id);",
  "throw new ForbiddenError(ok ? 'Nope' : 'Never');",
].join('\n');

describe('checkMessages', () => {
  it('finds literals and msg templates at the message positions only', () => {
    expect(messagesIn('x.ts', SOURCE).map((m) => m.id)).toEqual(['must not be blank', 'A tenant with slug "{0}" already exists', 'Person', 'Nope', 'Never']);
  });

  it('passes when every message has a zh-CN entry', () => {
    const dir = fixture({
      'pkg/src/a.service.ts': SOURCE,
      'pkg/src/i18n/api-messages.zh-CN.ts': "export const M = { 'must not be blank': '不能为空', 'A tenant with slug \"{0}\" already exists': '租户 {0} 已存在', Person: '人员', Nope: '不行', Never: '绝不' };",
    });
    expect(checkMessages(dir, COVERED)).toEqual([]);
  });

  it('fails naming file:line for a missing key, a plain template and a stale entry', () => {
    const dir = fixture({
      'pkg/src/a.service.ts': `${SOURCE}\nthrow new ForbiddenError(\`needs \${permission}\`);`,
      'pkg/src/i18n/api-messages.zh-CN.ts': "export const M = { 'must not be blank': '不能为空', Person: '人员', Nope: '不行', Never: '绝不', 'Gone away': '走了' };",
    });
    expect(checkMessages(dir, COVERED)).toEqual([
      'pkg/src/a.service.ts:2: no zh-CN translation for "A tenant with slug "{0}" already exists"',
      'pkg/src/a.service.ts:5: a message built with a plain template cannot be translated: tag it msg`…`',
      'pkg/src/i18n/api-messages.zh-CN.ts:1: stale zh-CN entry "Gone away" (no message uses it)',
    ]);
  });
});
