import { describe, expect, it } from 'vitest';
import { createMarkdown, extractHeadings } from './markdown';
import { topicIdResolver } from './wikilinks';

const md = createMarkdown({
  resolveLink: (target, node) => (target === 'kms' ? { label: 'AWS KMS', href: `#/library/kms${node ? `?node=${node}` : ''}` } : undefined),
});

describe('markdown dialect', () => {
  it('escapes raw HTML instead of rendering it', () => {
    const html = md.render('<img src=x onerror=alert(1)> <script>alert(1)</script>');
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&lt;script&gt;');
  });

  it("breaks lines at single newlines only when asked (the learner's own notes)", () => {
    expect(md.render('Q: one\nA: two')).toBe('<p>Q: one\nA: two</p>\n');
    expect(createMarkdown({ lineBreaks: true }).render('Q: one\nA: two')).toBe('<p>Q: one<br>\nA: two</p>\n');
  });

  it('renders GitHub-style callouts with their titles', () => {
    const html = md.render('> [!SINCE]\n> CodeCommit closed to new customers.');
    expect(html).toContain('class="callout callout-since"');
    expect(html).toContain('<p class="callout-title">Since the course</p>');
    expect(html).toContain('CodeCommit closed to new customers.');
    expect(html).not.toContain('[!SINCE]');
  });

  it("prints each callout's text once, inline markup included", () => {
    const html = md.render('> [!SINCE]\n> Launch configurations are **historical**.\n> Use [[kms]] templates.');
    const text = html.replace(/<[^>]+>/g, '');
    expect(text.match(/Launch configurations/g)).toHaveLength(1);
    expect(html.match(/<strong>historical<\/strong>/g)).toHaveLength(1);
    expect(html.match(/class="wikilink"/g)).toHaveLength(1);
  });

  it('turns [[topic]] links into in-app links and marks missing ones', () => {
    expect(md.render('See [[kms]].')).toContain('<a class="wikilink" href="#/library/kms" data-target="kms">AWS KMS</a>');
    expect(md.render('See [[kms|keys]].')).toContain('>keys</a>');
    expect(md.render('See [[ghost]].')).toContain('wikilink-missing');
  });

  it('links [[Topic title]] like [[topic-id]], in any case, with titles that hold slashes, spaces and brackets', () => {
    const topicId = topicIdResolver([
      { id: 'blue-green-deployment', title: 'Blue/green deployment patterns' },
      { id: 'kms', title: 'AWS KMS (keys, grants)' },
    ]);
    const byTitle = createMarkdown({
      resolveLink: (target, node) => {
        const id = node ? undefined : topicId(target);
        return id ? { label: `Title of ${id}`, href: `#/library/${id}` } : undefined;
      },
    });
    const link = (id: string) => `<a class="wikilink" href="#/library/${id}" data-target=`;
    expect(byTitle.render('See [[Blue/green deployment patterns]].')).toContain(link('blue-green-deployment'));
    expect(byTitle.render('See [[blue/green DEPLOYMENT patterns]].')).toContain('>Title of blue-green-deployment</a>');
    expect(byTitle.render('See [[Blue/green deployment patterns|the swap]].')).toContain('>the swap</a>');
    expect(byTitle.render('See [[aws kms (keys, grants)]] now.')).toContain(link('kms'));
    expect(byTitle.render('See [[blue-green-deployment]].')).toContain(link('blue-green-deployment'));
    expect(byTitle.render('See [[Blue/green deployment]].')).toContain('wikilink-missing');
    // Two links in a row stay two links; the first does not swallow the second.
    expect(byTitle.render('[[kms]] and [[Blue/green deployment patterns]]').match(/class="wikilink"/g)).toHaveLength(2);
  });

  it('keeps [[diagram#node]] links and passes the node on', () => {
    expect(md.render('See [[kms#key-policy]].')).toContain('href="#/library/kms?node=key-policy"');
    expect(md.render('See [[kms#key-policy|the policy]].')).toContain('>the policy</a>');
  });

  it('keeps mermaid as source text and highlights known languages', () => {
    const html = md.render('```mermaid\nflowchart LR\n  A-->B\n```\n\n```json\n{"a": 1}\n```');
    expect(html).toContain('<pre class="mermaid">flowchart LR\n  A--&gt;B\n</pre>');
    expect(html).toMatch(/<div class="code-block" data-lang="json">.*hljs-attr/s);
  });

  it('drops HTML tags from mermaid sources but keeps arrows', () => {
    const html = md.render('```mermaid\nflowchart LR\n  A["<img src=x onerror=alert(1)>x"] <--> B\n```');
    expect(html).toContain('A[&quot;x&quot;] &lt;--&gt; B');
    expect(html).not.toContain('img');
  });

  it('refuses javascript: links', () => {
    expect(md.render('[x](javascript:alert(1))')).not.toContain('href="javascript:');
  });

  it('gives headings stable unique ids that match the table of contents', () => {
    const text = '## Key facts\n\n## Key facts\n\n### Exam traps';
    expect(extractHeadings(md, text)).toEqual([
      { level: 2, text: 'Key facts', id: 'key-facts' },
      { level: 2, text: 'Key facts', id: 'key-facts-1' },
      { level: 3, text: 'Exam traps', id: 'exam-traps' },
    ]);
    expect(md.render(text)).toContain('<h2 id="key-facts-1">');
  });
});
