// A profile that looks lived-in: answered practice and review questions across every domain, a
// submitted mock exam, an exam date and personal notes with the markdown a learner writes. Made
// through the same HTTP API the page uses, so views are checked the way a learner meets them.
import type { ApiCallName, ApiInput, ApiOutput, QuizQuestionView } from '../../main/common/contract';
import type { RunningShell } from './browser-shell';

export type Caller = <N extends ApiCallName>(name: N, input: ApiInput<N>) => Promise<ApiOutput<N>>;

export function apiCaller(shell: RunningShell): Caller {
  const token = /token=([\w-]+)/.exec(shell.launchUrl)?.[1] ?? '';
  return async (name, input) => {
    const response = await fetch(`${shell.baseUrl}api/${name}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    if (!body.ok) throw new Error(`${name}: ${body.error?.message}`);
    return body.value as ApiOutput<typeof name>;
  };
}

// Alternates right and wrong answers, so stats show strengths and weak topics alike.
const pick = (q: QuizQuestionView, n: number) => (n % 3 === 0 ? q.options.slice(-q.selectCount) : q.options.slice(0, q.selectCount));

export interface SeededProfile {
  noteId: string;
}

export async function seedStudyProfile(shell: RunningShell): Promise<SeededProfile> {
  const call = apiCaller(shell);
  for (const domain of ['D1', 'D2', 'D3', 'D4', 'D5', 'D6'] as const) {
    const session = await call('quiz.start', { mode: 'practice', domains: [domain], only: 'all', count: 6 });
    for (const [n, q] of session.questions.entries()) {
      await call('quiz.answer', { sessionId: session.sessionId, questionId: q.id, chosen: pick(q, n).map((o) => o.id), timeMs: 40_000 });
    }
  }
  const exam = await call('exam.start', {});
  for (const [n, q] of exam.questions.slice(0, 30).entries()) {
    await call('exam.answer', {
      sessionId: exam.sessionId,
      questionId: q.id,
      chosen: pick(q, n).map((o) => o.id),
      flagged: n % 7 === 0,
      timeUsedMs: 60_000 * (n + 1),
    });
  }
  await call('exam.submit', { sessionId: exam.sessionId, timeUsedMs: 40 * 60_000 });
  const inThreeWeeks = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
  await call('settings.update', { examDate: inThreeWeeks });

  const note = await call('notes.create', {
    title: 'Blue/green with CodeDeploy — my summary of traffic shifting and rollback',
    body: [
      '## What I keep forgetting',
      '',
      'Linked topics: [[blue-green-deployment]] and [[codedeploy-deployment-configs]], node [[sns-fanout#topic]].',
      '',
      '> [!TIP]',
      '> Rollback redeploys the **last good revision**; it does not rewind.',
      '',
      '| Config | Shift | When |',
      '|---|---|---|',
      '| Canary10Percent5Minutes | 10 % then 90 % | after 5 min |',
      '| Linear10PercentEvery1Minute | 10 % a step | every minute |',
      '',
      '```mermaid',
      'flowchart LR',
      '  Users --> ALB[Application Load Balancer] --> Blue[Blue target group]',
      '  ALB -.-> Green[Green target group]',
      '```',
      '',
      'A very long identifier: arn:aws:codedeploy:eu-west-1:123456789012:deploymentgroup:MyApplication/MyDeploymentGroupName',
      '',
      '```yaml',
      'version: 0.0',
      'Resources:',
      '  - TargetService:',
      '      Type: AWS::ECS::Service',
      '```',
    ].join('\n'),
  });
  await call('notes.setMeta', { id: note.id, tags: ['deployments', 'exam-traps'], pinned: true });
  for (const title of ['SQS retention and DLQs', 'Config rules vs. Conformance packs']) {
    const other = await call('notes.create', { title, body: `Short note about ${title}.` });
    await call('notes.setMeta', { id: other.id, tags: ['review'] });
  }
  return { noteId: note.id };
}
