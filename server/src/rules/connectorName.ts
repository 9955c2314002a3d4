import { replaceStringLiteral } from '../fixes/edits';
import { isAssignedAnywhere, resolveStrings, type Resolution, type StringCandidate } from '../model/facts/values';
import { compoundPrefix, templateOf } from '../shared/locale';
import type { Rule, RuleContext } from './rule';
import type { Fix, RelatedSpan } from '../shared/types';
import { connectorSlots, roleLabel, type ConnectorSlot } from './support/connectorSlots';
import { looksLikeAzureAdConnector } from '../shared/azureAdConnectorName';
import { classifyName, closestNames, editDistance, knownNameOfOtherKind, looksLikeForestConnector, type NameProblem, type NameRole } from './support/nameChecks';

export const connectorName: Rule = {
  meta: {
    id: 'connector-name',
    description: {
      en: 'Connector names must be real, case-exact names: no docs placeholders, pasted typography, swapped roles or unassigned variables.',
      nl: 'Connectornamen moeten echte namen zijn, met exact dezelfde hoofdletters: geen tijdelijke aanduidingen uit de documentatie, geen geplakte typografische tekens, geen omgewisselde rollen en geen variabelen zonder waarde.',
    },
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      empty: {
        en: 'The {{role}}connector name is empty. Put your {{role}}connector\'s name here, exactly as Synchronization Service Manager shows it (names are case sensitive).',
        nl: 'De naam van de {{role}}connector is leeg. Vul hier de naam van uw {{role}}connector in, precies zoals Synchronization Service Manager die toont (namen zijn hoofdlettergevoelig).',
      },
      placeholder: {
        en: 'The {{role}}connector name is still the docs\' placeholder "{{value}}". Replace it with your {{role}}connector\'s name, exactly as Synchronization Service Manager shows it (names are case sensitive).',
        nl: 'De naam van de {{role}}connector is nog de tijdelijke aanduiding "{{value}}" uit de documentatie. Vervang die door de naam van uw {{role}}connector, precies zoals Synchronization Service Manager die toont (namen zijn hoofdlettergevoelig).',
      },
      htmlPlaceholder: {
        en: 'The {{role}}connector name "{{value}}" is the docs\' placeholder with HTML escapes, pasted from a web page. Replace it with your {{role}}connector\'s real name.',
        nl: 'De naam van de {{role}}connector, "{{value}}", is de tijdelijke aanduiding uit de documentatie met HTML-escapes, geplakt vanaf een webpagina. Vervang die door de echte naam van uw {{role}}connector.',
      },
      pastedCharacter: {
        en: 'The connector name "{{value}}" contains {{character}}, which web pages and word processors put in; connector names use plain characters. Use "{{fixed}}".',
        nl: 'De connectornaam "{{value}}" bevat {{character}}, een teken dat webpagina\'s en tekstverwerkers invoegen; connectornamen gebruiken gewone tekens. Gebruik "{{fixed}}".',
      },
      rebranded: {
        en: 'No Azure AD Connect install has a connector named "{{value}}": that text comes from a rebranded or machine-translated copy of the docs. The Azure AD connector is named "<tenant> - AAD": use "{{suggestion}}".',
        nl: 'Geen enkele installatie van Azure AD Connect heeft een connector met de naam "{{value}}": die tekst komt uit een hernoemde of machinaal vertaalde kopie van de documentatie. De Azure AD-connector heet "<tenant> - AAD": gebruik "{{suggestion}}".',
      },
      azureAdAsSource: {
        en: '"{{value}}" is the Azure AD connector\'s name, but -SourceConnector takes the AD (forest) connector. Swap -SourceConnector and -TargetConnector.',
        nl: '"{{value}}" is de naam van de Azure AD-connector, maar -SourceConnector verwacht de AD-connector (van de forest). Wissel -SourceConnector en -TargetConnector om.',
      },
      forestAsTarget: {
        en: '"{{value}}" looks like an AD forest connector\'s name, but -TargetConnector takes the Azure AD connector ("<tenant> - AAD"). Swap -SourceConnector and -TargetConnector.',
        nl: '"{{value}}" lijkt de naam van de AD-connector van een forest, maar -TargetConnector verwacht de Azure AD-connector ("<tenant> - AAD"). Wissel -SourceConnector en -TargetConnector om.',
      },
      wrongCase: {
        en: 'Connector "{{value}}" differs only in case from your connector "{{known}}"; connector names are case sensitive, so the cmdlet will not find it. Use "{{known}}".',
        nl: 'Connector "{{value}}" verschilt alleen in hoofdletters van uw connector "{{known}}"; connectornamen zijn hoofdlettergevoelig, dus de cmdlet vindt hem niet. Gebruik "{{known}}".',
      },
      unknownName: {
        en: '"{{value}}" is not one of your {{role}}connectors ({{known}}, from {{setting}}). Check the spelling; names are case sensitive.',
        nl: '"{{value}}" is niet een van uw {{role}}connectors ({{known}}, uit {{setting}}). Controleer de spelling; namen zijn hoofdlettergevoelig.',
      },
      unassignedVariable: {
        en: '{{variable}} is never assigned in this script, so the {{role}}connector name is $null here.',
        nl: '{{variable}} krijgt in dit script nooit een waarde, dus de naam van de {{role}}connector is hier $null.',
      },
      unassignedVariableSimilar: {
        en: '{{variable}} is never assigned in this script, so the {{role}}connector name is $null here. Did you mean {{similar}}?',
        nl: '{{variable}} krijgt in dit script nooit een waarde, dus de naam van de {{role}}connector is hier $null. Bedoelde u {{similar}}?',
      },
    },
    fixTitles: {
      useName: { en: 'Use connector name "{{name}}"', nl: 'Connectornaam "{{name}}" gebruiken' },
      swap: { en: 'Swap -SourceConnector and -TargetConnector', nl: '-SourceConnector en -TargetConnector omwisselen' },
      useVariable: { en: 'Use {{variable}}', nl: '{{variable}} gebruiken' },
    },
    relatedMessages: {
      assignedHere: { en: '{{variable}} gets this value here', nl: '{{variable}} krijgt hier deze waarde' },
      assignedFromDotSourced: {
        en: '{{variable}} gets this value from {{file}}, dot-sourced here',
        nl: '{{variable}} krijgt deze waarde uit {{file}}, hier met dot-sourcing geladen',
      },
    },
  },
  check(context) {
    const seen = new Set<string>();
    for (const { slot, resolution: resolved } of withInferredRoles(context, connectorSlots(context.model))) {
      if (resolved.known) {
        for (const candidate of resolved.candidates) checkCandidate(context, slot, candidate, seen);
      } else if (
        resolved.reason === 'unassigned' &&
        slot.value.kind === 'variable' &&
        slot.value.name === resolved.variable &&
        !isAssignedAnywhere(context.model, resolved.variable)
      ) {
        checkUnassigned(context, slot, resolved.variable);
      }
    }
  },
};

const SETTING = 'adsyncLint.connectors';
/** An unknown name is offered the few closest real ones, not every connector of a large install. */
const MAX_SUGGESTIONS = 3;

function knownNamesFor(context: RuleContext, slot: ConnectorSlot): string[] {
  const { ad, azureAd } = context.options.connectors;
  return slot.role === 'ad' ? ad : slot.role === 'azureAd' ? azureAd : [...ad, ...azureAd];
}

function replaceWith(context: RuleContext, candidate: StringCandidate, names: readonly string[], preferOnly: boolean): Fix[] {
  return names.map((name) => ({
    title: context.fixTitle('useName', { name }),
    edits: [replaceStringLiteral(context.model, candidate.start, candidate.end, name)],
    preferred: preferOnly && names.length === 1,
  }));
}

function swapFix(context: RuleContext, slot: ConnectorSlot): Fix[] {
  const other = connectorSlots(context.model).find((s) => s.call === slot.call && s.parameter !== slot.parameter);
  if (!other) return [];
  // Values from a splatted hashtable may feed other calls too, where swapping them would be wrong.
  const inCall = (s: ConnectorSlot) => s.value.start >= s.call.start && s.value.end <= s.call.end;
  if (!inCall(slot) || !inCall(other)) return [];
  // When the other value is just as wrong in this slot (two forest names), swapping fixes nothing.
  const incoming = resolveStrings(context.model, other.value, other.call.start);
  const stillWrong = incoming.known && incoming.candidates.some((candidate) =>
    slot.role === 'ad' ? looksLikeAzureAdConnector(candidate.value) : slot.role === 'azureAd' && looksLikeForestConnector(candidate.value));
  if (stillWrong) return [];
  const text = context.model.text;
  const edits = [
    { start: slot.value.start, end: slot.value.end, text: text.slice(other.value.start, other.value.end) },
    { start: other.value.start, end: other.value.end, text: text.slice(slot.value.start, slot.value.end) },
  ];
  return [{ title: context.fixTitle('swap'), edits, preferred: true }];
}

/** Which literal a candidate is: its place, and for values from a dot-sourced file (which share the dot-sourcing line's place) its value too. */
function literalKey(candidate: StringCandidate): string {
  return candidate.from === undefined ? String(candidate.start) : `${candidate.start}:${candidate.from}:${candidate.value}`;
}

function messageFor(problem: NameProblem): string {
  return problem.kind;
}

function checkCandidate(context: RuleContext, slot: ConnectorSlot, candidate: StringCandidate, seen: Set<string>): void {
  const role = roleLabel(slot.role);
  const problem = classifyName(candidate.value, slot.role) ?? knownNameOfOtherKind(candidate.value, slot.role, context.options.connectors);
  const known = knownNamesFor(context, slot);
  let messageId: string;
  const data: Record<string, string> = { value: candidate.value, role: compoundPrefix(role, context.options.locale) };
  let fixes: Fix[];
  if (problem) {
    messageId = messageFor(problem);
    if (problem.kind === 'pastedCharacter') {
      data.character = templateOf(problem.character, context.options.locale);
      data.fixed = problem.fixed;
      fixes = replaceWith(context, candidate, [problem.fixed], true);
    } else if (problem.kind === 'rebranded') {
      data.suggestion = problem.suggestion;
      fixes = replaceWith(context, candidate, [problem.suggestion], true);
    } else if (problem.kind === 'azureAdAsSource' || problem.kind === 'forestAsTarget') {
      fixes = swapFix(context, slot);
      // Swapping cannot help when both names are of one kind; the real names of the right kind can.
      if (fixes.length === 0) fixes = replaceWith(context, candidate, known.slice(0, MAX_SUGGESTIONS), known.length === 1);
    } else {
      fixes = replaceWith(context, candidate, known, true);
    }
  } else if (known.length > 0 && !known.includes(candidate.value)) {
    const sameLetters = known.filter((name) => name.toLowerCase() === candidate.value.toLowerCase());
    if (sameLetters.length > 0) {
      messageId = 'wrongCase';
      data.known = sameLetters[0];
      fixes = replaceWith(context, candidate, sameLetters, true);
    } else {
      messageId = 'unknownName';
      const ordered = closestNames(candidate.value, known);
      data.known = ordered.map((name) => `"${name}"`).join(', ');
      data.setting = context.options.connectorsFrom ?? SETTING;
      fixes = replaceWith(context, candidate, ordered.slice(0, MAX_SUGGESTIONS), false);
      if (fixes.length > 0 && editDistance(candidate.value.toLowerCase(), ordered[0].toLowerCase()) <= 2) fixes[0].preferred = true;
    }
  } else {
    return;
  }
  const key = `${literalKey(candidate)}:${messageId}`;
  if (seen.has(key)) return;
  seen.add(key);
  // The literal is in a dot-sourced file: its offsets are the dot-sourcing line's, which no edit may replace.
  if (candidate.from !== undefined) fixes = [];

  const viaVariable = candidate.via.length > 0;
  const related: RelatedSpan[] = candidate.via.slice(0, 1).map((assignment) => ({
    start: candidate.start,
    end: candidate.end,
    message: candidate.from !== undefined
      ? context.relatedMessage('assignedFromDotSourced', { variable: '$' + assignment.variable, file: candidate.from })
      : context.relatedMessage('assignedHere', { variable: '$' + assignment.variable }),
  }));
  const start = viaVariable ? slot.value.start : candidate.start;
  const end = viaVariable ? slot.value.end : candidate.end;
  context.report({ messageId, data, start, end, related, fixes });
}

/** Assigned variables that could be the one meant: close in spelling and holding a name of the right kind. */
function similarVariables(context: RuleContext, slot: ConnectorSlot, variable: string): string[] {
  const byName = new Map<string, string>();
  const writtenAs = new Map<string, string>();
  for (const assignment of context.model.unfollowed.everyAssignment()) {
    if (assignment.path.length === 0 && assignment.value.kind === 'string') {
      byName.set(assignment.variable, assignment.value.value);
      writtenAs.set(assignment.variable, context.model.text.slice(assignment.targetStart, assignment.targetEnd));
    }
  }
  const limit = Math.max(3, Math.floor(variable.length / 3));
  return [...byName.entries()]
    .filter(([name, value]) => {
      if (name === variable || editDistance(name, variable) > limit) return false;
      if (slot.role === 'ad') return !looksLikeAzureAdConnector(value);
      if (slot.role === 'azureAd') return looksLikeAzureAdConnector(value) || !looksLikeForestConnector(value);
      return true;
    })
    .sort(([a], [b]) => editDistance(a, variable) - editDistance(b, variable))
    .map(([name]) => writtenAs.get(name) ?? '$' + name);
}

function checkUnassigned(context: RuleContext, slot: ConnectorSlot, variable: string): void {
  const similar = similarVariables(context, slot, variable);
  const written = context.model.text.slice(slot.value.start, slot.value.end);
  context.report({
    messageId: similar.length > 0 ? 'unassignedVariableSimilar' : 'unassignedVariable',
    data: { variable: written, role: compoundPrefix(roleLabel(slot.role), context.options.locale), similar: similar[0] ?? '' },
    start: slot.value.start,
    end: slot.value.end,
    fixes: similar.slice(0, 3).map((name, index) => ({
      title: context.fixTitle('useVariable', { variable: name }),
      edits: [{ start: slot.value.start, end: slot.value.end, text: name }],
      preferred: index === 0 && similar.length === 1,
    })),
  });
}

/** `Get-ADSyncConnector -Name` takes either kind; a value also passed as -SourceConnector or -TargetConnector has that role. */
function withInferredRoles(context: RuleContext, slots: readonly ConnectorSlot[]): { slot: ConnectorSlot; resolution: Resolution }[] {
  const resolved = slots.map((slot) => {
    const resolution = resolveStrings(context.model, slot.value, slot.call.start);
    return { slot, resolution };
  });
  const roleByLiteral = new Map<string, NameRole>();
  for (const { slot, resolution } of resolved) {
    if (slot.role !== 'any' && resolution.known) for (const candidate of resolution.candidates) roleByLiteral.set(literalKey(candidate), slot.role);
  }
  return resolved.map(({ slot, resolution }) => {
    if (!resolution.known || slot.role !== 'any') return { slot, resolution };
    const inferred = resolution.candidates.map((c) => roleByLiteral.get(literalKey(c))).find((role) => role !== undefined);
    return { slot: inferred ? { ...slot, role: inferred } : slot, resolution };
  });
}
