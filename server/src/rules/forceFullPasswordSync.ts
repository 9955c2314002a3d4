import { FORCE_FULL_PASSWORD_SYNC_LINES } from '../fixes/canonicalScript';
import { endsAtArgumentBoundary, insertLinesAfter, insertLinesBeforeStatement, isSingleValue, lineInsertionPointAfter } from '../fixes/edits';
import { ADD_CONNECTOR, constructionOf } from '../model/facts/passwordSync';
import { chainsWithForceFull, isAzureAdKey, isForestKey, passwordSyncFlow, type ConnectorChain, type ForceFullParameter, type Toggle } from '../model/facts/passwordSyncFlow';
import { connectorKey, resolveStrings } from '../model/facts/values';
import { scriptScope } from '../model/facts/scriptScope';
import { connectorChainIndex } from '../model/facts/connectorChainIndex';
import { reassignmentsAfter } from '../model/facts/variableIndex';
import type { Rule, RuleContext } from './rule';
import type { Fix, TextEdit } from '../shared/types';
import { looksLikeAzureAdConnector } from '../shared/azureAdConnectorName';

export const forceFullPasswordSync: Rule = {
  meta: {
    id: 'force-full-password-sync',
    description: {
      en: 'The ForceFullPasswordSync parameter must be created, set to 1, added to the AD connector and saved with Add-ADSyncConnector.',
      nl: 'De parameter ForceFullPasswordSync moet worden gemaakt, op 1 worden gezet, aan de AD-connector worden toegevoegd en met Add-ADSyncConnector worden opgeslagen.',
    },
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      missing: {
        en: 'Password sync is toggled for {{source}}, but ForceFullPasswordSync is never set on that AD connector, so existing password hashes are not re-synced and users cannot sign in to Azure AD DS. Add the ForceFullPasswordSync lines before the toggle.',
        nl: 'Wachtwoordsynchronisatie wordt uit- en ingeschakeld voor {{source}}, maar ForceFullPasswordSync wordt nooit op die AD-connector ingesteld. Bestaande wachtwoordhashes worden dan niet opnieuw gesynchroniseerd en gebruikers kunnen zich niet aanmelden bij Azure AD DS. Voeg de regels voor ForceFullPasswordSync toe vóór het uit- en inschakelen.',
      },
      missingUnnamed: {
        en: 'Password sync is toggled for this connector, but ForceFullPasswordSync is never set on that AD connector, so existing password hashes are not re-synced and users cannot sign in to Azure AD DS. Add the ForceFullPasswordSync lines before the toggle.',
        nl: 'Wachtwoordsynchronisatie wordt uit- en ingeschakeld voor deze connector, maar ForceFullPasswordSync wordt nooit op die AD-connector ingesteld. Bestaande wachtwoordhashes worden dan niet opnieuw gesynchroniseerd en gebruikers kunnen zich niet aanmelden bij Azure AD DS. Voeg de regels voor ForceFullPasswordSync toe vóór het uit- en inschakelen.',
      },
      valueNotSet: {
        en: 'The ForceFullPasswordSync parameter {{name}} is created but its Value is never set. Add `{{name}}.Value = 1`.',
        nl: 'De ForceFullPasswordSync-parameter {{name}} wordt gemaakt, maar de Value ervan wordt nooit ingesteld. Voeg `{{name}}.Value = 1` toe.',
      },
      valueNotOne: {
        en: 'ForceFullPasswordSync is set to {{value}}; it must be 1 to force a full password sync. Set {{name}}.Value = 1.',
        nl: 'ForceFullPasswordSync staat op {{value}}; de waarde moet 1 zijn om een volledige wachtwoordsynchronisatie af te dwingen. Stel {{name}}.Value = 1 in.',
      },
      notAdded: {
        en: 'The ForceFullPasswordSync parameter {{name}} is never added to the AD connector\'s GlobalParameters, so it has no effect. Remove any old value and add it: `$c.GlobalParameters.Remove({{name}}.Name)` then `$c.GlobalParameters.Add({{name}})`.',
        nl: 'De ForceFullPasswordSync-parameter {{name}} wordt nooit toegevoegd aan de GlobalParameters van de AD-connector en heeft dus geen effect. Verwijder een eventuele oude waarde en voeg de parameter toe: `$c.GlobalParameters.Remove({{name}}.Name)` en dan `$c.GlobalParameters.Add({{name}})`.',
      },
      addedWithoutRemove: {
        en: 'ForceFullPasswordSync is added to {{connector}}.GlobalParameters without removing an existing value first; if the connector already has one, Add fails. Call `{{connector}}.GlobalParameters.Remove($p.Name)` before Add.',
        nl: 'ForceFullPasswordSync wordt aan {{connector}}.GlobalParameters toegevoegd zonder eerst een bestaande waarde te verwijderen; als de connector er al een heeft, mislukt Add. Roep `{{connector}}.GlobalParameters.Remove($p.Name)` aan vóór Add.',
      },
      notSaved: {
        en: '{{connector}} now carries ForceFullPasswordSync, but it is never saved: nothing changes in the sync engine until `{{connector}} = Add-ADSyncConnector -Connector {{connector}}` runs.',
        nl: '{{connector}} bevat nu ForceFullPasswordSync, maar wordt nooit opgeslagen: er verandert niets in de synchronisatie-engine totdat `{{connector}} = Add-ADSyncConnector -Connector {{connector}}` wordt uitgevoerd.',
      },
      azureAdConnector: {
        en: 'ForceFullPasswordSync is being set on the connector named {{name}}, which is the Azure AD connector. It belongs on the AD (forest) connector, the -SourceConnector of the toggle.',
        nl: 'ForceFullPasswordSync wordt ingesteld op de connector met de naam {{name}}, en dat is de Azure AD-connector. De parameter hoort op de AD-connector (van de forest), de -SourceConnector van het uit- en inschakelen.',
      },
    },
    fixTitles: {
      addLines: { en: 'Add the ForceFullPasswordSync lines before the toggle', nl: 'De regels voor ForceFullPasswordSync toevoegen vóór het uit- en inschakelen' },
      setValue: { en: 'Set {{name}}.Value = 1', nl: '{{name}}.Value = 1 instellen' },
      valueToOne: { en: 'Set the value to 1', nl: 'De waarde op 1 zetten' },
      addToGlobalParameters: { en: 'Add {{name}} to {{connector}}.GlobalParameters', nl: '{{name}} toevoegen aan {{connector}}.GlobalParameters' },
      removeFirst: { en: 'Remove the old value first', nl: 'Eerst de oude waarde verwijderen' },
      save: { en: 'Save {{connector}} with Add-ADSyncConnector', nl: '{{connector}} opslaan met Add-ADSyncConnector' },
      fetchAdConnector: { en: 'Fetch the AD connector {{source}} instead', nl: 'In plaats daarvan de AD-connector {{source}} ophalen' },
    },
  },
  check(context) {
    const flow = passwordSyncFlow(context.model);
    checkMissing(context);
    for (const parameter of flow.parameters) checkParameter(context, parameter);
    // A target is surely the Azure AD connector only in a call whose source is a known AD connector: with the source unknown, the two may be swapped.
    const targets = new Set(flow.toggles.filter((toggle) => isForestKey(toggle.sourceKey)).map((toggle) => toggle.targetKey).filter((key) => key !== undefined));
    for (const chain of chainsWithForceFull(flow)) checkChain(context, chain, targets);
  },
};

/** One preferred fix made of one edit, or none when the edit cannot be made safely. */
function fixWith(title: string, edit: TextEdit | undefined): Fix[] {
  return edit ? [{ title, edits: [edit], preferred: true }] : [];
}

/** The text of the AD connector the toggle means, to copy into a fix: its -TargetConnector when the two are swapped (reported by connector-name). */
function sourceText(context: RuleContext, toggle: Toggle): string | undefined {
  const value = (toggle.swapped ? toggle.target : toggle.source)?.value;
  // Only a literal or a variable means the same wherever it is copied; `= adConnector` in a hashtable runs a command.
  if (!value || (value.kind !== 'string' && value.kind !== 'variable')) return undefined;
  const text = context.model.text.slice(value.start, value.end);
  return isSingleValue(text) ? text : undefined;
}

/** The span of the "Microsoft.Synchronize.ForceFullPasswordSync" argument, where a reader looks for it. */
function creationSpan(parameter: ForceFullParameter): { start: number; end: number } {
  const first = constructionOf(parameter.creation.value)?.args[0];
  return first ? { start: first.start, end: first.end } : { start: parameter.creation.targetStart, end: parameter.creation.statementEnd };
}

function checkMissing(context: RuleContext): void {
  const flow = passwordSyncFlow(context.model);
  // Code we cannot read (Invoke-Expression, an unread dot-sourced file, another script) may do the steps itself.
  if (flow.toggles.length === 0 || scriptScope(context.model).unreadCode.length > 0) return;
  // A parameter that exists but is never added is reported where it is created, not here too.
  if (flow.parameters.length > 0 && chainsWithForceFull(flow).length === 0) return;
  const carrying = chainsWithForceFull(flow);
  const covered = new Set(carrying.map((chain) => chain.key));
  // A toggle split over two mistyped source names counts as one forest (the toggle rule reports the typo).
  const alias = new Map(flow.mismatchedPairs.map((pair) => [pair.enableKey, pair.disableKey]));
  const groups = new Map<string, Toggle>();
  const someCarryingUnnamed = carrying.some((chain) => !chain.key?.startsWith('value:'));
  for (const toggle of flow.toggles) {
    const key = toggle.sourceKey === undefined ? undefined : alias.get(toggle.sourceKey) ?? toggle.sourceKey;
    // A source known only as a variable may be a connector that does carry the parameter, and a
    // connector fetched by a name known only as a variable may be this toggle's.
    const mayBeCovered = (!key?.startsWith('value:') && carrying.length > 0) || someCarryingUnnamed;
    if (key !== undefined && !covered.has(key) && !groups.has(key) && !mayBeCovered) groups.set(key, toggle);
  }
  // A carrying connector no toggle names may be the one a toggle names wrongly (a placeholder, a
  // typo, the Azure AD connector, a computed name): such a toggle is not called missing, unless
  // its own source is fetched too, a forest the script surely works on.
  const toggleKeys = new Set(flow.toggles.map((toggle) => toggle.sourceKey));
  const unmatched = carrying.filter((chain) => !toggleKeys.has(chain.key));
  const fetched = new Set(flow.chains.map((chain) => chain.key));
  // Groups that may be one connector under two names get one report, not one each.
  const reported = flow.groupsAreConnectors ? [...groups] : [...groups].slice(0, 1);
  for (const [key, toggle] of reported) {
    if (unmatched.length > 0 && !fetched.has(key)) continue;
    // Lines fetched by this toggle's own source cover its own key; when the group goes by another
    // toggle's name for the same forest (a mistyped source), they would not cover the group.
    const source = sourceText(context, toggle);
    const edit = source === undefined || key !== toggle.sourceKey
      ? undefined
      : insertLinesBeforeStatement(context.model, toggle.call.statementStart, toggle.call.start, [`$c = Get-ADSyncConnector -Name ${source}`, ...FORCE_FULL_PASSWORD_SYNC_LINES]);
    const fixes = edit ? [{ title: context.fixTitle('addLines'), edits: [edit], preferred: true }] : [];
    const problem = source === undefined ? { messageId: 'missingUnnamed' } : { messageId: 'missing', data: { source } };
    context.report({ ...problem, start: toggle.call.nameStart, end: toggle.call.nameEnd, fixes });
  }
}

/**
 * Whether the chain's variable still holds the fetched connector at `offset`: assigned anything
 * but Add-ADSyncConnector's result in between, lines added for it there would not reach it.
 */
function stillHolds(context: RuleContext, chain: ConnectorChain, offset: number): boolean {
  return reassignmentsAfter(context.model, chain.fetch, offset).every((assignment) => assignment.value.kind === 'command' && assignment.value.call.lowerName === ADD_CONNECTOR);
}

/**
 * Whether the parameter's variable still names this parameter at `offset`: lines added there
 * about `$p` would otherwise reach another object (`$p` created again on a line the insertion had
 * to step past, say).
 */
function stillNames(context: RuleContext, parameter: ForceFullParameter, offset: number): boolean {
  return reassignmentsAfter(context.model, parameter.creation, offset).length === 0;
}

/** The last chain (in script order) fetched before `before` whose variable still holds the connector at `offset`. */
function lastFetchedStillHeld(context: RuleContext, before: number, offset: number): ConnectorChain | undefined {
  for (const chain of connectorChainIndex(context.model).fetchedAtOrBefore(before)) {
    if (stillHolds(context, chain, offset)) return chain;
  }
  return undefined;
}

function checkParameter(context: RuleContext, parameter: ForceFullParameter): void {
  const span = creationSpan(parameter);
  const name = '$' + parameter.variable;
  const lastSet = parameter.valueSets[parameter.valueSets.length - 1];
  if (!lastSet) {
    const setValue = insertLinesAfter(context.model, parameter.creation.statementEnd, [`${name}.Value = 1`]);
    context.report({
      messageId: 'valueNotSet', data: { name }, ...span,
      fixes: stillNames(context, parameter, setValue.start) ? [{ title: context.fixTitle('setValue', { name }), edits: [setValue], preferred: true }] : [],
    });
  } else {
    const values = resolveStrings(context.model, lastSet.value, lastSet.statementStart);
    if (values.known && !values.candidates.every((candidate) => candidate.value.trim() === '1')) {
      context.report({
        messageId: 'valueNotOne', data: { name, value: context.model.text.slice(lastSet.value.start, lastSet.value.end) },
        start: lastSet.value.start, end: lastSet.value.end,
        fixes: [{ title: context.fixTitle('valueToOne'), edits: [{ start: lastSet.value.start, end: lastSet.value.end, text: '1' }], preferred: true }],
      });
    }
  }
  // Some chain adds this parameter after it is created.
  if (connectorChainIndex(context.model).addedBeforeRecreated(parameter)) return;
  const after = lastSet && lastSet.statementEnd > parameter.creation.statementEnd ? lastSet.statementEnd : parameter.creation.statementEnd;
  // The lines go at the start of the next line, so the connector must still be held there.
  const insertAt = lineInsertionPointAfter(context.model, after);
  const chain = stillNames(context, parameter, insertAt) ? lastFetchedStillHeld(context, parameter.creation.statementStart, insertAt) : undefined;
  const fixes = chain ? [{
    title: context.fixTitle('addToGlobalParameters', { name, connector: '$' + chain.variable }),
    edits: [insertLinesAfter(context.model, after, [`$${chain.variable}.GlobalParameters.Remove(${name}.Name)`, `$${chain.variable}.GlobalParameters.Add(${name})`])],
    preferred: true,
  }] : [];
  context.report({ messageId: 'notAdded', data: { name }, ...span, fixes });
}

function checkChain(context: RuleContext, chain: ConnectorChain, targets: Set<string | undefined>): void {
  const c = '$' + chain.variable;
  for (const add of chain.adds) {
    const p = add.parameterVariable ? '$' + add.parameterVariable : undefined;
    if (!chain.removes.some((remove) => remove.start < add.call.start) && p) {
      context.report({
        messageId: 'addedWithoutRemove', data: { connector: c }, start: add.call.start, end: add.call.end,
        fixes: fixWith(context.fixTitle('removeFirst'), insertLinesBeforeStatement(context.model, add.call.statementStart, add.call.start, [`${c}.GlobalParameters.Remove(${p}.Name)`])),
      });
    }
    if (!chain.saves.some((save) => save.start > add.call.start)) {
      const save = insertLinesAfter(context.model, add.call.statementEnd, [`${c} = Add-ADSyncConnector -Connector ${c}`]);
      context.report({
        messageId: 'notSaved', data: { connector: c }, start: add.call.start, end: add.call.end,
        // `$c = $c.GlobalParameters.Add($p)` loses the connector itself: saving $c afterwards saves
        // nothing. What counts is where the line goes, after the rest of the add's line.
        fixes: stillHolds(context, chain, save.start) ? [{ title: context.fixTitle('save', { connector: c }), edits: [save], preferred: true }] : [],
      });
    }
  }
  const nameValue = chain.name?.value;
  if (!nameValue) return;
  const resolved = resolveStrings(context.model, nameValue, chain.fetchCall.start);
  const azureAdByName = resolved.known && resolved.candidates.length > 0 && resolved.candidates.every((candidate) => looksLikeAzureAdConnector(candidate.value));
  if (azureAdByName || (chain.key !== undefined && targets.has(chain.key))) {
    // A source that some toggle also uses as its target would only be reported here again.
    const toggle = passwordSyncFlow(context.model).toggles.find((t) => t.source !== undefined && t.sourceKey !== chain.key && !targets.has(t.sourceKey) && !isAzureAdKey(t.sourceKey));
    const source = toggle ? sourceText(context, toggle) : undefined;
    // The copied text must name the toggle's source where the connector is fetched, not something it was reassigned to.
    const namesSource = toggle?.source?.value !== undefined && endsAtArgumentBoundary(context.model.text, nameValue.end) && connectorKey(context.model, toggle.source.value, chain.fetchCall.start) === toggle.sourceKey;
    context.report({
      messageId: 'azureAdConnector', data: { name: context.model.text.slice(nameValue.start, nameValue.end) },
      start: nameValue.start, end: nameValue.end,
      fixes: source && namesSource ? [{ title: context.fixTitle('fetchAdConnector', { source }), edits: [{ start: nameValue.start, end: nameValue.end, text: source }], preferred: true }] : [],
    });
  }
}
