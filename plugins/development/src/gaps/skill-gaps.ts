import { localize, msg } from '@cadre/sdk';
// Skill-gap arithmetic, pure: what a ladder level expects minus what a person has, and the
// courses and mentors that would close each gap, each with the reason it was picked.
import type { CourseSkill } from '../courses/course.entity.js';
import type { SkillExpectation } from '../ladders/career-level.entity.js';

export interface SkillGap {
  skillId: string;
  expected: number;
  current: number;
  /** expected − current, > 0. */
  gap: number;
}

/** Expectations not yet met, the widest gap first (skills absent from the profile are at 0). */
export function skillGaps(expectations: SkillExpectation[], profile: Array<{ skillId: string; level: number }>): SkillGap[] {
  const current = new Map(profile.map((p) => [p.skillId, p.level]));
  return expectations
    .map((e) => ({ skillId: e.skillId, expected: e.level, current: current.get(e.skillId) ?? 0, gap: e.level - (current.get(e.skillId) ?? 0) }))
    .filter((g) => g.gap > 0)
    .sort((a, b) => b.gap - a.gap || b.expected - a.expected || a.skillId.localeCompare(b.skillId));
}

export interface CourseOption {
  id: string;
  title: string;
  skills: CourseSkill[];
  active: boolean;
  startsOn: string | null;
}

export interface CourseRecommendation {
  courseId: string;
  title: string;
  reachesLevel: number;
  reason: string;
}

/**
 * Active courses that teach the skill beyond the person's level and that they have not
 * completed: those reaching the expected level first, then the closest fit, then the soonest.
 */
export function recommendCourses(gap: SkillGap, courses: CourseOption[], completed: Set<string>, skillName: string, target: string, limit = 3): CourseRecommendation[] {
  return courses
    .flatMap((c) => {
      const s = c.skills.find((x) => x.skillId === gap.skillId);
      return c.active && s && s.level > gap.current && !completed.has(c.id) ? [{ course: c, level: s.level }] : [];
    })
    .sort((a, b) => Number(b.level >= gap.expected) - Number(a.level >= gap.expected) || Math.abs(a.level - gap.expected) - Math.abs(b.level - gap.expected) || (a.course.startsOn ?? '9999').localeCompare(b.course.startsOn ?? '9999') || a.course.title.localeCompare(b.course.title))
    .slice(0, limit)
    .map(({ course, level }) => ({
      courseId: course.id,
      title: course.title,
      reachesLevel: level,
      reason: localize(level < gap.expected
        ? msg`Teaches ${skillName} up to level ${level}: you are at ${gap.current} and ${target} expects ${gap.expected} — a step towards it`
        : msg`Teaches ${skillName} up to level ${level}: you are at ${gap.current} and ${target} expects ${gap.expected}`),
    }));
}

export interface MentorCandidate {
  personId: string;
  score: number;
  evidence: string[];
}

export interface MentorRecommendation {
  personId: string;
  score: number;
  level: number;
  evidence: string[];
  reason: string;
}

/** Experts (from knowledge's finder) at or above the expected level, never the person themself. */
export function recommendMentors(gap: SkillGap, experts: MentorCandidate[], levels: Map<string, number>, personId: string, skillName: string, limit = 3): MentorRecommendation[] {
  return experts
    .filter((e) => e.personId !== personId && (levels.get(e.personId) ?? 0) >= gap.expected)
    .slice(0, limit)
    .map((e) => ({
      personId: e.personId,
      score: e.score,
      level: levels.get(e.personId) ?? 0,
      evidence: e.evidence,
      // The evidence lines are knowledge's own words; only the frame around them is translated.
      reason: localize(msg`${skillName} level ${levels.get(e.personId)} (≥ ${gap.expected} expected), expertise score ${e.score}`) + (e.evidence.length ? `: ${e.evidence.slice(0, 2).join('; ')}` : ''),
    }));
}
