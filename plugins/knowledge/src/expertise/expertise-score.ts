// The expertise finder's score and the knowledge-sharing index: pure formulas, documented here
// and returned by the API as strings so the console shows exactly what was computed.

export interface ExpertiseInputs {
  /** Proficiency 0–5 from the structure plugin's skill profile. */
  level: number;
  /** Published, tenant-visible items tagged with the skill that the person authored. */
  items: number;
  /** Held talks tagged with the skill that the person gave. */
  talks: number;
  /** Code reviews the person gave in repositories tagged with the skill. */
  reviews: number;
}

export const EXPERTISE_FORMULA =
  'score = 2 × skill level (0–5) + 3 × authored items (at most 5) + 2 × talks given (at most 5) + 0.2 × code reviews in repositories tagged with the skill (at most 25); at most 40';

/** Caps keep one prolific source from drowning the others. */
export function expertiseScore(x: ExpertiseInputs): number {
  const raw = 2 * clampLevel(x.level) + 3 * Math.min(x.items, 5) + 2 * Math.min(x.talks, 5) + 0.2 * Math.min(x.reviews, 25);
  return Math.round(raw * 100) / 100;
}

const clampLevel = (level: number) => Math.max(0, Math.min(5, level));

export interface SharingInputs {
  itemsPublished: number;
  talksGiven: number;
  talksAttended: number;
  reviews: number;
  readsByOthers: number;
  bookmarksByOthers: number;
}

export const SHARING_INDEX_FORMULA =
  "index = 5 × items published + 4 × talks given + 1 × talks attended + 0.5 × code reviews given (at most 40) + 0.2 × reads of the person's items by others + 0.5 × bookmarks of the person's items by others, all within the period; a team's index is the mean over its members (sub-units included)";

/** Producing knowledge weighs most, taking part next, and others reusing it shows it landed. */
export function sharingIndex(x: SharingInputs): number {
  const raw = 5 * x.itemsPublished + 4 * x.talksGiven + 1 * x.talksAttended + 0.5 * Math.min(x.reviews, 40) + 0.2 * x.readsByOthers + 0.5 * x.bookmarksByOthers;
  return Math.round(raw * 100) / 100;
}

export function mean(values: number[]): number {
  return values.length ? Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 100) / 100 : 0;
}
