import { connectorLookupOf, identifierLookup, type ReachedLookup } from '../model/facts/connectorLookups';
import { chainsWithForceFull, passwordSyncFlow } from '../model/facts/passwordSyncFlow';
import type { ConnectorLookup } from '../model/types';
import type { Fix, RelatedSpan } from '../shared/types';
import type { Rule, RuleContext } from './rule';
import { connectorSlots, type ConnectorSlot } from './support/connectorSlots';

export const connectorLookup: Rule = {
  meta: {
    id: 'connector-lookup',
    description: {
      en: 'Connectors found at run time must be the kind each place takes: AD connectors as -SourceConnector, one at a time, the Azure AD connector as -TargetConnector.',
      nl: 'Connectors die pas bij het uitvoeren worden gevonden, moeten van de soort zijn die elke plek verwacht: AD-connectors als -SourceConnector, één tegelijk, de Azure AD-connector als -TargetConnector.',
    },
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      azureAdAsSource: {
        en: 'This finds the Azure AD connector, but -SourceConnector takes an AD (forest) connector. Swap -SourceConnector and -TargetConnector.',
        nl: 'Dit vindt de Azure AD-connector, maar -SourceConnector verwacht een AD-connector (van een forest). Wissel -SourceConnector en -TargetConnector om.',
      },
      adAsTarget: {
        en: 'This finds the AD (forest) connectors, but -TargetConnector takes the Azure AD connector ("<tenant> - AAD"). Swap -SourceConnector and -TargetConnector.',
        nl: 'Dit vindt de AD-connectors (van de forests), maar -TargetConnector verwacht de Azure AD-connector ("<tenant> - AAD"). Wissel -SourceConnector en -TargetConnector om.',
      },
      azureAdGetsForceFull: {
        en: 'ForceFullPasswordSync is added to the connector this finds, the Azure AD connector; it belongs on each AD (forest) connector.',
        nl: 'ForceFullPasswordSync wordt toegevoegd aan de connector die dit vindt, de Azure AD-connector; de parameter hoort op elke AD-connector (van een forest).',
      },
      booleans: {
        en: '{{command}} runs the comparison for each connector and gives $true or $false, not connectors. Use Where-Object to filter.',
        nl: '{{command}} voert de vergelijking uit voor elke connector en geeft $true of $false, geen connectors. Gebruik Where-Object om te filteren.',
      },
      severalAsSource: {
        en: 'This lookup finds every AD connector: with two forests it passes an array to -SourceConnector. Loop over them: foreach ($ad in …) { … -SourceConnector $ad.Name … }.',
        nl: 'Deze zoekopdracht vindt elke AD-connector: met twee forests krijgt -SourceConnector een matrix. Doorloop ze in een lus: foreach ($ad in …) { … -SourceConnector $ad.Name … }.',
      },
      domainName: {
        en: 'The AD connector is named after the forest, but this is the domain\'s DNS name; in a child domain they differ. Use (Get-ADDomain).Forest.',
        nl: 'De AD-connector is genoemd naar de forest, maar dit is de DNS-naam van het domein; in een onderliggend domein verschillen die. Gebruik (Get-ADDomain).Forest.',
      },
    },
    fixTitles: {
      useWhereObject: { en: 'Use Where-Object', nl: 'Where-Object gebruiken' },
      useForestProperty: { en: 'Use the forest name (.Forest)', nl: 'De naam van de forest gebruiken (.Forest)' },
      useGetADDomainForest: { en: 'Use (Get-ADDomain).Forest', nl: '(Get-ADDomain).Forest gebruiken' },
      swap: { en: 'Swap -SourceConnector and -TargetConnector', nl: '-SourceConnector en -TargetConnector omwisselen' },
    },
    relatedMessages: {
      lookedUpHere: { en: 'The connector is looked up here', nl: 'Hier wordt de connector opgezocht' },
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
      context.report({ messageId: 'azureAdGetsForceFull', start: at.start, end: at.end, related: lookupHere(context, at, lookup) });
    }
  },
};

function checkSlot(context: RuleContext, slot: ConnectorSlot, reached: ReachedLookup, once: Set<ConnectorLookup>): void {
  const { lookup } = reached;
  const related = lookupHere(context, slot.value, lookup);
  const report = (messageId: string, fixes: Fix[] = []) => context.report({ messageId, start: slot.value.start, end: slot.value.end, related, fixes });
  if (lookup.kind === 'booleans' || lookup.kind === 'domainName') {
    // Reported once, where the lookup is written: the fix is there, however many calls it reaches.
    if (once.has(lookup) || (lookup.kind === 'domainName' && slot.role === 'azureAd')) return;
    once.add(lookup);
    if (lookup.kind === 'booleans') {
      const command = context.model.text.slice(lookup.keyStart, lookup.keyEnd);
      const fixes = [{ title: context.fixTitle('useWhereObject'), edits: [{ start: lookup.keyStart, end: lookup.keyEnd, text: 'Where-Object' }], preferred: true }];
      context.report({ messageId: 'booleans', data: { command }, start: lookup.keyStart, end: lookup.keyEnd, fixes });
    } else {
      context.report({ messageId: 'domainName', start: lookup.start, end: lookup.end, fixes: [forestFix(context, lookup)] });
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
function forestFix(context: RuleContext, lookup: ConnectorLookup): Fix {
  if (lookup.by === 'dnsRoot') return { title: context.fixTitle('useForestProperty'), edits: [{ start: lookup.keyStart, end: lookup.keyEnd, text: 'Forest' }], preferred: true };
  return { title: context.fixTitle('useGetADDomainForest'), edits: [{ start: lookup.start, end: lookup.end, text: '(Get-ADDomain).Forest' }] };
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
  return [{ title: context.fixTitle('swap'), edits, preferred: true }];
}

/** Points at the lookup when it is written elsewhere than the value reported. */
function lookupHere(context: RuleContext, value: { start: number; end: number }, lookup: ConnectorLookup): RelatedSpan[] {
  if (lookup.start >= value.start && lookup.end <= value.end) return [];
  return [{ start: lookup.start, end: lookup.end, message: context.relatedMessage('lookedUpHere') }];
}
