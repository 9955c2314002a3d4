import * as assert from 'assert';
import { lintText } from '../../../server/src/engine/lint';
import { rules } from '../../../server/src/rules';
import { defaultOptions } from '../../../server/src/shared/options';
import { runRuleTests } from '../../support/ruleTester';
import { AD, FULL, OFF, ON } from '../../support/syncScript';

runRuleTests('invalid-directive', {
  valid: [
    AD + FULL + '# adsync-lint-disable-next-line password-sync-toggle\n' + OFF + ON,
    '# adsync-lint-disable-line connector-name\nWrite-Host hello\n',
  ],
  invalid: [
    {
      code: AD + FULL + '# adsync-lint-disable-next-line password-sync-togle\n' + OFF + ON,
      output: AD + FULL + '# adsync-lint-disable-next-line password-sync-toggle\n' + OFF + ON,
      errors: [{ messageId: 'unknownRule', line: 9, column: 33, endLine: 9, endColumn: 52 }],
    },
    {
      // The rule runs on every script, and a name far from every rule's gets no guess.
      code: '# adsync-lint-disable-line no-such-rule-at-all\nWrite-Host hello\n',
      output: null,
      errors: [{ messageId: 'unknownRule', line: 1, column: 28, endLine: 1, endColumn: 47 }],
    },
  ],
});

describe('invalid-directive message', () => {
  it('lists every rule id whole, in English and in Dutch', () => {
    for (const locale of ['en', 'nl'] as const) {
      const [problem] = lintText('# adsync-lint-disable-line no-such-rule-at-all\nWrite-Host hello\n', { ...defaultOptions(), locale }).problems;
      assert.ok(problem, locale);
      assert.ok(problem.message.endsWith(`: ${rules.map((rule) => rule.meta.id).join(', ')}.`), `${locale}: ${problem.message}`);
    }
  });
});
