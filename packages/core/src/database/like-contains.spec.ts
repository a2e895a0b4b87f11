import { describe, expect, it } from 'vitest';
import { likeContains } from './like-contains.js';

describe('likeContains', () => {
  it('lower-cases the term and escapes %, _ and the escape character', () => {
    expect(likeContains('Ada')).toBe('%ada%');
    expect(likeContains('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});
