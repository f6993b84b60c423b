// Turns what a learner types into an FTS5 MATCH expression: every word must match (as its stem,
// or as an abbreviation's expansion), and the word still being typed also matches as a prefix.
// Every term is quoted, so no input can inject FTS5 syntax.
import { stem, words } from './text';

/** Abbreviations learners type, and what the notes spell out. */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  asg: ['auto scaling group'],
  alb: ['application load balancer'],
  nlb: ['network load balancer'],
  glb: ['gateway load balancer'],
  elb: ['elastic load balancing', 'load balancer'],
  clb: ['classic load balancer'],
  scp: ['service control policy'],
  ou: ['organizational unit'],
  kms: ['key management service'],
  cmk: ['customer managed key'],
  rcu: ['read capacity unit'],
  wcu: ['write capacity unit'],
  dlq: ['dead letter queue'],
  tgw: ['transit gateway'],
  eb: ['elastic beanstalk'],
  cfn: ['cloudformation'],
  cf: ['cloudformation', 'cloudfront'],
  ssm: ['systems manager'],
  iam: ['identity and access management'],
  sts: ['security token service'],
  sso: ['single sign on', 'identity center'],
  abac: ['attribute based access control'],
  rbac: ['role based access control'],
  rto: ['recovery time objective'],
  rpo: ['recovery point objective'],
  dax: ['dynamodb accelerator'],
  ddb: ['dynamodb'],
  sqs: ['simple queue service'],
  sns: ['simple notification service'],
  ecs: ['elastic container service'],
  ecr: ['elastic container registry'],
  eks: ['elastic kubernetes service'],
  efs: ['elastic file system'],
  ebs: ['elastic block store'],
  ami: ['machine image'],
  acm: ['certificate manager'],
  waf: ['web application firewall'],
  nacl: ['network acl'],
  acl: ['access control list'],
  vpn: ['virtual private network'],
  sam: ['serverless application model'],
  ci: ['continuous integration'],
  cd: ['continuous delivery', 'continuous deployment'],
  iac: ['infrastructure as code'],
  dr: ['disaster recovery'],
  az: ['availability zone'],
  ri: ['reserved instance'],
  sg: ['security group'],
  cw: ['cloudwatch'],
  kds: ['kinesis data streams'],
  dhmc: ['default host management configuration'],
  rcp: ['resource control policy'],
  mrsc: ['multi region strong consistency'],
  mrec: ['multi region eventual consistency'],
};

/**
 * Words too common to tell notes apart, and the question words and filler of a question typed as
 * a learner would say it ("how do I", "what is the", "can you"); dropped unless the query has
 * nothing else. Words that change the meaning stay: not, no, without, only, all, same, cross.
 * "Contain" and "include" only link a question to its subject ("what does a deployment group
 * contain"): as rare words they would otherwise outweigh the subject itself.
 */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been being by can contain contains could did do does doing for from get gets got had has have how i ' +
    'if in include includes into is it its me my of on or our should so that the their them then there these they this those ' +
    'to us vs was we were what whats when where which while who why will with would you your'
  ).split(' '),
);

/**
 * Learner phrasings and the words the notes use for them (stems on both sides): a phrase found in
 * the query becomes one word that matches either its own words or any of the AWS terms.
 */
export const PHRASES: readonly { phrase: string; terms: readonly string[] }[] = [
  { phrase: 'throttled', terms: ['429', 'too many requests', 'throttling'] },
  { phrase: 'throttling', terms: ['429', 'too many requests', 'throttled'] },
  { phrase: 'rate limited', terms: ['429', 'throttling', 'too many requests'] },
  { phrase: 'keep messages', terms: ['retention'] },
  { phrase: 'keeps messages', terms: ['retention'] },
  { phrase: 'how long', terms: ['retention', 'period', 'duration'] },
  { phrase: 'failed requests', terms: ['access logs', 'data events'] },
  { phrase: 'same time', terms: ['parallel', 'run order', 'runorder'] },
  { phrase: 'at once', terms: ['parallel', 'all at once'] },
  { phrase: 'one after another', terms: ['sequential', 'run order', 'runorder'] },
  { phrase: 'wait for', terms: ['depends on', 'dependson', 'wait condition'] },
  { phrase: 'who called', terms: ['cloudtrail', 'api call'] },
  { phrase: 'who made', terms: ['cloudtrail', 'api call'] },
  { phrase: 'roll back', terms: ['rollback'] },
  { phrase: 'rolled back', terms: ['rollback'] },
  { phrase: 'go back', terms: ['rollback'] },
  { phrase: 'cost less', terms: ['cost', 'cheaper', 'cheapest'] },
  { phrase: 'least cost', terms: ['cost', 'cheaper', 'cheapest'] },
  { phrase: 'dropdown', terms: ['allowed values', 'allowedvalues'] },
  { phrase: 'drop down', terms: ['allowed values', 'allowedvalues'] },
  { phrase: 'by hand', terms: ['manual', 'manually'] },
  { phrase: 'email', terms: ['sns', 'notification', 'notify'] },
  { phrase: 'outage', terms: ['operational issue', 'health event', 'issue'] },
  { phrase: 'block', terms: ['deny'] },
  { phrase: 'need', terms: ['require', 'prerequisite'] },
  { phrase: 'needs', terms: ['require', 'prerequisite'] },
  { phrase: 'max', terms: ['maximum', 'limit', 'quota', 'up to'] },
  { phrase: 'minimum', terms: ['at least', 'min'] },
  { phrase: 'how big', terms: ['size', 'limit', 'up to'] },
  { phrase: 'how many', terms: ['up to', 'limit', 'quota', 'maximum'] },
  { phrase: 'status code', terms: ['http status', 'error code'] },
  { phrase: 'error code', terms: ['status code', 'http status'] },
];

/** Shorter prefixes match too many words to be useful while typing. */
const MIN_PREFIX = 3;

const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;

export interface QueryGroup {
  expression: string;
  /** Stemmed alternatives, each one or more words. */
  terms: string[];
  /** The word being typed, matched as a word beginning. */
  prefix?: string;
  /** Typed as an AWS identifier (CamelCase, snake_case, a code such as 429): rarer and more telling than a common word. */
  identifier?: boolean;
}

export interface ParsedQuery {
  /** The FTS5 expression (any word may match), or undefined when nothing searchable was typed. */
  match: string | undefined;
  /** Per typed word (or learner phrase), its own MATCH expression, for ranking by how many a document covers. */
  groups: QueryGroup[];
  /** The finished words only; a word still being typed matches so much that it only re-ranks. */
  completeMatch: string | undefined;
  /** Stems to highlight in snippets. */
  stems: string[];
  /** Word beginnings to highlight (the word being typed). */
  prefixes: string[];
}

const PHRASE_WORDS = PHRASES.map((p) => ({ words: words(p.phrase).map(stem), terms: p.terms.map((t) => words(t).map(stem).join(' ')) }));

/** Words typed as identifiers: CamelCase, snake_case, codes with digits ("429", "maxReceiveCount", "leader_only"). */
function identifierWords(input: string): Set<string> {
  const out = new Set<string>();
  for (const token of input.match(/[A-Za-z0-9_]+/g) ?? []) {
    if (/[a-z][A-Z]/.test(token) || token.includes('_') || (/\d/.test(token) && token.length >= 3))
      for (const w of words(token)) out.add(w);
  }
  return out;
}

interface Token {
  word: string;
  /** Extra stemmed alternatives (a learner phrase's AWS terms). */
  terms: string[];
}

/** The words that carry meaning, with learner phrases folded into one word each. */
function meaningfulTokens(all: string[], typingLast: boolean): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < all.length; i++) {
    const phrase = PHRASE_WORDS.find((p) => p.words.every((w, k) => all[i + k] !== undefined && stem(all[i + k] ?? '') === w));
    // The word being typed is not yet part of a phrase: "wait f" is still typing "f…".
    if (phrase && !(typingLast && i + phrase.words.length === all.length)) {
      const own = all.slice(i, i + phrase.words.length).filter((w) => !STOP_WORDS.has(w));
      tokens.push({ word: own.join(' ') || (all[i] ?? ''), terms: phrase.terms });
      i += phrase.words.length - 1;
      continue;
    }
    const word = all[i] ?? '';
    const last = i === all.length - 1;
    if (!STOP_WORDS.has(word) || (last && typingLast && word.length >= MIN_PREFIX)) tokens.push({ word, terms: [] });
  }
  return tokens.length > 0 ? tokens : all.map((word) => ({ word, terms: [] }));
}

export function parseQuery(input: string, options: { prefixLastWord: boolean } = { prefixLastWord: true }): ParsedQuery {
  const all = words(input).slice(0, 12);
  const typingLast = options.prefixLastWord && !/\s$/.test(input);
  const tokens = meaningfulTokens(all, typingLast);
  if (tokens.length === 0) return { match: undefined, completeMatch: undefined, groups: [], stems: [], prefixes: [] };
  const identifiers = identifierWords(input);
  const stems: string[] = [];
  const prefixes: string[] = [];
  const groups: QueryGroup[] = [];
  const expressions = tokens.map(({ word, terms: phraseTerms }, i) => {
    const own = words(word).map(stem).join(' ');
    const alternatives = new Set<string>([quote(own)]);
    const terms = [own];
    const expansions = [...(SYNONYMS[word] ?? []).map((e) => words(e).map(stem).join(' ')), ...phraseTerms];
    for (const expanded of expansions) {
      alternatives.add(quote(expanded));
      terms.push(expanded);
      stems.push(...expanded.split(' '));
    }
    stems.push(...own.split(' '));
    const typing = i === tokens.length - 1 && typingLast && phraseTerms.length === 0 && word.length >= MIN_PREFIX;
    if (typing) {
      alternatives.add(`${quote(own)}*`);
      // The unstemmed column catches a word typed past its stem ("deploym" → "deployments").
      alternatives.add(`raw : ${quote(word)}*`);
      prefixes.push(word);
    }
    const expression = `(${[...alternatives].join(' OR ')})`;
    const group: QueryGroup = { expression, terms };
    if (typing) group.prefix = word;
    if (identifiers.has(word)) group.identifier = true;
    groups.push(group);
    return expression;
  });
  const complete = groups.filter((g) => g.prefix === undefined).map((g) => g.expression);
  // OR, not AND: a note missing one word of a long query should still be found; the service
  // ranks documents that match every word first.
  return {
    match: expressions.join(' OR '),
    completeMatch: complete.length > 0 ? complete.join(' OR ') : undefined,
    groups,
    stems: [...new Set(stems)],
    prefixes,
  };
}
