import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { toFieldErrors, toInput } from './person-form';

const FIELDS = ['name', 'email', 'level', 'compensation.base'];

const ALL = { compensation: true, departure: true };
const NONE = { compensation: false, departure: false };

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
    const input = toInput({ name: ' Ada ', email: 'ada@x.io', hireDate: dayjs('2025-01-06'), compensation: { base: 6200.5, currency: 'CNY' } }, ALL);
    expect(input).toMatchObject({ name: 'Ada', email: 'ada@x.io', hireDate: '2025-01-06', managerId: null, compensation: { base: 620050, currency: 'CNY' } });
    expect(toInput({ name: 'Ada', email: 'a@x.io', compensation: { base: 5, currency: 'JPY' } }, ALL).compensation).toEqual({ base: 5, currency: 'JPY' });
    expect(toInput({ name: 'Ada', email: 'a@x.io', compensation: { base: 5, currency: 'CNY' } }, NONE).compensation).toBeUndefined();
  });

  it('sends a departure only with a leave date (or a leaver), and leaves an empty date to the API for a leaver', () => {
    const departure = { type: 'voluntary', regretted: true, reason: ' Start-up ' };
    const leaver = toInput({ name: 'Ada', email: 'a@x.io', status: 'terminated', departure }, ALL);
    expect(leaver.leaveDate).toBeUndefined();
    expect(leaver.departure).toEqual({ type: 'voluntary', regretted: true, reason: 'Start-up' });
    const staying = toInput({ name: 'Ada', email: 'a@x.io', status: 'active', departure }, ALL);
    expect(staying).toMatchObject({ leaveDate: null });
    expect(staying.departure).toBeUndefined();
    expect(toInput({ name: 'Ada', email: 'a@x.io', leaveDate: dayjs('2026-12-31'), departure }, ALL).leaveDate).toBe('2026-12-31');
    expect(toInput({ name: 'Ada', email: 'a@x.io', leaveDate: dayjs('2026-12-31'), departure }, NONE).departure).toBeUndefined();
  });
});
