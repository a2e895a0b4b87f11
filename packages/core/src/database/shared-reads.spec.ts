import { describe, expect, it } from 'vitest';
import { SharedReads } from './shared-reads.js';

describe('SharedReads', () => {
  const counter = () => {
    let calls = 0;
    return { load: async () => ++calls, get calls() { return calls; } };
  };

  it('keeps one value per key and version, and loads again for a newer version', async () => {
    const reads = new SharedReads();
    const c = counter();
    expect(await reads.get('k', 1, c.load)).toBe(1);
    expect(await reads.get('k', 1, c.load)).toBe(1);
    expect(await reads.get('k', 2, c.load)).toBe(2);
    expect(await reads.get('k', 2, c.load)).toBe(2);
  });

  it('answers a caller that read an older version without replacing the newer value', async () => {
    const reads = new SharedReads();
    const c = counter();
    await reads.get('k', 5, c.load);
    expect(await reads.get('k', 4, c.load)).toBe(2);
    expect(await reads.get('k', 5, c.load)).toBe(1);
  });

  it('loads again once a value is older than the age bound', async () => {
    let now = 0;
    const reads = new SharedReads(10, 1000, () => now);
    const c = counter();
    await reads.get('k', 1, c.load);
    now = 999;
    expect(await reads.get('k', 1, c.load)).toBe(1);
    now = 1000;
    expect(await reads.get('k', 1, c.load)).toBe(2);
  });

  it('lets go of values past their age when it loads another', async () => {
    let now = 0;
    const reads = new SharedReads(10, 1000, () => now);
    const c = counter();
    await reads.get('a', 1, c.load);
    now = 500;
    await reads.get('b', 1, c.load);
    now = 1200;
    await reads.get('c', 1, c.load);
    expect(reads.size).toBe(2);
  });

  it('drops the least recently used key beyond the size bound', async () => {
    const reads = new SharedReads(2);
    const c = counter();
    await reads.get('a', 1, c.load);
    await reads.get('b', 1, c.load);
    await reads.get('a', 1, c.load); // a is now the most recently used
    await reads.get('c', 1, c.load); // b goes
    expect(reads.size).toBe(2);
    expect(await reads.get('a', 1, c.load)).toBe(1);
    expect(await reads.get('b', 1, c.load)).toBe(4);
  });
});
