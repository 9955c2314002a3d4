import { connectorLookupOf, identifierLookup, type ReachedLookup } from '../model/facts/connectorLookups';
import { chainsWithForceFull, passwordSyncFlow } from '../model/facts/passwordSyncFlow';
import type { ConnectorLookup } from '../model/types';
import type { Fix, RelatedSpan } from '../shared/types';
import type { Rule, RuleContext } from './rule';
import { connectorSlots, type ConnectorSlot } from './support/connectorSlots';

export const connectorLookup: Rule = {
  meta: {
    id: 'connector-lookup',
    description: 'Connectors found at run time must be the kind each place takes: AD connectors as -SourceConnector, one at a time, the Azure AD connector as -TargetConnector.',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      azureAdAsSource: 'This finds the Azure AD connector, but -SourceConnector takes an AD (forest) connector. Swap -SourceConnector and -TargetConnector.',
      adAsTarget: 'This finds the AD (forest) connectors, but -TargetConnector takes the Azure AD connector ("<tenant> - AAD"). Swap -SourceConnector and -TargetConnector.',
      azureAdGetsForceFull: 'ForceFullPasswordSync is added to the connector this finds, the Azure AD connector; it belongs on each AD (forest) connector.',
      booleans: '{{command}} runs the comparison for each connector and gives $true or $false, not connectors. Use Where-Object to filter.',
      severalAsSource: 'This lookup finds every AD connector: with two forests it passes an array to -SourceConnector. Loop over them: foreach ($ad in …) { … -SourceConnector $ad.Name … }.',
      domainName: 'The AD connector is named after the forest, but this is the domain\'s DNS name; in a child domain they differ. Use (Get-ADDomain).Forest.',
    },
    messageSeverities: { severalAsSource: 'warning', domainName: 'information' },
  },
  check(context) {
    const once = new Set<ConnectorLookup>();
    for (const slot of connectorSlots(context.model)) {
      const reached = connectorLookupOf(context.model, slot.value, slot.call.start);
      if (reached) checkSlot(context, slot, reached, once);
    }
    for (const chain of chainsWithForceFull(passwordSyncFlow(context.model))) {
      const name = chain.name?.value;
      const lookup = name ? connectorLookupOf(context.model, name, chain.fetchCall.start)?.lookup : identifierLookup(chain.fetchCall);
      if (lookup?.kind !== 'azureAd') continue;
      const at = name ?? { start: lookup.keyStart, end: lookup.keyEnd };
      context.report({ messageId: 'azureAdGetsForceFull', start: at.start, end: at.end, related: lookupHere(at, lookup) });
    }
  },
};

function checkSlot(context: RuleContext, slot: ConnectorSlot, reached: ReachedLookup, once: Set<ConnectorLookup>): void {
  const { lookup } = reached;
  const related = lookupHere(slot.value, lookup);
  const report = (messageId: string, fixes: Fix[] = []) => context.report({ messageId, start: slot.value.start, end: slot.value.end, related, fixes });
  if (lookup.kind === 'booleans' || lookup.kind === 'domainName') {
    // Reported once, where the lookup is written: the fix is there, however many calls it reaches.
    if (once.has(lookup) || (lookup.kind === 'domainName' && slot.role === 'azureAd')) return;
    once.add(lookup);
    if (lookup.kind === 'booleans') {
      const command = context.model.text.slice(lookup.keyStart, lookup.keyEnd);
      const fixes = [{ title: 'Use Where-Object', edits: [{ start: lookup.keyStart, end: lookup.keyEnd, text: 'Where-Object' }], preferred: true }];
      context.report({ messageId: 'booleans', data: { command }, start: lookup.keyStart, end: lookup.keyEnd, fixes });
    } else {
      context.report({ messageId: 'domainName', start: lookup.start, end: lookup.end, fixes: [forestFix(lookup)] });
    }
  } else if (slot.role === 'ad' && lookup.kind === 'azureAd') {
    report('azureAdAsSource', swapFix(context, slot, 'ad'));
  } else if (slot.role === 'azureAd' && lookup.kind === 'ad') {
    report('adAsTarget', swapFix(context, slot, 'azureAd'));
  } else if (slot.role === 'ad' && lookup.many && !reached.oneItem) {
    report('severalAsSource');
  }
}

/** `.DNSRoot` becomes `.Forest`; `$env:USERDNSDOMAIN` is offered `(Get-ADDomain).Forest`, which needs the ActiveDirectory module, so not applied by fix-all. */
function forestFix(lookup: ConnectorLookup): Fix {
  if (lookup.by === 'dnsRoot') return { title: 'Use the forest name (.Forest)', edits: [{ start: lookup.keyStart, end: lookup.keyEnd, text: 'Forest' }], preferred: true };
  return { title: 'Use (Get-ADDomain).Forest', edits: [{ start: lookup.start, end: lookup.end, text: '(Get-ADDomain).Forest' }] };
}

/** Swaps the call's -SourceConnector and -TargetConnector when the other one finds what this one needs (`otherKind`). */
function swapFix(context: RuleContext, slot: ConnectorSlot, otherKind: ConnectorLookup['kind']): Fix[] {
  const other = connectorSlots(context.model).find((s) => s.call === slot.call && s.parameter !== slot.parameter);
  if (!other || connectorLookupOf(context.model, other.value, other.call.start)?.lookup.kind !== otherKind) return [];
  // A value from a splatted hashtable may feed other calls too, where swapping it would be wrong.
  const inCall = (s: ConnectorSlot) => s.value.start >= s.call.start && s.value.end <= s.call.end;
  if (!inCall(slot) || !inCall(other)) return [];
  const text = context.model.text;
  const edits = [
    { start: slot.value.start, end: slot.value.end, text: text.slice(other.value.start, other.value.end) },
    { start: other.value.start, end: other.value.end, text: text.slice(slot.value.start, slot.value.end) },
  ];
  return [{ title: 'Swap -SourceConnector and -TargetConnector', edits, preferred: true }];
}

/** Points at the lookup when it is written elsewhere than the value reported. */
function lookupHere(value: { start: number; end: number }, lookup: ConnectorLookup): RelatedSpan[] {
  if (lookup.start >= value.start && lookup.end <= value.end) return [];
  return [{ start: lookup.start, end: lookup.end, message: 'The connector is looked up here' }];
}
