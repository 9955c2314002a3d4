/** Azure AD Connect names its Azure AD connector `<tenant domain> - AAD`. */
const AZURE_AD_CONNECTOR_SUFFIX = ' - AAD';

/** Whether `name` has the shape of an Azure AD connector's name: `<tenant> - AAD`. */
export function looksLikeAzureAdConnector(name: string): boolean {
  return name.endsWith(AZURE_AD_CONNECTOR_SUFFIX) && name.length > AZURE_AD_CONNECTOR_SUFFIX.length;
}

/** The Azure AD connector's name for a tenant: `contoso.onmicrosoft.com` → `contoso.onmicrosoft.com - AAD`. */
export function azureAdConnectorName(tenant: string): string {
  return tenant + AZURE_AD_CONNECTOR_SUFFIX;
}

/** Whether the text after a tenant is the suffix exactly as Azure AD Connect writes it. */
export function isAzureAdConnectorSuffix(rest: string): boolean {
  return rest === AZURE_AD_CONNECTOR_SUFFIX;
}
