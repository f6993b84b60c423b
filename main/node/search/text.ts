// Text preparation shared by indexing and querying: the same word splitting and the same
// stemmer on both sides, so "deploy", "deployed" and "deployments" meet at one stem.
import stemWord from 'wink-porter2-stemmer';

/** Words whose Porter2 stem would merge them with a different AWS idea ("container" would meet "contain"). */
const KEEP_APART: Readonly<Record<string, string>> = { container: 'container', containers: 'container', containerized: 'container' };

const stemCache = new Map<string, string>(Object.entries(KEEP_APART));

/** Porter2 rather than SQLite's built-in Porter: it keeps "deploy" and "deployments" together. */
export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = word.length > 2 && /^[a-z]+$/.test(word) ? stemWord(word) : word;
    stemCache.set(word, stemmed);
  }
  return stemmed;
}

export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

export const stemText = (text: string): string => words(text).map(stem).join(' ');

/** One name's parts: "RedrivePolicy" → "Redrive Policy", "IAMRole" → "IAM Role"; other words come back unchanged. */
export const splitCamelWord = (token: string): string =>
  token.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');

/** "CodeDeploy" → "Code Deploy", "DynamoDB" → "Dynamo DB", "HalfAtATime" → "Half At A Time". */
export function splitCamelCase(text: string): string {
  const parts: string[] = [];
  // Only words with a case change inside: most words have none, and one pass finds the rest.
  for (const token of text.match(/\b[A-Za-z][A-Za-z0-9]*(?:[a-z0-9][A-Z]|[A-Z][A-Z][a-z])[A-Za-z0-9]*/g) ?? []) {
    parts.push(splitCamelWord(token));
  }
  return parts.join(' ');
}

/** Markdown to the plain words a reader sees, for snippets and for indexing. */
export function markdownToPlainText(markdown: string): string {
  return (
    markdown
      .replace(/^```[^\n]*$/gm, ' ')
      .replace(/\[\[([a-z0-9-]+)(?:#[a-z0-9-]+)?(?:\|([^\]]+))?\]\]/g, (_m, id: string, label?: string) => label ?? id.replace(/-/g, ' '))
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^\s*>\s*\[![A-Z]+\]\s*/gm, ' ')
      .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
      .replace(/\|?\s*:?-{3,}:?\s*/g, ' ')
      // Emphasis and code marks go without a trace ("**Retention**: 4 days" reads "Retention: 4 days");
      // an underscore inside a name such as leader_only stays a word break.
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(^|[^\w*])[*_](?=\S)([^*_\n]*?\S)[*_](?![\w*])/g, '$1$2')
      .replace(/[`~]+/g, '')
      .replace(/[*_|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
