import type { PersonEntity } from './person.entity.js';
import type { PersonType } from './person.types.js';

export function toPersonType(p: PersonEntity): PersonType {
  return {
    id: p.id,
    name: p.name,
    email: p.email,
    title: p.title,
    level: p.level,
    track: p.track,
    managerId: p.managerId,
    orgUnitId: p.orgUnitId,
    location: p.location,
    hireDate: p.hireDate,
    status: p.status,
    leaveDate: p.leaveDate,
    departure: p.leaveDate === null ? null : { type: p.leaveType ?? '', regretted: p.leaveRegretted, reason: p.leaveReason },
    compensation: p.compBase === null || p.compCurrency === null ? null : { base: p.compBase, currency: p.compCurrency },
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}
