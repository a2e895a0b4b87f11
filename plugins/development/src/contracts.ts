// What the development plugin publishes to other plugins: its service ids with their
// interfaces. The only copy: a plugin that uses them imports this file for types only
// (`import type … from '@cadre/plugin-development/contracts'`, enforced by check-imports) and
// injects by the id string, so no plugin loads another's code. (The payloads of the events it
// emits to plugins it depends on are typed by those: structure's course-completed, attraction's
// requisition-suggested.)

/** Service ids, injected with `@Inject('development.plans')`. */
export const DEVELOPMENT_SERVICES = { plans: 'development.plans' } as const;

export interface DevelopmentPlanRef {
  personId: string;
  status: 'active' | 'completed' | 'cancelled';
  createdAt: string;
  /** When it last changed (for a completed or cancelled plan: about when it ended). */
  updatedAt: string;
}

/** 'development.plans': every plan's person, status and dates, no content, no access checks. */
export interface DevelopmentPlans {
  plans(): Promise<DevelopmentPlanRef[]>;
}
