// class-validator's own messages, produced by the real validation pipe, reach a zh-CN caller in
// Chinese with their limits; a recognised pattern that stopped matching the library's wording
// (after an upgrade) fails here rather than silently falling back to English.
import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEnum, IsInt, IsNumber, IsString, Length, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { UserInputError } from '../graphql/errors.js';
import { createValidationPipe } from '../graphql/validation.js';
import { registerCoreMessages } from './core-messages.js';
import { fieldMessage, msg, registerMessages } from './msg.js';

registerCoreMessages();
registerMessages('zh-CN', { 'must be from {0} to {1}': '须为 {0} 到 {1}' });

enum Colour { RED = 'red', BLUE = 'blue' }
class Inner {
  @IsString() name: unknown;
}
class Input {
  @MaxLength(5) short: unknown;
  @MinLength(3) long: unknown;
  @Length(2, 4) sized: unknown;
  @IsString() text: unknown;
  @ArrayMaxSize(1) few: unknown;
  @ArrayMinSize(2) many: unknown;
  @Max(10) small: unknown;
  @Min(1) big: unknown;
  @IsInt() whole: unknown;
  @IsEnum(Colour) colour: unknown;
  @IsNumber() number: unknown;
  @IsArray() list: unknown;
  @IsBoolean() flag: unknown;
  @Matches(/^[a-z]+$/) lower: unknown;
  @MaxLength(3, { each: true }) tags: unknown;
  @ValidateNested() @Type(() => Inner) inner: unknown;
  @Min(1, { message: fieldMessage(msg`must be from ${1} to ${5}`) }) rating: unknown;
}

async function problems(value: Record<string, unknown>): Promise<Array<{ field: string; message: string }>> {
  try {
    await createValidationPipe().transform(value, { type: 'body', metatype: Input, data: 'input' });
  } catch (error) {
    return (error as UserInputError).localizedExtra('zh-CN').problems as Array<{ field: string; message: string }>;
  }
  throw new Error('expected a validation error');
}

describe('class-validator messages in zh-CN', () => {
  it('translates each default message with its limits, and decorator messages made with fieldMessage', async () => {
    const found = await problems({
      short: 'toolong', long: 'ab', sized: 'a', text: 1, few: [1, 2], many: [1], small: 11, big: 0, whole: 1.5, colour: 'green', number: 'x', list: 'x', flag: 'x',
      lower: 'ABC', tags: ['ok', 'toolong'], inner: 'x', rating: 0,
    });
    const byField = Object.fromEntries(found.map((p) => [p.field, p.message]));
    expect(byField).toMatchObject({
      'input.short': '不得超过 5 个字符',
      'input.long': '不得少于 3 个字符',
      'input.sized': '不得少于 2 个字符',
      'input.text': '必须是字符串',
      'input.few': '最多 1 项',
      'input.many': '至少须有 2 项',
      'input.small': '不得大于 10',
      'input.big': '不得小于 1',
      'input.whole': '必须是整数',
      'input.colour': '必须是以下值之一：red, blue',
      'input.number': '必须是符合要求的数字',
      'input.list': '必须是数组',
      'input.flag': '必须是布尔值',
      'input.lower': '必须匹配正则表达式 /^[a-z]+$/',
      'input.tags': '每一项：不得超过 3 个字符',
      'input.inner': '嵌套属性 inner 必须是对象或数组',
      'input.rating': '须为 1 到 5',
    });
    // Nothing fell through in English.
    for (const p of found) expect(p.message, p.field).not.toMatch(/[a-z]{4,}\s[a-z]{2,}/);
  });

  it('leaves English callers the English text, and the top-level message names the field', async () => {
    try {
      await createValidationPipe().transform({ short: 'toolong' }, { type: 'body', metatype: Input, data: 'input' });
    } catch (error) {
      const e = error as UserInputError;
      expect(e.localized('en-US')).toMatch(/^input\.\w+: /);
      expect(e.localized('zh-CN')).toMatch(/^input\.\w+: [^a-z]/);
      expect((e.localizedExtra('en-US').problems as Array<{ field: string; message: string }>).find((p) => p.field === 'input.short')?.message).toBe('must be shorter than or equal to 5 characters');
      return;
    }
    throw new Error('expected a validation error');
  });
});

describe('stored problems', () => {
  it('renders a job failure in each other language when it fails', async () => {
    const { failureOf } = await import('../jobs/queue-runner.js');
    const failure = failureOf(new UserInputError('input.title', 'must be shorter than or equal to 200 characters'))!;
    expect(failure.localized?.['zh-CN']).toEqual({
      message: 'input.title: 不得超过 200 个字符',
      details: { field: 'input.title', problems: [{ field: 'input.title', message: '不得超过 200 个字符' }] },
    });
    expect(failureOf(new Error('the disk is full'))).toBeNull();
  });

  it('translates stored field problems by id and values, or by their English text', async () => {
    const { localizeProblems } = await import('./validation-messages.js');
    const report = { rows: 2, errors: [
      { row: 2, field: 'level', message: 'must contain at least 2 elements' },
      { row: 3, field: 'email', message: 'duplicates row 2', messageId: 'duplicates row {0}', values: ['2'] },
    ] };
    registerMessages('zh-CN', { 'duplicates row {0}': '与第 {0} 行重复' });
    expect(localizeProblems(report, 'zh-CN')).toEqual({ rows: 2, errors: [{ row: 2, field: 'level', message: '至少须有 2 项' }, { row: 3, field: 'email', message: '与第 2 行重复' }] });
    expect(localizeProblems(report, 'en-US')).toEqual({ rows: 2, errors: [{ row: 2, field: 'level', message: 'must contain at least 2 elements' }, { row: 3, field: 'email', message: 'duplicates row 2' }] });
  });
});
