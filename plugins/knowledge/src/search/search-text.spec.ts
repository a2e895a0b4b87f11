import { describe, expect, it } from 'vitest';
import { charLength, ftsPhrase, highlight, likePattern, parseTerms, relevance, snippet } from './search-text.js';

describe('parseTerms', () => {
  it('splits on spaces, keeps quoted phrases and drops duplicates', () => {
    expect(parseTerms('  RLHF "reward model"  rlhf 模型 ')).toEqual(['RLHF', 'reward model', '模型']);
    expect(parseTerms('   ')).toEqual([]);
    expect(parseTerms('a b c d e f g h i j')).toHaveLength(8);
  });

  it('measures Chinese by characters', () => {
    expect(charLength('模型')).toBe(2);
    expect(charLength('推理加速')).toBe(4);
  });
});

describe('query escaping', () => {
  it('quotes FTS phrases and escapes LIKE wildcards', () => {
    expect(ftsPhrase('say "hi"')).toBe('"say ""hi"""');
    expect(likePattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});

describe('relevance', () => {
  it('weighs title hits over body hits and caps repetition', () => {
    expect(relevance('MoE routing', 'moe moe', ['moe'])).toBe(5 + 2);
    expect(relevance('x', 'moe '.repeat(50), ['moe'])).toBe(10);
    expect(relevance('长上下文 长上下文 长上下文 长上下文', '', ['长上下文'])).toBe(15);
    expect(relevance('a', 'b', ['zzz'])).toBe(0);
  });
});

describe('highlight and snippet', () => {
  it('marks matches case-insensitively and escapes everything else', () => {
    expect(highlight('Mixture of <Experts> & moe', ['MoE', 'experts'])).toBe('Mixture of &lt;<mark>Experts</mark>&gt; &amp; <mark>moe</mark>');
  });

  it('never lets markup from the text through, even inside a match', () => {
    expect(highlight('<script>alert(1)</script>', ['script'])).toBe('&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;');
  });

  it('cuts a window around the first match with ellipses', () => {
    const body = `${'前言。'.repeat(60)}我们在推理加速上使用了投机解码。${'结尾。'.repeat(60)}`;
    const s = snippet(body, ['推理加速'], 40);
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('<mark>推理加速</mark>');
    expect(Array.from(s.replace(/<\/?mark>/g, '').replace(/…/g, '')).length).toBe(40);
  });

  it('starts at the beginning when nothing matches or the match is early', () => {
    expect(snippet('short body', ['zzz'])).toBe('short body');
    expect(snippet('模型 is here', ['模型'])).toBe('<mark>模型</mark> is here');
  });
});
