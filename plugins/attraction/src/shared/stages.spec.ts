import { describe, expect, it } from 'vitest';
import { moveProblem, nextStages } from './stages.js';

describe('pipeline stages', () => {
  it('advances one stage at a time and exits from any open stage', () => {
    expect(nextStages('sourced')).toEqual(['screen', 'rejected', 'withdrawn']);
    expect(nextStages('interviews')).toEqual(['offer', 'rejected', 'withdrawn']);
    expect(nextStages('offer')).toEqual(['rejected', 'withdrawn']);
    expect(nextStages('hired')).toEqual([]);
    expect(moveProblem('screen', 'interviews')).toBeNull();
    expect(moveProblem('offer', 'withdrawn')).toBeNull();
  });

  it('refuses skips, backward moves, moves out of final stages and hiring by a move', () => {
    expect(String(moveProblem('sourced', 'interviews'))).toMatch(/one at a time/);
    expect(String(moveProblem('interviews', 'screen'))).toMatch(/one at a time/);
    expect(String(moveProblem('rejected', 'screen'))).toMatch(/final/);
    expect(String(moveProblem('offer', 'hired'))).toMatch(/acceptOffer/);
    expect(String(moveProblem('screen', 'screen'))).toMatch(/already/);
  });
});
