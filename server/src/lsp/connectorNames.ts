import { buildScriptModel } from '../model/scriptModel';
import type { ConnectorNames } from '../shared/options';

export type ConnectorGroup = 'ad' | 'azureAd';

/**
 * Which kind of connector a variable holds, judged by its name as scripts name them:
 * `$adConnector`, `$azureadConnector`, `$aadConnector`, `$ForestConnector`.
 */
export function connectorGroupOfVariable(name: string): ConnectorGroup | undefined {
  const lower = name.toLowerCase();
  if (!lower.includes('connector')) return undefined;
  return lower.includes('azure') || lower.includes('aad') ? 'azureAd' : 'ad';
}

function isPlaceholder(value: string): boolean {
  return value.trim().length === 0 || /^<.*>$/.test(value.trim());
}

/** Connector names the script already assigns to connector variables, first assignment first. */
export function connectorNamesInScript(text: string): ConnectorNames {
  const found: ConnectorNames = { ad: [], azureAd: [] };
  for (const assignment of buildScriptModel(text).unfollowed.everyAssignment()) {
    if (assignment.path.length > 0 || assignment.value.kind !== 'string') continue;
    const group = connectorGroupOfVariable(assignment.variable);
    const value = assignment.value.value;
    if (group && !isPlaceholder(value) && !found[group].includes(value)) found[group].push(value);
  }
  return found;
}

/**
 * The names to write into an inserted script: the configured ones first, then those the script
 * already uses, else empty strings, which the connector-name rule then points at.
 */
export function connectorNamesForInsertion(configured: ConnectorNames, text: string): { ad: string; azureAd: string } {
  const inScript = configured.ad.length > 0 && configured.azureAd.length > 0 ? undefined : connectorNamesInScript(text);
  return {
    ad: configured.ad[0] ?? inScript?.ad[0] ?? '',
    azureAd: configured.azureAd[0] ?? inScript?.azureAd[0] ?? '',
  };
}

/** Every AD connector for the multi-forest script: the configured ones, else those the script names. */
export function connectorNamesForMultiForest(configured: ConnectorNames, text: string): { ad: string[]; azureAd: string } {
  const inScript = configured.ad.length > 0 && configured.azureAd.length > 0 ? undefined : connectorNamesInScript(text);
  return {
    ad: configured.ad.length > 0 ? [...configured.ad] : inScript?.ad ?? [],
    azureAd: configured.azureAd[0] ?? inScript?.azureAd[0] ?? '',
  };
}
