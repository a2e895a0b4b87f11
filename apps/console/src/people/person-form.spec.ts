import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { toFieldErrors, toInput } from './person-form';

const FIELDS = ['name', 'email', 'level', 'compensation.base'];

describe('person form ↔ API', () => {
  it("puts each of the API's problems on its field, and keeps the ones the form cannot show", () => {
    const { fields, other } = toFieldErrors(
      [{
        message: 'input.email: must be an email address',
        extensions: {
          code: 'BAD_USER_INPUT', field: 'input.email',
          problems: [
            { field: 'input.email', message: 'must be an email address' },
            { field: 'input.compensation.base', message: 'must not be negative' },
            { field: 'input.orgUnitId', message: 'is unknown' },
          ],
        },
      }],
      FIELDS,
    );
    expect(fields).toEqual([
      { name: ['email'], errors: ['must be an email address'] },
      { name: ['compensation', 'base'], errors: ['must not be negative'] },
    ]);
    expect(other).toEqual(['orgUnitId: is unknown']);
  });

  it('puts a CONFLICT (duplicate email) on the field it names', () => {
    const { fields } = toFieldErrors([{ message: 'input.email: a person with email hr@demo.local already exists', extensions: { code: 'CONFLICT', field: 'input.email' } }], FIELDS);
    expect(fields).toEqual([{ name: ['email'], errors: ['a person with email hr@demo.local already exists'] }]);
  });

  it('sends integer minor units and calendar dates', () => {
    const input = toInput({ name: ' Ada ', email: 'ada@x.io', hireDate: dayjs('2025-01-06'), compensation: { base: 6200.5, currency: 'CNY' } }, true);
    expect(input).toMatchObject({ name: 'Ada', email: 'ada@x.io', hireDate: '2025-01-06', managerId: null, compensation: { base: 620050, currency: 'CNY' } });
    expect(toInput({ name: 'Ada', email: 'a@x.io', compensation: { base: 5, currency: 'JPY' } }, true).compensation).toEqual({ base: 5, currency: 'JPY' });
    expect(toInput({ name: 'Ada', email: 'a@x.io', compensation: { base: 5, currency: 'CNY' } }, false).compensation).toBeUndefined();
  });
});
