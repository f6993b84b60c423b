// The simulations light and label edges by id: every id they can produce must be in their diagram.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateIamRequest } from '../common/simulations';

const edgesOf = (id: string) =>
  new Set(
    (JSON.parse(fs.readFileSync(path.join('assets', 'diagrams', `${id}.json`), 'utf8')) as { edges: { id: string }[] }).edges.map(
      (e) => e.id,
    ),
  );

describe('the decision paths exist in the IAM diagram', () => {
  it("every path the simulation can light is made of the diagram's edges", () => {
    const edges = edgesOf('iam-permission-evaluation');
    const guard = ['allow', 'deny', 'silent', 'none'] as const;
    const grant = ['allow', 'deny', 'absent'] as const;
    const missing = new Set<string>();
    for (const crossAccount of [false, true])
      for (const resourcePrincipal of ['session', 'role'] as const)
        for (const rcp of guard)
          for (const scp of guard)
            for (const boundary of guard)
              for (const session of guard)
                for (const identity of grant)
                  for (const resource of grant) {
                    const d = evaluateIamRequest({ crossAccount, resourcePrincipal, rcp, scp, boundary, session, identity, resource });
                    const stops = ['req', ...d.path, d.decision === 'Allow' ? 'ok' : 'no'];
                    for (let i = 1; i < stops.length; i++)
                      if (!edges.has(`${stops[i - 1]}-${stops[i]}`)) missing.add(`${stops[i - 1]}-${stops[i]}`);
                  }
    expect([...missing]).toEqual([]);
  });
});

describe('the other simulations name edges of their diagrams', () => {
  it('cross-zone shares, throttled functions and the Kinesis put edge', () => {
    const elb = edgesOf('elb-cross-zone');
    for (const id of ['dns-a', 'dns-b', 'a-a', 'a-b', 'b-a', 'b-b']) expect(elb.has(id), id).toBe(true);
    const lambda = edgesOf('lambda-concurrency-pools');
    for (const id of ['dev-thr', 'qa-thr', 'prod-thr']) expect(lambda.has(id), id).toBe(true);
    expect(edgesOf('kinesis-streaming').has('put')).toBe(true);
  });
});
