import * as assert from 'assert';
import { normalizeOptions, DEFAULT_MAX_FILE_SIZE } from '../../../server/src/shared/options';

describe('normalizeOptions', () => {
  const ids = ['connector-name', 'password-sync-toggle'];

  it('accepts rule levels, aliases and connector lists', () => {
    const { options, warnings } = normalizeOptions(
      { rules: { 'connector-name': 'warn', 'password-sync-toggle': 'off' }, connectors: { ad: ['contoso.com'], azureAd: 'contoso.onmicrosoft.com - AAD' } },
      ids,
    );
    assert.deepStrictEqual(warnings, []);
    assert.deepStrictEqual(options.rules, { 'connector-name': 'warning', 'password-sync-toggle': 'off' });
    assert.deepStrictEqual(options.connectors, { ad: ['contoso.com'], azureAd: ['contoso.onmicrosoft.com - AAD'] });
    assert.strictEqual(options.maxFileSize, DEFAULT_MAX_FILE_SIZE);
  });

  it('keeps going on bad values and says what is wrong', () => {
    const { options, warnings } = normalizeOptions({ rules: { nope: 'error', 'connector-name': 'loud' }, connectors: { ad: [3] }, maxFileSize: -1 }, ids);
    assert.deepStrictEqual(options.rules, {});
    assert.deepStrictEqual(options.connectors.ad, []);
    assert.strictEqual(options.maxFileSize, DEFAULT_MAX_FILE_SIZE);
    assert.strictEqual(warnings.length, 4);
    assert.match(warnings[0], /unknown rule "nope"/);
    assert.match(warnings[1], /"rules.connector-name" should be/);
  });

  it('treats a non-object as defaults with a warning', () => {
    const { options, warnings } = normalizeOptions('x', ids);
    assert.deepStrictEqual(options.rules, {});
    assert.strictEqual(warnings.length, 1);
  });
});
