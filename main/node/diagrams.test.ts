import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeServices, makeTempDir, REPO_ROOT } from './testing';

const services = makeServices();
afterAll(() => services.close());
const specs = [...services.content.diagrams.values()];

describe('diagrams', () => {
  it('ships at least 24 diagrams including the required ones, each with a 4–10 step walk-through', () => {
    expect(specs.length).toBeGreaterThanOrEqual(24);
    for (const id of [
      'cross-account-codepipeline',
      'codepipeline-ci-cd-flow',
      'blue-green-deployment-options',
      'codedeploy-traffic-shifting',
      'eb-deployment-policies',
      'sns-fanout',
      'transit-gateway',
    ])
      expect(services.content.diagrams.has(id), id).toBe(true);
    for (const spec of specs) {
      expect(spec.steps.length, spec.id).toBeGreaterThanOrEqual(4);
      expect(spec.steps.length, spec.id).toBeLessThanOrEqual(10);
    }
  });

  it('uses the build-time layouts when they match the spec, and ignores stale ones', async () => {
    const { DiagramService, specHash } = await import('./diagram-service');
    const spec = services.content.diagrams.get('sqs-dlq');
    if (!spec) throw new Error('sqs-dlq missing');
    const file = path.join(makeTempDir(), 'layouts.json');
    const fake = {
      nodes: Object.fromEntries(
        spec.nodes.map((n, i) => [n.id, { x: i * 1000, y: 7, width: 232, height: 64, labelLines: [n.label], serviceLines: [] }]),
      ),
      groups: {},
      edges: {},
      size: { width: 10_000, height: 100 },
    };
    fs.writeFileSync(
      file,
      JSON.stringify({ 'sqs-dlq': { specHash: specHash(spec), layout: fake }, 'sns-fanout': { specHash: 'stale', layout: fake } }),
    );
    const withFile = new DiagramService(services.content, file);
    expect((await withFile.get('sqs-dlq')).layout).toEqual(fake);
    expect((await withFile.get('sns-fanout')).layout).not.toEqual(fake);
  });

  it('names an AWS icon for every service the diagrams use', () => {
    const iconModule = fs.readFileSync(path.join(REPO_ROOT, 'renderer/src/features/diagrams/aws-icons.ts'), 'utf8');
    const mapped = new Set([...iconModule.matchAll(/^ {2}'([^']+)': icon/gm)].map((m) => m[1]));
    const withoutIcon = new Set(['AWS OpsWorks']); // retired service: the official set has no icon
    const services = new Set(specs.flatMap((s) => s.nodes.map((n) => n.service).filter((x): x is string => !!x)));
    const missing = [...services].filter((s) => !mapped.has(s) && !withoutIcon.has(s));
    expect(missing).toEqual([]);
  });
});

describe('diagram drills', () => {
  it('hides service nodes, offers four distinct choices including the answer, and stores attempts', () => {
    const drill = services.drills.start('cross-account-codepipeline', 5);
    const spec = services.content.diagrams.get('cross-account-codepipeline');
    expect(drill.items).toHaveLength(5);
    for (const item of drill.items) {
      const node = spec?.nodes.find((n) => n.id === item.nodeId);
      expect(node?.kind).toBe('service');
      expect(new Set(item.choices).size).toBe(4);
      expect(item.choices).toContain(node?.label);
    }
    const [first, second] = drill.items;
    const right = spec?.nodes.find((n) => n.id === first?.nodeId)?.label ?? '';
    expect(services.drills.answer(drill.sessionId, first?.nodeId ?? '', right, 900)).toMatchObject({ correct: true });
    const wrong = second?.choices.find((c) => c !== spec?.nodes.find((n) => n.id === second.nodeId)?.label) ?? '';
    expect(services.drills.answer(drill.sessionId, second?.nodeId ?? '', wrong, 1200)).toMatchObject({ correct: false });
    expect(() => services.drills.answer(drill.sessionId, first?.nodeId ?? '', right, 900)).toThrow(/already answered/);
    const history = services.quiz.history(10).filter((a) => a.mode === 'diagram');
    expect(history.map((h) => h.questionId)).toEqual([
      `cross-account-codepipeline#${second?.nodeId}`,
      `cross-account-codepipeline#${first?.nodeId}`,
    ]);
  });

  it('refuses answers for nodes outside the drill', () => {
    const drill = services.drills.start('sns-fanout', 2);
    const outside = services.content.diagrams.get('sns-fanout')?.nodes.find((n) => !drill.items.some((i) => i.nodeId === n.id));
    expect(() => services.drills.answer(drill.sessionId, outside?.id ?? 'x', 'anything', 1)).toThrow(/not part of this drill/);
  });
});
