import * as assert from 'assert';
import { lintText } from '../../../server/src/engine/lint';
import { fixAll } from '../../../server/src/engine/fixAll';
import { defaultOptions } from '../../../server/src/shared/options';
import { rules } from '../../../server/src/rules';
import type { Rule } from '../../../server/src/rules/rule';
import { canonicalScript } from '../../../server/src/fixes/canonicalScript';
import { MAX_MESSAGE_LENGTH } from '../../support/robustness/properties';

/** Hostile or odd files, and a rule that throws: the engine degrades one file or one rule, never more. */

const TOGGLE = 'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector -TargetConnector $azureadConnector -Enable ';
/** Reports one problem on every password-sync script: `reversed` would be fine too, but this cannot drift. */
const reversedScript = `$adConnector = "<CASE SENSITIVE AD CONNECTOR NAME>"\n$azureadConnector = "contoso.onmicrosoft.com - AAD"\n${TOGGLE}$true\n${TOGGLE}$false\n`;

function throwingRule(id: string, when: 'check' | 'report'): Rule {
  return {
    meta: { id, description: 'throws', defaultSeverity: 'error', fixable: false, appliesToAllScripts: true, messages: { boom: 'boom' } },
    check(context) {
      if (when === 'check') throw new TypeError(`cannot read properties of undefined (${id})`);
      // An invalid report (range outside the text) is a rule bug too, caught the same way.
      context.report({ messageId: 'boom', start: 0, end: context.model.text.length + 5 });
    },
  };
}

describe('robustness: hostile files', () => {
  it('does not lint a file over the size limit, and says so once, naming the setting', () => {
    const options = defaultOptions();
    options.maxFileSize = 1000;
    const result = lintText(reversedScript.repeat(20), options);
    assert.strictEqual(result.skipped?.reason, 'too-large');
    assert.match(result.skipped.message, /adsyncLint\.maxFileSize/);
    assert.deepStrictEqual(result.problems, []);
    // At the limit exactly, the file is linted.
    const atLimit = lintText(reversedScript.padEnd(1000, ' '), options);
    assert.strictEqual(atLimit.skipped, undefined);
    assert.ok(atLimit.problems.length > 0);
  });

  it('skips binary content (NUL bytes) with the same kind of message', () => {
    for (const text of ['\0', 'MZ\0\0\x03', reversedScript + '\0', '\0' + reversedScript]) {
      const result = lintText(text);
      assert.strictEqual(result.skipped?.reason, 'binary', JSON.stringify(text.slice(0, 10)));
      assert.match(result.skipped.message, /NUL/);
      assert.deepStrictEqual(result.problems, []);
    }
  });

  it('lints a UTF-16 text decoded as if it were UTF-8 (NULs between letters) as binary, not as a script', () => {
    const misread = Buffer.from(canonicalScript({ adConnector: 'contoso.com', azureAdConnector: 'contoso.onmicrosoft.com - AAD' }), 'utf16le').toString('latin1');
    assert.strictEqual(lintText(misread).skipped?.reason, 'binary');
  });

  it('keeps every message short, even for a 1 MB connector-name literal', () => {
    const huge = 'contoso\u2013' + 'x'.repeat(1_000_000);
    for (const text of [
      `$adConnector = "${huge}"\n$azureadConnector = "contoso.onmicrosoft.com - AAD"\n${TOGGLE}$false\n${TOGGLE}$true\n`,
      `$adConnector = "<${'A'.repeat(1_000_000)}>"\n${TOGGLE}$false\n${TOGGLE}$true\n`,
      `${TOGGLE.replace('$azureadConnector', '"' + 'y'.repeat(1_000_000) + ' - Entra ID"')}$false\n`,
      `$${'v'.repeat(100_000)} = New-Object Microsoft.IdentityManagement.PowerShell.ObjectModel.ConfigurationParameter "Microsoft.Synchronize.ForceFullPasswordSync", String, ConnectorGlobal, $null, $null, $null\n${TOGGLE}$true\n`,
      `# adsync-lint-disable ${'z'.repeat(1_000_000)}\n`,
    ]) {
      for (const locale of ['en', 'nl'] as const) {
        const result = lintText(text, { ...defaultOptions(), locale });
        assert.ok(result.problems.length > 0, 'the probe reports nothing; it no longer tests message length');
        for (const problem of result.problems) {
          assert.ok(problem.message.length <= MAX_MESSAGE_LENGTH, `${locale} ${problem.ruleId}/${problem.messageId}: ${problem.message.length} characters`);
          for (const fix of problem.fixes) assert.ok(fix.title.length <= MAX_MESSAGE_LENGTH, `${locale} fix title ${fix.title.length} characters`);
          for (const related of problem.related) assert.ok(related.message.length <= MAX_MESSAGE_LENGTH, `${locale} related message`);
        }
      }
    }
  });
});

describe('robustness: fault isolation', () => {
  for (const when of ['check', 'report'] as const) {
    it(`a rule that throws (in ${when}) is reported by id, and the other rules still report`, () => {
      const ruleSet = [throwingRule('exploding-rule', when), ...rules];
      const result = lintText(reversedScript, defaultOptions(), ruleSet);
      assert.deepStrictEqual(result.ruleFailures.map((f) => f.ruleId), ['exploding-rule']);
      assert.ok(result.ruleFailures[0].message.length > 0);
      const expected = lintText(reversedScript).problems;
      assert.ok(expected.length >= 2, 'the probe script should report several problems');
      assert.deepStrictEqual(result.problems, expected);
    });
  }

  it('a throwing rule first in the list does not stop fixAll from fixing with the others', () => {
    const ruleSet = [throwingRule('exploding-rule', 'check'), ...rules];
    const fixed = fixAll(reversedScript, defaultOptions(), undefined, ruleSet);
    assert.strictEqual(fixed.output, fixAll(reversedScript, defaultOptions()).output);
    assert.ok(fixed.applied > 0);
  });
});
