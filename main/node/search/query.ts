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

/** Words too common to tell notes apart; dropped unless the query has nothing else. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'do',
  'does',
  'for',
  'from',
  'how',
  'i',
  'in',
  'is',
  'it',
  'of',
  'on',
  'or',
  'the',
  'to',
  'vs',
  'what',
  'when',
  'which',
  'why',
  'with',
]);

/** Shorter prefixes match too many words to be useful while typing. */
const MIN_PREFIX = 3;

const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;

export interface ParsedQuery {
  /** The FTS5 expression (any word may match), or undefined when nothing searchable was typed. */
  match: string | undefined;
  /** Per typed word, its own MATCH expression, for ranking by how many words a document covers. */
  groups: { expression: string; terms: string[]; prefix?: string }[];
  /** The finished words only; a word still being typed matches so much that it only re-ranks. */
  completeMatch: string | undefined;
  /** Stems to highlight in snippets. */
  stems: string[];
  /** Word beginnings to highlight (the word being typed). */
  prefixes: string[];
}

export function parseQuery(input: string, options: { prefixLastWord: boolean } = { prefixLastWord: true }): ParsedQuery {
  const all = words(input).slice(0, 12);
  const meaningful = all.filter((w, i) => !STOP_WORDS.has(w) || (i === all.length - 1 && !/\s$/.test(input) && w.length >= MIN_PREFIX));
  const tokens = meaningful.length > 0 ? meaningful : all;
  if (tokens.length === 0) return { match: undefined, completeMatch: undefined, groups: [], stems: [], prefixes: [] };
  const typingLast = options.prefixLastWord && !/\s$/.test(input);
  const stems: string[] = [];
  const prefixes: string[] = [];
  const groups: ParsedQuery['groups'] = [];
  const expressions = tokens.map((token, i) => {
    const alternatives = new Set<string>([quote(stem(token))]);
    const terms = [stem(token)];
    for (const expansion of SYNONYMS[token] ?? []) {
      const expanded = words(expansion).map(stem);
      alternatives.add(quote(expanded.join(' ')));
      terms.push(expanded.join(' '));
      stems.push(...expanded);
    }
    stems.push(stem(token));
    const typing = i === tokens.length - 1 && typingLast && token.length >= MIN_PREFIX;
    if (typing) {
      alternatives.add(`${quote(stem(token))}*`);
      // The unstemmed column catches a word typed past its stem ("deploym" → "deployments").
      alternatives.add(`raw : ${quote(token)}*`);
      prefixes.push(token);
    }
    const expression = `(${[...alternatives].join(' OR ')})`;
    groups.push(typing ? { expression, terms, prefix: token } : { expression, terms });
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
