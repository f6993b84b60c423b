import { describe, expect, it } from 'vitest';
import { createDispatcher, createHandlers } from './api-handlers';
import { fakePlatform, makeServices, makeTempDir } from './testing';

describe('settings', () => {
  it('keeps the practice setup choices, through the API and across a reopen', async () => {
    const dir = makeTempDir();
    const services = makeServices(dir);
    const call = createDispatcher(createHandlers(services, fakePlatform()));
    expect(services.settings.get().practice).toBeNull();
    const choices = { domains: ['D3'], topics: ['kms'], difficulties: [3], only: 'unseen', count: 5 };
    expect(await call('settings.update', { practice: choices })).toMatchObject({ ok: true, value: { practice: choices } });
    // Input the setup could not have sent is refused, and the kept choices stay.
    expect(await call('settings.update', { practice: { ...choices, count: 0 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    services.close();
    const reopened = makeServices(dir);
    expect(reopened.settings.get().practice).toEqual(choices);
    reopened.close();
  });

  it('starts the setup afresh when the kept choices are in a shape this version cannot read', () => {
    const services = makeServices();
    services.settings.setRaw('practice', { domains: ['D9'], count: 'ten' });
    expect(services.settings.get().practice).toBeNull();
    services.settings.setRaw('practice', { count: 7 });
    // What a version before `only` existed would have written: the default fills it in.
    expect(services.settings.get().practice).toEqual({ count: 7, only: 'all' });
    services.close();
  });
});
