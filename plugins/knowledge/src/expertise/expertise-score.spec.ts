import { describe, expect, it } from 'vitest';
import { EXPERTISE_FORMULA, SHARING_INDEX_FORMULA, expertiseScore, mean, sharingIndex } from './expertise-score.js';

describe('expertiseScore', () => {
  it('follows the documented weights', () => {
    expect(expertiseScore({ level: 4, items: 2, talks: 1, reviews: 10 })).toBe(8 + 6 + 2 + 2);
    expect(expertiseScore({ level: 0, items: 0, talks: 0, reviews: 0 })).toBe(0);
  });

  it('caps every source and clamps the level', () => {
    expect(expertiseScore({ level: 9, items: 50, talks: 50, reviews: 500 })).toBe(40);
    expect(expertiseScore({ level: -1, items: 0, talks: 0, reviews: 3 })).toBe(0.6);
  });

  it('documents itself', () => {
    expect(EXPERTISE_FORMULA).toContain('2 × skill level');
  });
});

describe('sharingIndex', () => {
  it('follows the documented weights, with reviews capped at 40', () => {
    expect(sharingIndex({ itemsPublished: 2, talksGiven: 1, talksAttended: 3, reviews: 10, readsByOthers: 5, bookmarksByOthers: 2 })).toBe(10 + 4 + 3 + 5 + 1 + 1);
    expect(sharingIndex({ itemsPublished: 0, talksGiven: 0, talksAttended: 0, reviews: 100, readsByOthers: 0, bookmarksByOthers: 0 })).toBe(20);
    expect(SHARING_INDEX_FORMULA).toContain('mean over its members');
  });

  it('averages teams, and an empty team is 0', () => {
    expect(mean([1, 2, 4])).toBe(2.33);
    expect(mean([])).toBe(0);
  });
});
