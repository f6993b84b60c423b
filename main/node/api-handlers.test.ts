import { afterEach, describe, expect, it } from 'vitest';
import { API_CALL_NAMES } from '../common/contract';
import { createDispatcher, createHandlers, type ShellPlatform } from './api-handlers';
import type { AppServices } from './app-services';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { fakePlatform, makeServices } from './testing';

const platform: ShellPlatform = fakePlatform();

let services: AppServices | undefined;
afterEach(() => services?.close());

function setup() {
  services = makeServices();
  const logged: string[] = [];
  return { dispatch: createDispatcher(createHandlers(services, platform), (m) => logged.push(m)), logged, services };
}

describe('API dispatcher', () => {
  it('has a handler for every call of the contract and no other', () => {
    const { services } = setup();
    expect(Object.keys(createHandlers(services, platform)).sort()).toEqual([...API_CALL_NAMES].sort());
  });

  it('answers unknown calls and bad input with typed errors, never throwing', async () => {
    const { dispatch } = setup();
    await expect(dispatch('nope.nothing', {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    await expect(dispatch('__proto__', {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    await expect(dispatch(42, {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    // Found by the fuzz test: String() throws on an object with no prototype.
    await expect(dispatch(Object.create(null), {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    await expect(dispatch({ toString: () => 'notes.list' }, {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    await expect(dispatch('library.get', { id: 'Not An Id' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await expect(dispatch('library.get', { id: 'sns-fanout', extra: 1 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    await expect(dispatch('notes.save', null)).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('passes valid calls to the services', async () => {
    const { dispatch } = setup();
    const info = await dispatch('app.getInfo', {});
    expect(info).toMatchObject({ ok: true, value: { shell: 'browser', version: '9.9.9', schemaVersion: LATEST_SCHEMA_VERSION } });
    const note = await dispatch('library.get', { id: 'sqs-dead-letter-queue' });
    expect(note).toMatchObject({ ok: true, value: { id: 'sqs-dead-letter-queue', domain: 'D5', status: 'new' } });
    await expect(dispatch('library.get', { id: 'no-such-topic' })).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('hides internal failures behind a generic message and logs the detail', async () => {
    const { dispatch, logged, services } = setup();
    services.db.close();
    const result = await dispatch('notes.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged.some((m) => m.includes('notes.list'))).toBe(true);
  });

  it('exports notes through the shell printer and delivery', async () => {
    const { dispatch } = setup();
    const created = await dispatch('notes.create', { title: 'KMS & S3', body: '# Keys\n\nText' });
    if (!created.ok) throw new Error('create failed');
    const id = (created.value as { id: string }).id;
    const result = await dispatch('notes.exportPdf', { ids: [id] });
    expect(result).toMatchObject({ ok: true, value: { kind: 'download', fileName: 'KMS-S3.pdf' } });
  });
});
