import { defineEvent } from '@cadre/sdk';

/** A skill gap no one in the unit is close to: the attraction plugin may open a requisition. */
export const RequisitionSuggested = defineEvent<{ unitId: string | null; skillId: string; skillName: string; level: number; reason: string }>('development.requisition-suggested');
