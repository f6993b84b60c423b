import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditContent, checkFencedBlocks } from './content-audit';
import { ASSETS_DIR, makeTempDir } from './testing';

function note(id: string, domain: string, extra: Partial<Record<string, string>> = {}, body = '## Key facts\n- fact\n'): string {
  return `---
id: ${extra.id ?? id}
title: "${extra.title ?? `Title of ${id}`}"
domain: ${extra.domain ?? domain}
tags: [one, two]
related: [${extra.related ?? 'beta'}]
seedLines: "1–2"
updated: 2026-11-26
---

${body}`;
}

function fixture(files: Record<string, string>): string {
  const dir = makeTempDir('companion-content-');
  const topics = {
    topics: [
      { id: 'alpha', title: 'Alpha', domain: 'D1', seedLines: '1' },
      { id: 'beta', title: 'Beta', domain: 'D2', seedLines: '2' },
    ],
  };
  fs.writeFileSync(path.join(dir, 'topics.json'), JSON.stringify(topics));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('shipped course content', () => {
  const { index, problems } = auditContent(ASSETS_DIR);

  it('passes every schema and reference check', () => {
    expect(problems).toEqual([]);
  });

  it('has one note for every course topic, in its domain, and no other notes', () => {
    const courseIds = index.topics.map((t) => t.id);
    expect(courseIds.length).toBeGreaterThanOrEqual(159);
    expect([...index.notes.keys()].sort()).toEqual([...courseIds].sort());
  });

  it('links every diagram service and concept node to an existing topic', () => {
    for (const diagram of index.diagrams.values()) {
      for (const node of diagram.nodes.filter((n) => n.kind !== 'actor')) {
        expect(node.topics.length, `${diagram.id}/${node.id}`).toBeGreaterThan(0);
        for (const t of node.topics) expect(index.notes.has(t), `${diagram.id}/${node.id} → ${t}`).toBe(true);
      }
    }
  });
});

describe('content audit', () => {
  it('reports a missing note, a dangling related id, a wrong folder and an unknown id', () => {
    const dir = fixture({
      'notes/D2/alpha.md': note('alpha', 'D1', { related: 'gamma' }),
      'notes/D1/zeta.md': note('zeta', 'D1'),
    });
    const messages = auditContent(dir).problems.map((p) => `${p.file}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/beta\.md: course topic has no note/),
        expect.stringMatching(/alpha\.md: related "gamma"/),
        expect.stringMatching(/alpha\.md: belongs in domain D1/),
        expect.stringMatching(/zeta\.md: "zeta" is neither a course topic/),
      ]),
    );
  });

  it('reports broken front matter and [[links]] to nowhere', () => {
    const dir = fixture({
      'notes/D1/alpha.md': note('alpha', 'D1', {}, 'See [[nowhere]] and [[beta]].'),
      'notes/D2/beta.md': '---\nid: beta\n---\nno title',
    });
    const messages = auditContent(dir).problems.map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([expect.stringMatching(/\[\[nowhere\]\] points nowhere/), expect.stringMatching(/title/)]),
    );
    expect(messages.join('\n')).not.toMatch(/\[\[beta\]\]/);
  });

  it('parses fenced json and yaml, allowing CloudFormation short tags', () => {
    const ok =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's ${...} substitution syntax
      '```yaml\nBucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    BucketName: !Sub "${AWS::StackName}-logs"\n    Tags: !If [IsProd, [], []]\n```\n```json\n{"a": 1}\n```';
    expect(checkFencedBlocks('x.md', ok)).toEqual([]);
    const bad = '```json\n{"Version": "2012-10-17", "Statement": [ ... ]}\n```\n```yaml\nkey: [unclosed\n```';
    expect(checkFencedBlocks('x.md', bad).map((p) => p.message)).toEqual([
      expect.stringMatching(/^json block does not parse/),
      expect.stringMatching(/^yaml block does not parse/),
    ]);
  });
});
