import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { tokenize } from '../../../server/src/tokenizer/tokenizer';
import { connectorCompletionContext, connectorCompletions } from '../../../server/src/lsp/completion';
import { hoverAt } from '../../../server/src/lsp/hover';

/** `|` marks the cursor. */
function contextAt(marked: string) {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return { text, offset, context: connectorCompletionContext(text, tokenize(text).tokens.toArray(), offset) };
}

describe('lsp connector completion context', () => {
  it('finds Get-ADSyncConnector -Name arguments (AD names)', () => {
    const { context, text } = contextAt('$c = Get-ADSyncConnector -Name "con|"');
    assert.ok(context);
    assert.strictEqual(context.group, 'ad');
    assert.strictEqual(context.quote, 'double');
    assert.strictEqual(text.slice(context.replaceStart, context.replaceEnd), 'con');
  });

  it('finds -SourceConnector and -TargetConnector, typed or not', () => {
    assert.strictEqual(contextAt('Set-ADSyncAADPasswordSyncConfiguration -SourceConnector |').context?.group, 'ad');
    assert.strictEqual(contextAt("Set-ADSyncAADPasswordSyncConfiguration -TargetConnector '|'").context?.group, 'azureAd');
    assert.strictEqual(contextAt("Set-ADSyncAADPasswordSyncConfiguration -TargetConnector '|'").context?.quote, 'single');
    const bare = contextAt('Set-ADSyncAADPasswordSyncConfiguration -Source conto|');
    assert.strictEqual(bare.context?.group, 'ad');
    assert.strictEqual(bare.context?.quote, undefined);
    assert.strictEqual(bare.text.slice(bare.context.replaceStart, bare.context.replaceEnd), 'conto');
  });

  it('finds connector variable assignments', () => {
    assert.strictEqual(contextAt('$adConnector = "|"').context?.group, 'ad');
    assert.strictEqual(contextAt('$azureadConnector = "|"').context?.group, 'azureAd');
    assert.strictEqual(contextAt('$azureadConnector = |').context?.group, 'azureAd');
  });

  it('stays quiet elsewhere', () => {
    assert.strictEqual(contextAt('Get-Item -Name "|"').context, undefined);
    assert.strictEqual(contextAt('$other = "|"').context, undefined);
    assert.strictEqual(contextAt('Set-ADSyncAADPasswordSyncConfiguration -Enable |').context, undefined);
    assert.strictEqual(contextAt('Set-ADSyncAADPasswordSyncConfiguration -SourceConnector "x"|').context, undefined);
    assert.strictEqual(contextAt('Set-ADSyncAADPasswordSyncConfiguration -SourceConnector\n|').context, undefined);
    assert.strictEqual(contextAt('|').context, undefined);
  });

  it('offers the configured names, escaped for the quotes around the cursor', () => {
    const text = '$c = Get-ADSyncConnector -Name "co"';
    const document = TextDocument.create('file:///c/x.ps1', 'powershell', 1, text);
    const items = connectorCompletions(document, tokenize(text).tokens.toArray(), text.length - 1, { ad: ['contoso.com', 'o$b'], azureAd: ['t - AAD'] });
    assert.deepStrictEqual(items.map((item) => item.label), ['contoso.com', 'o$b']);
    const edit = items[1].textEdit as { newText: string; range: { start: { character: number }; end: { character: number } } };
    assert.strictEqual(edit.newText, 'o`$b');
    assert.strictEqual(edit.range.start.character, text.indexOf('"') + 1);
    assert.strictEqual(edit.range.end.character, text.length - 1);
  });
});

describe('lsp hover', () => {
  const text = 'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $a -TargetConnector $b -Enable $true\n$p = "Microsoft.Synchronize.ForceFullPasswordSync"\nWrite-Host x';
  const document = TextDocument.create('file:///c/x.ps1', 'powershell', 1, text);
  const tokens = tokenize(text).tokens.toArray();

  it('explains the ADSync cmdlets with a docs link', () => {
    const hover = hoverAt(document, tokens, 5);
    assert.ok(hover);
    const value = (hover.contents as { value: string }).value;
    assert.ok(value.includes('Set-ADSyncAADPasswordSyncConfiguration'));
    assert.match(value, /docs\/rules\/password-sync-toggle\.md\)/);
    assert.deepStrictEqual(hover.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 'Set-ADSyncAADPasswordSyncConfiguration'.length } });
  });

  it('explains ForceFullPasswordSync inside a string', () => {
    const at = text.indexOf('ForceFull') + 3;
    const hover = hoverAt(document, tokens, at);
    assert.ok(hover);
    assert.match((hover.contents as { value: string }).value, /force-full-password-sync/);
    assert.strictEqual(hover.range?.start.character, '$p = "Microsoft.Synchronize.'.length);
  });

  it('says nothing about other words', () => {
    assert.strictEqual(hoverAt(document, tokens, text.indexOf('Write-Host') + 2), undefined);
  });
});
