import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { canonicalScript, canonicalScriptLines, doubleQuoted, multiForestScript } from '../../../server/src/fixes/canonicalScript';
import { connectorGroupOfVariable, connectorNamesForInsertion, connectorNamesForMultiForest } from '../../../server/src/lsp/connectorNames';
import { lintText } from '../../../server/src/engine/lint';
import { defaultOptions } from '../../../server/src/shared/options';
import { insertMultiForestScriptEdit, insertScriptEdit } from '../../../server/src/lsp/insertScript';

const none = { ad: [], azureAd: [] };

describe('lsp canonical script and insertion', () => {
  it('has the eleven lines of the documented script, without placeholders', () => {
    const lines = canonicalScriptLines({ adConnector: 'contoso.com', azureAdConnector: 'contoso.onmicrosoft.com - AAD' });
    assert.strictEqual(lines.length, 11);
    assert.strictEqual(lines[0], '$adConnector = "contoso.com"');
    assert.strictEqual(lines[1], '$azureadConnector = "contoso.onmicrosoft.com - AAD"');
    assert.ok(lines[9].endsWith('-Enable $false') && lines[10].endsWith('-Enable $true'));
    assert.ok(!lines.join('\n').includes('<CASE SENSITIVE'));
  });

  it('quotes names so that PowerShell does not expand them', () => {
    assert.strictEqual(doubleQuoted('a$b`c"d'), '"a`$b``c`"d"');
    assert.strictEqual(doubleQuoted(''), '""');
  });

  it('classifies connector variables by name', () => {
    assert.strictEqual(connectorGroupOfVariable('adConnector'), 'ad');
    assert.strictEqual(connectorGroupOfVariable('azureadConnector'), 'azureAd');
    assert.strictEqual(connectorGroupOfVariable('AADConnector'), 'azureAd');
    assert.strictEqual(connectorGroupOfVariable('c'), undefined);
  });

  it('prefers configured names, else empty strings', () => {
    assert.deepStrictEqual(connectorNamesForInsertion({ ad: ['a.com', 'b.com'], azureAd: ['t - AAD'] }, ''), { ad: 'a.com', azureAd: 't - AAD' });
    assert.deepStrictEqual(connectorNamesForInsertion(none, 'Write-Host hi'), { ad: '', azureAd: '' });
  });

  it('takes names the script already assigns, but not placeholders', () => {
    const script = '$script:adConnector = \'fabrikam.com\'\n$aadConnector = "fabrikam.onmicrosoft.com - AAD"\n';
    assert.deepStrictEqual(connectorNamesForInsertion(none, script), { ad: 'fabrikam.com', azureAd: 'fabrikam.onmicrosoft.com - AAD' });
    const placeholders = '$adConnector = "<CASE SENSITIVE AD CONNECTOR NAME>"\n$azureadConnector = ""\n';
    assert.deepStrictEqual(connectorNamesForInsertion(none, placeholders), { ad: '', azureAd: '' });
    assert.deepStrictEqual(connectorNamesForInsertion({ ad: ['a.com'], azureAd: [] }, script), { ad: 'a.com', azureAd: 'fabrikam.onmicrosoft.com - AAD' });
  });

  it('inserts at the start of the cursor line in the document line endings', () => {
    const document = TextDocument.create('untitled:Untitled-1', 'powershell', 1, 'Write-Host one\r\nWrite-Host two\r\n');
    const edit = insertScriptEdit(document, 1, none);
    assert.deepStrictEqual(edit.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } });
    assert.strictEqual(edit.newText, canonicalScript({ adConnector: '', azureAdConnector: '' }, '\r\n'));
    assert.ok(edit.newText.startsWith('$adConnector = ""\r\n$azureadConnector = ""\r\n'));
  });

  it('clamps a cursor line past the end', () => {
    const document = TextDocument.create('untitled:Untitled-2', 'powershell', 1, '');
    assert.deepStrictEqual(insertScriptEdit(document, 40, none).range.start, { line: 0, character: 0 });
  });

  it('writes the script for every forest as one loop over the AD connectors, which lints clean', () => {
    const names = { ad: ['contoso.com', 'fabrikam.com', 'CORP'], azureAd: ['contoso.onmicrosoft.com - AAD'] };
    const document = TextDocument.create('untitled:Untitled-3', 'powershell', 1, '# forests\n');
    const edit = insertMultiForestScriptEdit(document, 1, names);
    assert.strictEqual(edit.newText, multiForestScript({ adConnectors: names.ad, azureAdConnector: names.azureAd[0] }));
    const lines = edit.newText.split('\n');
    assert.strictEqual(lines[0], '$azureadConnector = "contoso.onmicrosoft.com - AAD"');
    assert.strictEqual(lines[2], 'foreach ($adConnector in @("contoso.com", "fabrikam.com", "CORP")) {');
    assert.strictEqual(lines.filter((line) => line.startsWith('\tSet-ADSyncAADPasswordSyncConfiguration')).length, 2);
    const options = { ...defaultOptions(), connectors: names };
    assert.deepStrictEqual(lintText(edit.newText, options).problems.map((problem) => problem.message), []);
  });

  it('loops over the names the script assigns, else over one empty name', () => {
    const script = '$adConnector = "fabrikam.com"\n$aadConnector = "fabrikam.onmicrosoft.com - AAD"\n';
    assert.deepStrictEqual(connectorNamesForMultiForest(none, script), { ad: ['fabrikam.com'], azureAd: 'fabrikam.onmicrosoft.com - AAD' });
    assert.ok(multiForestScript({ adConnectors: [], azureAdConnector: '' }).includes('foreach ($adConnector in @("")) {'));
  });
});
