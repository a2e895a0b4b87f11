import { type Msg, msg } from '@cadre/sdk';
import { formatMoney, num } from '../shared/money.js';

/**
 * How each eligible person's weight ω is set:
 * - salary-target-percent: base salary × target % of the person's level (ω is the target bonus);
 * - target-by-level: a target bonus amount per level (minor units);
 * - equal: ω = 1 for everyone;
 * - custom: ω given per person.
 * A per-person weight always overrides the rule.
 */
export const WEIGHT_RULES = ['salary-target-percent', 'target-by-level', 'equal', 'custom'] as const;
export type WeightRule = (typeof WEIGHT_RULES)[number];

export interface LevelTarget {
  level: string;
  value: number;
}

export interface WeightSettings {
  rule: string;
  levelTargets: LevelTarget[];
  defaultTarget: number | null;
  currency: string;
}

export interface WeightSubject {
  /** Named in the problem when ω cannot be computed. */
  name: string;
  level: string;
  base: number | null;
  baseCurrency: string | null;
}

export type MemberWeight = { weight: number; explanation: string } | { error: Msg };

export function memberWeight(settings: WeightSettings, subject: WeightSubject, override: number | null | undefined): MemberWeight {
  if (override !== null && override !== undefined) return { weight: override, explanation: `ω = ${num(override)} (set for this person)` };
  const target = settings.levelTargets.find((t) => t.level === subject.level)?.value ?? settings.defaultTarget;
  const source = settings.levelTargets.some((t) => t.level === subject.level) ? `${subject.level} target` : 'default target';
  switch (settings.rule) {
    case 'equal':
      return { weight: 1, explanation: 'ω = 1 (everyone weighs the same)' };
    case 'custom':
      return { error: msg`${subject.name} needs a weight: the pool uses custom weights` };
    case 'target-by-level':
      if (target === null) return { error: msg`${subject.name} has level "${subject.level}", which has no target and there is no default target` };
      return { weight: target, explanation: `ω = ${formatMoney(target, settings.currency)} (${source} bonus)` };
    case 'salary-target-percent': {
      if (subject.base === null) return { error: msg`${subject.name} has no base salary` };
      if (subject.baseCurrency && subject.baseCurrency !== settings.currency) {
        return { error: msg`${subject.name} is paid in ${subject.baseCurrency} but the pool is in ${settings.currency}` };
      }
      if (target === null) return { error: msg`${subject.name} has level "${subject.level}", which has no target % and there is no default target` };
      const weight = Math.round((subject.base * target) / 100);
      return { weight, explanation: `ω = base ${formatMoney(subject.base, settings.currency)} × ${num(target)}% (${source}) = ${formatMoney(weight, settings.currency)}` };
    }
    default:
      return { error: msg`weight rule "${settings.rule}" is unknown` };
  }
}
