import { RequestContexts } from '../context/request-context.js';
import { ForbiddenError, UserInputError } from '../graphql/errors.js';
import { msg } from '../i18n/msg.js';
import type { LeaveType, PersonEntity } from './person.entity.js';
import type { DepartureInput } from './person.inputs.js';

export interface LeavingInput {
  leaveDate?: string | null;
  departure?: DepartureInput | null;
}

type Departure = Pick<PersonEntity, 'leaveDate' | 'leaveType' | 'leaveRegretted' | 'leaveReason'>;
const snapshot = (p: Departure): Departure => ({ leaveDate: p.leaveDate, leaveType: p.leaveType, leaveRegretted: p.leaveRegretted, leaveReason: p.leaveReason });
const clearDetails = (p: Departure) => Object.assign(p, { leaveType: null, leaveRegretted: false, leaveReason: '' });

/**
 * Applies a create/update's leave date and departure to `person`, whose status (and hire date)
 * the caller has already set from the same input; `wasStatus` is the status before.
 * Leaving without a date means leaving today, so a SCIM deactivation still counts in attrition;
 * coming back (rehire) clears the departure — the audit log keeps the old one.
 * Returns the departure before and after when anything changed, for the audit trail.
 */
export function applyLeaving(person: PersonEntity, input: LeavingInput, wasStatus: PersonEntity['status'] | null, today: string): { before: Departure; after: Departure } | null {
  const before = snapshot(person);
  if (input.departure !== undefined) requireDepartureWrite();
  if (input.leaveDate === null && person.status === 'terminated') throw new UserInputError('input.leaveDate', 'a person who has left needs a leave date');
  if (input.leaveDate !== undefined) person.leaveDate = input.leaveDate;
  else if (person.status === 'terminated' && wasStatus !== 'terminated' && !person.leaveDate) person.leaveDate = today;
  else if (wasStatus === 'terminated' && person.status !== 'terminated') person.leaveDate = null;

  if (input.departure === null) clearDetails(person);
  else if (input.departure) {
    if (!person.leaveDate) throw new UserInputError('input.departure', 'applies only to a person with a leave date');
    const { type, regretted, reason } = input.departure;
    if (type !== undefined) person.leaveType = type as LeaveType;
    if (regretted !== undefined) person.leaveRegretted = regretted;
    if (reason !== undefined) person.leaveReason = reason.trim();
  }
  if (!person.leaveDate) clearDetails(person);
  if (person.leaveDate && person.hireDate && person.leaveDate < person.hireDate) {
    const field = input.leaveDate !== undefined ? 'input.leaveDate' : 'input.hireDate';
    throw new UserInputError(field, msg`the leave date ${person.leaveDate} is before the hire date ${person.hireDate}`);
  }
  const after = snapshot(person);
  return (Object.keys(after) as Array<keyof Departure>).some((k) => after[k] !== before[k]) ? { before, after } : null;
}

function requireDepartureWrite(): void {
  const ctx = RequestContexts.current();
  if (!ctx?.system && !ctx?.permissions.has('people.departures.write')) throw new ForbiddenError('Recording why a person leaves needs the permission people.departures.write');
}

export const todayUtc = () => new Date().toISOString().slice(0, 10);
