// Loads the read-only course content from assets/ and checks it: every file against its schema,
// and every cross-reference (related topics, diagram topics, quiz topics, [[links]]) against the
// ids that exist. The app refuses to start on broken content; `npm run content:check` reports it.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import {
  type DiagramSpec,
  diagramSpecSchema,
  type NoteFrontMatter,
  noteFrontMatterSchema,
  type QuizQuestion,
  quizFileSchema,
  type TopicEntry,
  topicsFileSchema,
} from '../common/content-schema';

export interface LoadedNote {
  meta: NoteFrontMatter;
  markdown: string;
  file: string;
}

export interface ContentIndex {
  /** Course topics, then our additions, in course order. */
  topics: TopicEntry[];
  notes: Map<string, LoadedNote>;
  diagrams: Map<string, DiagramSpec>;
  questions: Map<string, QuizQuestion>;
}

export interface ContentProblem {
  file: string;
  message: string;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`Course content is invalid:\n${problems.map((p) => `  ${p.file}: ${p.message}`).join('\n')}`);
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
const WIKI_LINK = /\[\[([a-z0-9-]+)(?:#([a-z0-9-]+))?(?:\|[^\]]*)?\]\]/g;

function listFiles(dir: string, extensions: string[]): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full, extensions));
    else if (extensions.some((ext) => entry.name.endsWith(ext))) out.push(full);
  }
  return out.sort();
}

function formatZodIssues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');
}

export function parseNoteFile(file: string, text: string): { note?: LoadedNote; problems: ContentProblem[] } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { problems: [{ file, message: 'missing front matter (--- ... ---)' }] };
  let raw: unknown;
  try {
    raw = YAML.parse(match[1] ?? '');
  } catch (error) {
    return { problems: [{ file, message: `front matter is not YAML: ${(error as Error).message}` }] };
  }
  const parsed = noteFrontMatterSchema.safeParse(raw);
  if (!parsed.success) return { problems: [{ file, message: formatZodIssues(parsed.error) }] };
  return { note: { meta: parsed.data, markdown: (match[2] ?? '').trim(), file }, problems: [] };
}

function readJsonOrYaml(file: string): unknown {
  const text = fs.readFileSync(file, 'utf8');
  return file.endsWith('.json') ? JSON.parse(text) : YAML.parse(text);
}

export function loadContent(assetsDir: string): { index: ContentIndex; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const rel = (file: string) => path.relative(assetsDir, file);

  const topicsFile = path.join(assetsDir, 'topics.json');
  const topicsParsed = topicsFileSchema.safeParse(readJsonOrYaml(topicsFile));
  if (!topicsParsed.success) throw new ContentError([{ file: 'topics.json', message: formatZodIssues(topicsParsed.error) }]);
  const topics = [...topicsParsed.data.topics, ...topicsParsed.data.additions];
  const topicById = new Map(topics.map((t) => [t.id, t]));

  const notes = new Map<string, LoadedNote>();
  for (const file of listFiles(path.join(assetsDir, 'notes'), ['.md'])) {
    const { note, problems: found } = parseNoteFile(rel(file), fs.readFileSync(file, 'utf8'));
    problems.push(...found);
    if (!note) continue;
    const expectedId = path.basename(file, '.md');
    const topic = topicById.get(note.meta.id);
    if (note.meta.id !== expectedId) problems.push({ file: rel(file), message: `id "${note.meta.id}" differs from file name` });
    if (!topic) problems.push({ file: rel(file), message: `"${note.meta.id}" is neither a course topic nor a listed addition` });
    else if (topic.domain !== note.meta.domain || path.basename(path.dirname(file)) !== topic.domain)
      problems.push({ file: rel(file), message: `belongs in domain ${topic.domain}` });
    if (notes.has(note.meta.id)) problems.push({ file: rel(file), message: `duplicate note id ${note.meta.id}` });
    notes.set(note.meta.id, note);
  }

  const diagrams = new Map<string, DiagramSpec>();
  for (const file of listFiles(path.join(assetsDir, 'diagrams'), ['.json', '.yaml', '.yml'])) {
    const parsed = diagramSpecSchema.safeParse(readJsonOrYaml(file));
    if (!parsed.success) {
      problems.push({ file: rel(file), message: formatZodIssues(parsed.error) });
      continue;
    }
    if (diagrams.has(parsed.data.id)) problems.push({ file: rel(file), message: `duplicate diagram id ${parsed.data.id}` });
    diagrams.set(parsed.data.id, parsed.data);
  }

  const questions = new Map<string, QuizQuestion>();
  for (const file of listFiles(path.join(assetsDir, 'quiz'), ['.json', '.yaml', '.yml'])) {
    const parsed = quizFileSchema.safeParse(readJsonOrYaml(file));
    if (!parsed.success) {
      problems.push({ file: rel(file), message: formatZodIssues(parsed.error) });
      continue;
    }
    for (const q of parsed.data.questions) {
      if (questions.has(q.id)) problems.push({ file: rel(file), message: `duplicate question id ${q.id}` });
      questions.set(q.id, q);
    }
  }

  const index: ContentIndex = { topics, notes, diagrams, questions };
  problems.push(...checkReferences(index));
  return { index, problems };
}

/** Every id a piece of content points at must exist. */
export function checkReferences(index: ContentIndex): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const topicIds = new Set(index.topics.map((t) => t.id));
  for (const note of index.notes.values()) {
    for (const id of note.meta.related)
      if (!topicIds.has(id) || id === note.meta.id) problems.push({ file: note.file, message: `related "${id}" is not another topic` });
    for (const [, target, nodeId] of note.markdown.matchAll(WIKI_LINK)) {
      if (target && !topicIds.has(target) && !index.diagrams.has(target))
        problems.push({ file: note.file, message: `link [[${target}]] points nowhere` });
      const diagram = target ? index.diagrams.get(target) : undefined;
      if (nodeId && diagram && !diagram.nodes.some((n) => n.id === nodeId))
        problems.push({ file: note.file, message: `link [[${target}#${nodeId}]] names a missing node` });
    }
  }
  for (const diagram of index.diagrams.values()) {
    const file = `diagrams/${diagram.id}`;
    const groupIds = new Set(diagram.groups.map((g) => g.id));
    const nodeIds = new Set(diagram.nodes.map((n) => n.id));
    const edgeIds = new Set(diagram.edges.map((e) => e.id));
    if (!topicIds.has(diagram.id) && diagram.nodes.length === 0) problems.push({ file, message: 'empty diagram' });
    for (const node of diagram.nodes) {
      for (const t of node.topics) if (!topicIds.has(t)) problems.push({ file, message: `node ${node.id} links missing topic ${t}` });
      if (node.kind !== 'actor' && node.topics.length === 0)
        problems.push({ file, message: `${node.kind} node ${node.id} links no topic` });
      if (node.parent && !groupIds.has(node.parent)) problems.push({ file, message: `node ${node.id} has unknown parent ${node.parent}` });
      if (groupIds.has(node.id)) problems.push({ file, message: `id ${node.id} is both a group and a node` });
    }
    for (const group of diagram.groups) {
      if (group.parent && !groupIds.has(group.parent))
        problems.push({ file, message: `group ${group.id} has unknown parent ${group.parent}` });
      if (group.arrangement === 'hub' && !diagram.nodes.some((n) => n.id === group.hub && n.parent === group.id))
        problems.push({ file, message: `hub group ${group.id} needs a hub node inside it` });
    }
    if (diagram.arrangement === 'hub' && !diagram.nodes.some((n) => n.id === diagram.hub && !n.parent))
      problems.push({ file, message: 'a hub diagram needs a top-level hub node' });
    for (const edge of diagram.edges)
      for (const end of [edge.from, edge.to])
        if (!nodeIds.has(end)) problems.push({ file, message: `edge ${edge.id} ends at unknown node ${end}` });
    const traffic = diagram.simulation === 'traffic-shift' || diagram.simulation === 'blue-green';
    if (traffic && !diagram.simulationEdges) problems.push({ file, message: `simulation ${diagram.simulation} needs simulationEdges` });
    for (const e of [...(diagram.simulationEdges?.old ?? []), ...(diagram.simulationEdges?.new ?? [])])
      if (!edgeIds.has(e)) problems.push({ file, message: `simulationEdges names unknown edge ${e}` });
    diagram.steps.forEach((step, i) => {
      for (const n of step.nodes) if (!nodeIds.has(n)) problems.push({ file, message: `step ${i + 1} highlights unknown node ${n}` });
      for (const e of step.edges) if (!edgeIds.has(e)) problems.push({ file, message: `step ${i + 1} highlights unknown edge ${e}` });
    });
  }
  for (const q of index.questions.values())
    for (const t of q.topics) if (!topicIds.has(t)) problems.push({ file: `quiz/${q.id}`, message: `links missing topic ${t}` });
  return problems;
}

/** For the running app: content problems are a build error, so refuse to go on with them. */
export function loadContentOrThrow(assetsDir: string): ContentIndex {
  const { index, problems } = loadContent(assetsDir);
  if (problems.length > 0) throw new ContentError(problems);
  return index;
}
