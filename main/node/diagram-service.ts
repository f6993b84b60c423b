// Diagrams as the renderer needs them: the shipped spec plus its computed layout (cached, since
// specs never change while the app runs), and index entries with a thumbnail.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { DiagramSpec } from '../common/content-schema';
import type { DiagramLayout, DiagramSummary, LaidOutDiagram } from '../common/contract';
import { ApiError } from '../common/result';
import type { ContentIndex } from './content';
import { absoluteBoxes } from './diagram-geometry';
import { LAYOUT_VERSION, layoutDiagram } from './diagram-layout';

/** Layouts computed at build time (scripts/precompute-layouts.ts), keyed by diagram id. */
export type PrecomputedLayouts = Record<string, { specHash: string; layout: DiagramLayout }>;

export function specHash(spec: DiagramSpec): string {
  return createHash('sha256')
    .update(`${LAYOUT_VERSION}:${JSON.stringify(spec)}`)
    .digest('hex')
    .slice(0, 16);
}

export class DiagramService {
  private readonly cache = new Map<string, Promise<LaidOutDiagram>>();
  private readonly precomputed: PrecomputedLayouts;

  /** A layouts file from the build saves ELK's start-up and layout time; a stale entry is ignored. */
  constructor(
    private readonly content: ContentIndex,
    layoutsFile?: string,
  ) {
    this.precomputed = readLayouts(layoutsFile);
  }

  get(id: string): Promise<LaidOutDiagram> {
    const spec = this.content.diagrams.get(id);
    if (!spec) return Promise.reject(new ApiError('not_found', `There is no diagram "${id}".`));
    let laidOut = this.cache.get(id);
    if (!laidOut) {
      const ready = this.precomputed[id];
      laidOut =
        ready && ready.specHash === specHash(spec)
          ? Promise.resolve({ ...spec, layout: ready.layout })
          : layoutDiagram(spec).then((layout) => ({ ...spec, layout }));
      laidOut.catch(() => this.cache.delete(id));
      this.cache.set(id, laidOut);
    }
    return laidOut;
  }

  async list(): Promise<DiagramSummary[]> {
    const out: DiagramSummary[] = [];
    for (const spec of this.content.diagrams.values()) {
      const { layout } = await this.get(spec.id);
      const { nodes: boxes } = absoluteBoxes(spec, layout);
      out.push({
        id: spec.id,
        title: spec.title,
        domain: spec.domain,
        summary: spec.summary,
        nodeCount: spec.nodes.length,
        thumbnail: {
          boxes: spec.nodes.map((n) => ({ ...(boxes.get(n.id) ?? { x: 0, y: 0, width: 0, height: 0 }), kind: n.kind })),
          // Each routed edge as its straight pieces.
          lines: Object.values(layout.edges).flatMap(({ points }) =>
            points.slice(1).map((p, i) => [points[i]?.x ?? p.x, points[i]?.y ?? p.y, p.x, p.y] as [number, number, number, number]),
          ),
        },
      });
    }
    return out;
  }
}

function readLayouts(file: string | undefined): PrecomputedLayouts {
  if (!file || !fs.existsSync(file)) return {};
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as PrecomputedLayouts;
  } catch {
    return {};
  }
}
