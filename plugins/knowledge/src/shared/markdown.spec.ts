import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  it('renders ordinary markdown', () => {
    const html = renderMarkdown('# 推理加速\n\nUse **KV cache** and `paged attention`.\n\n- one\n- two');
    expect(html).toContain('<h1>推理加速</h1>');
    expect(html).toContain('<strong>KV cache</strong>');
    expect(html).toContain('<code>paged attention</code>');
    expect(html).toContain('<li>two</li>');
  });

  it('escapes raw HTML instead of passing it through', () => {
    const html = renderMarkdown('Hello <script>alert(1)</script> <img src=x onerror=alert(2)> <iframe src="https://evil"></iframe>');
    expect(html).not.toMatch(/<script|<img|<iframe/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops javascript:, vbscript: and data: link targets and marks links rel=noopener', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'vbscript:msgbox(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'java\tscript:alert(1)']) {
      const html = renderMarkdown(`[click](${url}) ![img](${url})`);
      expect(html, url).not.toMatch(/href="(?!https?:)[a-z]*script|href="data:|src="data:|src="[a-z]*script/i);
      expect(html, url).not.toMatch(/<a [^>]*href="[^"]*script:/i);
    }
    const ok = renderMarkdown('[paper](https://arxiv.org/abs/2401.00001)');
    expect(ok).toContain('href="https://arxiv.org/abs/2401.00001"');
    expect(ok).toContain('rel="noopener noreferrer nofollow"');
  });

  it('keeps attribute values quoted and escaped', () => {
    const html = renderMarkdown('[x](https://a.example/"onmouseover="alert(1))');
    expect(html).not.toMatch(/"\s*onmouseover=/);
  });
});

describe('markdownToText', () => {
  it('keeps words and code, drops markup and link targets', () => {
    const text = markdownToText('## 数据清洗\n\nSee [the **dedup** doc](https://x.example/y) and `minhash`.\n\n```py\nprint(1)\n```');
    expect(text).toBe('数据清洗\nSee the dedup doc and minhash.\nprint(1)');
  });
});
