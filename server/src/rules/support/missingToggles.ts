import { insertLinesAfter, isSingleValue, lineInsertionPointAfter } from '../../fixes/edits';
import { looksLikeAzureAdConnector } from '../../shared/azureAdConnectorName';
import { chainsWithForceFull, type ConnectorChain, type PasswordSyncFlow } from '../../model/facts/passwordSyncFlow';
import { scriptScope } from '../../model/facts/scriptScope';
import type { Assignment, Expr } from '../../model/types';
import { connectorKey, resolveStrings } from '../../model/facts/values';
import type { Fix } from '../../shared/types';
import type { RuleContext } from '../rule';

/**
 * A connector that carries ForceFullPasswordSync but is provably never toggled: no
 * Set-ADSyncAADPasswordSyncConfiguration names it, every toggle in the script names a connector
 * we can tell apart from it, and no code we cannot read (Invoke-Expression, an unread dot-sourced
 * file, another script) could toggle it instead.
 */
export interface UntoggledConnector {
  chain: ConnectorChain;
}

/** Whether a toggle's source can be told apart from other connectors: a known literal name. */
function isKnownName(key: string | undefined): boolean {
  return key !== undefined && key.startsWith('value:');
}

export function untoggledConnectors(context: RuleContext, flow: PasswordSyncFlow): UntoggledConnector[] {
  if (scriptScope(context.model).unreadCode.length > 0) return [];
  const toggles = flow.toggles;
  // A toggle whose source we cannot read (splatted from an unknown table, computed) may name any connector.
  if (toggles.some((toggle) => toggle.splatUnknown || toggle.call.hasVerbatimArguments || toggle.sourceKey === undefined)) return [];
  const toggled = new Set(toggles.map((toggle) => toggle.sourceKey));
  const everyToggleNamed = toggles.every((toggle) => isKnownName(toggle.sourceKey));
  const carrying = chainsWithForceFull(flow);
  const carried = new Set(carrying.map((chain) => chain.key));
  // A toggle for a connector that carries no parameter may be this one's, misnamed (a placeholder,
  // a typo): the other rules report that name; calling this connector untoggled would be a guess.
  // A source the script also fetches is a forest it works on, not a misnamed one.
  const fetched = new Set(flow.chains.map((chain) => chain.key));
  if (toggles.some((toggle) => !carried.has(toggle.sourceKey) && !fetched.has(toggle.sourceKey))) return [];
  const targets = new Set(toggles.map((toggle) => toggle.targetKey));
  const found: UntoggledConnector[] = [];
  const seen = new Set<string>();
  for (const chain of carrying) {
    if (chain.key !== undefined && toggled.has(chain.key)) continue;
    // The Azure AD connector fetched by mistake is force-full-password-sync's to report.
    if (chain.key !== undefined && (targets.has(chain.key) || (chain.key.startsWith('value:') && looksLikeAzureAdConnector(chain.key.slice('value:'.length))))) continue;
    // A connector named by a parameter or a computed value may be the one some toggle names by another expression.
    if (toggles.length > 0 && !(everyToggleNamed && isKnownName(chain.key))) continue;
    // One report per connector: a loop or a function holds one chain for every forest it handles.
    const key = chain.key ?? `fetch:${chain.fetch.statementStart}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ chain });
  }
  return found;
}

/** The text naming the AD connector in the new toggle calls: the fetch's own `-Name` argument, when it still names it there. */
function adConnectorText(context: RuleContext, chain: ConnectorChain, at: number): string | undefined {
  const value = chain.name?.value;
  if (!value || (value.kind !== 'string' && value.kind !== 'variable')) return undefined;
  const text = context.model.text.slice(value.start, value.end);
  if (!isSingleValue(text)) return undefined;
  return connectorKey(context.model, value, at) === chain.key ? text : undefined;
}

/**
 * The text naming the Azure AD connector: a variable the script assigns a `<tenant> - AAD` name
 * (or a configured Azure AD name) to, still holding it at `at`; else the one configured name.
 */
function azureAdConnectorText(context: RuleContext, at: number): string | undefined {
  const configured = context.options.connectors.azureAd;
  const isAzureAd = (name: string) => looksLikeAzureAdConnector(name) || configured.includes(name);
  // Every assignment, followed or not: the Azure AD connector's variable is often read by no rule at all.
  const assignments = context.model.unfollowed.everyAssignment();
  const lastBefore = new Map<string, Assignment>();
  for (const assignment of assignments) {
    if (assignment.statementEnd <= at) lastBefore.set(assignment.variable, assignment);
  }
  for (const assignment of lastBefore.values()) {
    if (assignment.path.length > 0 || assignment.operator !== '=' || assignment.depth !== 0 || assignment.loop !== undefined) continue;
    if (assignment.value.kind !== 'string' || !isAzureAd(assignment.value.value)) continue;
    const reference: Expr = { kind: 'variable', name: assignment.variable, start: at, end: at };
    // Nothing we cannot see (a dot-sourced file, Invoke-Expression) may have changed it since.
    const resolved = resolveStrings(context.model, reference, at);
    if (!resolved.known && resolved.reason === 'dynamic' && scriptScope(context.model).anyVariable.length > 0) continue;
    if (resolved.known && !resolved.candidates.every((candidate) => candidate.value === (assignment.value as { value: string }).value)) continue;
    const written = context.model.text.slice(assignment.targetStart, assignment.targetEnd);
    if (isSingleValue(written) && written.startsWith('$')) return written;
  }
  return configured.length === 1 ? `"${configured[0]}"` : undefined;
}

/** Inserts the disable-then-enable pair after the save, or nothing when a name to use is not known for sure. */
export function insertToggleFix(context: RuleContext, chain: ConnectorChain): { fixes: Fix[]; target: string | undefined; source: string | undefined } {
  const save = chain.saves[0];
  const at = save ? lineInsertionPointAfter(context.model, save.statementEnd) : undefined;
  const source = at === undefined ? undefined : adConnectorText(context, chain, at);
  const target = at === undefined ? undefined : azureAdConnectorText(context, at);
  if (!save || source === undefined || target === undefined) return { fixes: [], target, source };
  const call = (enable: string) => `Set-ADSyncAADPasswordSyncConfiguration -SourceConnector ${source} -TargetConnector ${target} -Enable ${enable}`;
  const edit = insertLinesAfter(context.model, save.statementEnd, [call('$false'), call('$true')]);
  return { fixes: [{ title: context.fixTitle('addToggle'), edits: [edit], preferred: true }], target, source };
}
