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

  it('finds validation decorators\' messages, message constants and problems built with a plain template', () => {
    const source = [
      "class A { @Length(1, 200, { message: 'must have 1 to 200 characters' }) name: string; }",
      'class B { @Min(1, { message: fieldMessage(msg`must be from ${MIN} to ${MAX}`) }) n: number; }',
      "export const LEVEL_MESSAGE = 'must be a short level code';",
      "const rule = { required: true, message: 'not a decorator, not an API message' };",
      'errors.push({ field, message: `no person has the email ${email}` });',
      "ValidateBy({ validator: { defaultMessage: () => 'must be a date as YYYY-MM-DD' } });",
    ].join('\n');
    expect(messagesIn('x.ts', source)).toEqual([
      { id: 'must have 1 to 200 characters', line: 1 },
      { id: 'must be from {0} to {1}', line: 2 },
      { id: 'must be a short level code', line: 3 },
      { plain: true, line: 5 },
      { id: 'must be a date as YYYY-MM-DD', line: 6 },
    ]);
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
