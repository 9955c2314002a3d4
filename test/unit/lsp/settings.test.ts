import * as assert from 'assert';
import { DEFAULT_MAX_FILE_SIZE } from '../../../server/src/shared/options';
import { normalizeSettings } from '../../../server/src/lsp/settings';
import { RuleFailureLog } from '../../../server/src/lsp/ruleFailureLog';
import { SettingsStore } from '../../../server/src/lsp/settingsStore';
import type { Connection } from 'vscode-languageserver/node';

describe('lsp normalizeSettings', () => {
  const ids = ['connector-name', 'password-sync-toggle'];

  it('uses the defaults for a missing section', () => {
    const { settings, warnings } = normalizeSettings(undefined, ids);
    assert.deepStrictEqual(warnings, []);
    assert.strictEqual(settings.enable, true);
    assert.strictEqual(settings.run, 'onType');
    assert.strictEqual(settings.options.maxFileSize, DEFAULT_MAX_FILE_SIZE);
  });

  it('reads every setting', () => {
    const { settings, warnings } = normalizeSettings(
      { enable: false, run: 'onSave', rules: { 'connector-name': 'warning' }, connectors: { ad: ['contoso.com'], azureAd: ['contoso.onmicrosoft.com - AAD'] }, maxFileSize: 1000, trace: { server: 'off' } },
      ids,
    );
    assert.deepStrictEqual(warnings, []);
    assert.strictEqual(settings.enable, false);
    assert.strictEqual(settings.run, 'onSave');
    assert.deepStrictEqual(settings.options.rules, { 'connector-name': 'warning' });
    assert.deepStrictEqual(settings.options.connectors.azureAd, ['contoso.onmicrosoft.com - AAD']);
    assert.strictEqual(settings.options.maxFileSize, 1000);
  });

  it('falls back per setting and names each bad one', () => {
    const { settings, warnings } = normalizeSettings({ enable: 'yes', run: 'sometimes', rules: { nope: 'error' }, maxFileSize: 'big' }, ids);
    assert.strictEqual(settings.enable, true);
    assert.strictEqual(settings.run, 'onType');
    assert.strictEqual(settings.options.maxFileSize, DEFAULT_MAX_FILE_SIZE);
    assert.strictEqual(warnings.length, 4);
    assert.ok(warnings.some((warning) => warning.includes('adsyncLint.enable')));
    assert.ok(warnings.some((warning) => warning.includes('adsyncLint.run')));
    assert.ok(warnings.some((warning) => warning.includes('nope')));
  });
});

describe('lsp RuleFailureLog', () => {
  it('logs a failing rule once per document version', () => {
    const log = new RuleFailureLog();
    const failure = { ruleId: 'connector-name', message: 'boom' };
    assert.strictEqual(log.takeNew('file:///a.ps1', 1, [failure]).length, 1);
    assert.deepStrictEqual(log.takeNew('file:///a.ps1', 1, [failure]), []);
    const next = log.takeNew('file:///a.ps1', 2, [failure]);
    assert.strictEqual(next.length, 1);
    assert.ok(next[0].includes('connector-name') && next[0].includes('file:///a.ps1'));
    assert.strictEqual(log.takeNew('file:///b.ps1', 2, [failure]).length, 1);
  });
});

describe('lsp SettingsStore', () => {
  function fakeConnection(section: unknown) {
    const shown: string[] = [];
    const logged: string[] = [];
    let requests = 0;
    const connection = {
      workspace: {
        getConfiguration: async () => {
          requests++;
          return section;
        },
      },
      console: { warn: (line: string) => logged.push(line), error: (line: string) => logged.push(line) },
      sendNotification: async (_type: unknown, params: { message: string }) => shown.push(params.message),
    };
    return { connection: connection as unknown as Connection, shown, logged, requests: () => requests };
  }

  it('caches per document until the configuration changes', async () => {
    const fake = fakeConnection({ run: 'onSave' });
    const store = new SettingsStore(fake.connection, () => true);
    assert.strictEqual((await store.get('file:///a.ps1')).run, 'onSave');
    await store.get('file:///a.ps1');
    assert.strictEqual(fake.requests(), 1);
    store.invalidate(undefined);
    await store.get('file:///a.ps1');
    assert.strictEqual(fake.requests(), 2);
  });

  it('shows each settings problem once, logs it, and uses the defaults', async () => {
    const fake = fakeConnection({ run: 'sometimes', rules: { 'no-such-rule': 'error' } });
    const store = new SettingsStore(fake.connection, () => true);
    const settings = await store.get('file:///a.ps1');
    assert.strictEqual(settings.run, 'onType');
    assert.deepStrictEqual(settings.options.rules, {});
    store.invalidate(undefined);
    await store.get('file:///b.ps1');
    assert.strictEqual(fake.shown.length, 1);
    assert.match(fake.shown[0], /adsyncLint\.run|no-such-rule/);
    assert.strictEqual(fake.logged.length, 2);
  });

  it('uses the pushed section when the client cannot be asked', async () => {
    const fake = fakeConnection({ run: 'onType' });
    const store = new SettingsStore(fake.connection, () => false);
    store.invalidate({ run: 'onSave' });
    assert.strictEqual((await store.get('file:///a.ps1')).run, 'onSave');
    assert.strictEqual(fake.requests(), 0);
  });
});

describe('lsp SettingsStore with editors other than VS Code', () => {
  function connectionAnswering(section: unknown) {
    const connection = {
      workspace: { getConfiguration: async () => section },
      console: { warn: () => undefined, error: () => undefined },
      sendNotification: async () => undefined,
    };
    return connection as unknown as Connection;
  }

  it('reads initializationOptions given as { adsyncLint: … } when the client cannot be asked', async () => {
    const store = new SettingsStore(connectionAnswering(undefined), () => false);
    store.useInitializationOptions({ adsyncLint: { run: 'onSave', rules: { 'connector-name': 'warning' } } });
    const settings = await store.get('file:///a.ps1');
    assert.strictEqual(settings.run, 'onSave');
    assert.deepStrictEqual(settings.options.rules, { 'connector-name': 'warning' });
  });

  it('reads initializationOptions given as the bare section', async () => {
    const store = new SettingsStore(connectionAnswering(undefined), () => false);
    store.useInitializationOptions({ enable: false });
    assert.strictEqual((await store.get('file:///a.ps1')).enable, false);
  });

  it('falls back to initializationOptions when the client answers null', async () => {
    const store = new SettingsStore(connectionAnswering(null), () => true);
    store.useInitializationOptions({ adsyncLint: { run: 'onSave' } });
    assert.strictEqual((await store.get('file:///a.ps1')).run, 'onSave');
  });

  it('uses the defaults when the client answers null and sent nothing', async () => {
    const store = new SettingsStore(connectionAnswering(null), () => true);
    store.useInitializationOptions(null);
    const settings = await store.get('file:///a.ps1');
    assert.strictEqual(settings.enable, true);
    assert.strictEqual(settings.run, 'onType');
  });

  it('prefers what the client answers to what it sent in initialize', async () => {
    const store = new SettingsStore(connectionAnswering({ run: 'onType' }), () => true);
    store.useInitializationOptions({ adsyncLint: { run: 'onSave' } });
    assert.strictEqual((await store.get('file:///a.ps1')).run, 'onType');
  });
});
