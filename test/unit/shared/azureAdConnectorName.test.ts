import * as assert from 'assert';
import { azureAdConnectorName, isAzureAdConnectorSuffix, looksLikeAzureAdConnector } from '../../../server/src/shared/azureAdConnectorName';

describe('Azure AD connector names', () => {
  it('knows the <tenant> - AAD shape, and nothing shorter', () => {
    assert.strictEqual(looksLikeAzureAdConnector('contoso.onmicrosoft.com - AAD'), true);
    assert.strictEqual(looksLikeAzureAdConnector(' - AAD'), false);
    assert.strictEqual(looksLikeAzureAdConnector('contoso.onmicrosoft.com - aad'), false);
    assert.strictEqual(looksLikeAzureAdConnector('contoso.com'), false);
  });

  it('names a tenant\'s connector and tells the exact suffix', () => {
    assert.strictEqual(azureAdConnectorName('contoso.onmicrosoft.com'), 'contoso.onmicrosoft.com - AAD');
    assert.strictEqual(isAzureAdConnectorSuffix(' - AAD'), true);
    assert.strictEqual(isAzureAdConnectorSuffix(' \u2013 AAD'), false);
  });
});
