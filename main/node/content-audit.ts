// The full content check behind `npm run content:check` and the content tests: schemas and
// references (from the loader), plus the promises of the course library: one note per course
// topic, and every fenced json/yaml block parses.
import YAML from 'yaml';
import { type ContentIndex, type ContentProblem, loadContent } from './content';

const FENCE = /^```(\w+)[^\n]*\n([\s\S]*?)^```/gm;

/** CloudFormation short-form tags (!Ref, !Sub, ...) are valid YAML for our purposes. */
const CFN_TAGS = [
  'Ref',
  'Sub',
  'GetAtt',
  'Join',
  'If',
  'Equals',
  'Not',
  'And',
  'Or',
  'FindInMap',
  'Select',
  'Split',
  'GetAZs',
  'ImportValue',
  'Base64',
  'Cidr',
  'Condition',
  'Transform',
  'ToJsonString',
  'Length',
].map((name) => ({ tag: `!${name}`, resolve: (value: unknown) => ({ [name]: value }) }));
const yamlTags = CFN_TAGS.flatMap((t) => [{ ...t, collection: 'seq' as const }, { ...t, collection: 'map' as const }, t]);

export function checkFencedBlocks(file: string, markdown: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [, lang, code = ''] of markdown.matchAll(FENCE)) {
    try {
      if (lang === 'json') JSON.parse(code);
      else if (lang === 'yaml' || lang === 'yml') {
        for (const doc of YAML.parseAllDocuments(code, { customTags: yamlTags })) {
          if (doc.errors.length > 0) throw doc.errors[0];
        }
      }
    } catch (error) {
      problems.push({ file, message: `${lang} block does not parse: ${(error as Error).message.split('\n')[0]}` });
    }
  }
  return problems;
}

export interface AuditResult {
  index: ContentIndex;
  problems: ContentProblem[];
}

export function auditContent(assetsDir: string): AuditResult {
  const { index, problems } = loadContent(assetsDir);
  for (const topic of index.topics) {
    if (!index.notes.has(topic.id)) problems.push({ file: `notes/${topic.domain}/${topic.id}.md`, message: 'course topic has no note' });
  }
  for (const note of index.notes.values()) problems.push(...checkFencedBlocks(note.file, note.markdown));
  return { index, problems };
}
