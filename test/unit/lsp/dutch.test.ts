import * as assert from 'assert';
import { CodeActionKind, CodeActionTriggerKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintText } from '../../../server/src/engine/lint';
import { buildCodeActions } from '../../../server/src/lsp/codeActions';
import { connectorCompletions } from '../../../server/src/lsp/completion';
import { hoverAt } from '../../../server/src/lsp/hover';
import type { LintedDocument } from '../../../server/src/lsp/lintedDocuments';
import { normalizeSettings } from '../../../server/src/lsp/settings';
import { SettingsStore } from '../../../server/src/lsp/settingsStore';
import type { Connection } from 'vscode-languageserver/node';
import { toDiagnostic } from '../../../server/src/lsp/toDiagnostic';
import { ruleIds } from '../../../server/src/rules';
import { tokenize } from '../../../server/src/tokenizer/tokenizer';

const REVERSED = [
  '$adConnector = "contoso.com"',
  '$azureadConnector = "contoso.onmicrosoft.com - AAD"',
  '$c = Get-ADSyncConnector -Name $adConnector',
  '$p = New-Object Microsoft.IdentityManagement.PowerShell.ObjectModel.ConfigurationParameter "Microsoft.Synchronize.ForceFullPasswordSync", String, ConnectorGlobal, $null, $null, $null',
  '$p.Value = 1',
  '$c.GlobalParameters.Remove($p.Name)',
  '$c.GlobalParameters.Add($p)',
  '$c = Add-ADSyncConnector -Connector $c',
  'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector -TargetConnector $azureadConnector -Enable $true',
  'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector -TargetConnector $azureadConnector -Enable $false',
  '',
].join('\n');

describe('language server in Dutch', () => {
  it('adsyncLint.language: auto follows the client locale (nl, nl-NL, nl-BE); en and nl override it', () => {
    for (const locale of ['nl', 'nl-NL', 'nl-BE', 'NL-nl']) assert.strictEqual(normalizeSettings({}, ruleIds, locale).settings.options.locale, 'nl', locale);
    for (const locale of ['en', 'en-US', 'de', 'fr-BE', undefined]) assert.strictEqual(normalizeSettings({}, ruleIds, locale).settings.options.locale, 'en', String(locale));
    assert.strictEqual(normalizeSettings({ language: 'en' }, ruleIds, 'nl-NL').settings.options.locale, 'en');
    assert.strictEqual(normalizeSettings({ language: 'nl' }, ruleIds, 'en-US').settings.options.locale, 'nl');
  });

  it('takes the locale another editor sends in initialize when it has no adsyncLint settings', async () => {
    const shown: string[] = [];
    const connection = {
      workspace: { getConfiguration: async () => ({ run: 'sometimes' }) },
      console: { warn: () => undefined, error: () => undefined },
      window: { showWarningMessage: async (message: string) => shown.push(message) },
      sendNotification: async (_type: unknown, params: { message: string }) => shown.push(params.message),
    } as unknown as Connection;
    const store = new SettingsStore(connection, () => true, undefined, () => 'nl-BE');
    assert.strictEqual((await store.get('file:///a.ps1')).options.locale, 'nl');
    assert.strictEqual(store.defaultLocale(), 'nl');
    assert.deepStrictEqual(shown, ['"adsyncLint.run" moet "onType" of "onSave" zijn, niet "sometimes"; "onType" wordt gebruikt.']);
  });

  it('warns about bad settings in the chosen language, and about a bad language in English', () => {
    const dutch = normalizeSettings({ language: 'nl', run: 'sometimes' }, ruleIds).warnings;
    assert.deepStrictEqual(dutch, ['"adsyncLint.run" moet "onType" of "onSave" zijn, niet "sometimes"; "onType" wordt gebruikt.']);
    const bad = normalizeSettings({ language: 'klingon' }, ruleIds, 'en-US');
    assert.strictEqual(bad.settings.options.locale, 'en');
    assert.deepStrictEqual(bad.warnings, ['"adsyncLint.language" should be "auto", "en" or "nl", not "klingon"; "auto" is used.']);
  });

  it('gives Dutch diagnostics, fix titles and action titles, linking the Dutch page', () => {
    const document = TextDocument.create('file:///c/reversed.ps1', 'powershell', 3, REVERSED);
    const { settings } = normalizeSettings({ language: 'nl' }, ruleIds);
    const result = lintText(REVERSED, settings.options);
    const linted: LintedDocument = { version: 3, result, settings };
    const diagnostics = result.problems.map((problem, index) => toDiagnostic(document, problem, index, 'nl'));
    const reversed = diagnostics.find((diagnostic) => diagnostic.code === 'password-sync-toggle');
    assert.ok(reversed, JSON.stringify(diagnostics));
    assert.match(String(reversed.message), /^Uit- en inschakelen staan in de verkeerde volgorde/);
    assert.match(reversed.codeDescription?.href ?? '', /docs\/rules\/nl\/password-sync-toggle\.md$/);
    assert.match(String(reversed.relatedInformation?.[0].message ?? ''), /^de aanroep met -Enable \$true wordt eerst uitgevoerd/);
    const actions = buildCodeActions({ document, linted, options: settings.options, range: reversed.range, context: { diagnostics: [reversed], triggerKind: CodeActionTriggerKind.Invoked } });
    const titles = actions.map((action) => action.title);
    assert.deepStrictEqual(actions.filter((action) => action.kind === CodeActionKind.QuickFix).map((action) => action.title), [
      'Eerst uitschakelen, dan inschakelen',
      'password-sync-toggle uitschakelen voor deze regel',
      'password-sync-toggle uitschakelen voor dit bestand',
      'Documentatie voor password-sync-toggle weergeven',
    ]);
    assert.ok(titles.includes('Alle automatisch herstelbare problemen oplossen'), titles.join(' | '));
    assert.ok(titles.includes('Het script voor wachtwoordsynchronisatie van AD Connect invoegen'), titles.join(' | '));
    const docs = actions.find((action) => action.title.startsWith('Documentatie'));
    assert.match(String(docs?.command?.arguments?.[0]), /^file:\/\/.*\/docs\/rules\/nl\/password-sync-toggle\.md$/);
  });

  it('hovers and completes in Dutch', () => {
    const text = 'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector ""';
    const document = TextDocument.create('file:///c/h.ps1', 'powershell', 1, text);
    const tokens = tokenize(text).tokens;
    const hover = hoverAt(document, tokens, 3, 'nl');
    const value = (hover?.contents as { value: string }).value;
    assert.match(value, /Schakelt wachtwoord-hashsynchronisatie uit of in/);
    assert.match(value, /\[adsync-lint: password-sync-toggle\]\(file:\/\/.*\/docs\/rules\/nl\/password-sync-toggle\.md\)/);
    const items = connectorCompletions(document, tokens, text.length - 1, { ad: ['contoso.com'], azureAd: [] }, 'nl');
    assert.deepStrictEqual(items.map((item) => [item.label, item.detail]), [['contoso.com', 'AD-connector']]);
  });
});
