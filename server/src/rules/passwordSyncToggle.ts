import { endsAtArgumentBoundary, insertLinesAfter, insertLinesBeforeStatement, isSelfContainedLine, isSingleValue, wholeLines } from '../fixes/edits';
import { chainsWithForceFull, passwordSyncFlow, type ConnectorChain, type Toggle } from '../model/facts/passwordSyncFlow';
import { insertToggleFix, untoggledConnectors } from './support/missingToggles';
import { stepsStartingIn } from '../model/facts/stepsInSpan';
import type { CommandCall, Expr } from '../model/types';
import { TokenKind } from '../tokenizer/token';
import { connectorKey } from '../model/facts/values';
import type { Rule, RuleContext } from './rule';
import type { Fix } from '../shared/types';

export const passwordSyncToggle: Rule = {
  meta: {
    id: 'password-sync-toggle',
    description: {
      en: 'Each AD connector needs Set-ADSyncAADPasswordSyncConfiguration with -Enable $false and then -Enable $true, for the same connectors, after the connector is saved.',
      nl: 'Elke AD-connector heeft Set-ADSyncAADPasswordSyncConfiguration nodig met eerst -Enable $false en dan -Enable $true, voor dezelfde connectors, nadat de connector is opgeslagen.',
    },
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      missingParameter: {
        en: 'Set-ADSyncAADPasswordSyncConfiguration needs {{missing}}; without it the cmdlet stops to prompt or fails.',
        nl: 'Set-ADSyncAADPasswordSyncConfiguration heeft {{missing}} nodig; zonder wacht de cmdlet op invoer of mislukt hij.',
      },
      missingEnableValue: {
        en: 'Set-ADSyncAADPasswordSyncConfiguration needs a value for -Enable ($false or $true); without it the cmdlet stops to prompt or fails.',
        nl: 'Set-ADSyncAADPasswordSyncConfiguration heeft een waarde voor -Enable nodig ($false of $true); zonder wacht de cmdlet op invoer of mislukt hij.',
      },
      missingDisable: {
        en: 'Password sync is enabled without first being disabled, so no full password sync starts. Call Set-ADSyncAADPasswordSyncConfiguration with -Enable $false just before this call.',
        nl: 'Wachtwoordsynchronisatie wordt ingeschakeld zonder eerst te zijn uitgeschakeld, dus er start geen volledige wachtwoordsynchronisatie. Roep Set-ADSyncAADPasswordSyncConfiguration met -Enable $false aan vlak vóór deze aanroep.',
      },
      missingEnable: {
        en: 'Password sync is disabled and never enabled again, so password hashes stop syncing. Call Set-ADSyncAADPasswordSyncConfiguration with -Enable $true after this call.',
        nl: 'Wachtwoordsynchronisatie wordt uitgeschakeld en nooit weer ingeschakeld, dus wachtwoordhashes worden niet meer gesynchroniseerd. Roep Set-ADSyncAADPasswordSyncConfiguration met -Enable $true aan na deze aanroep.',
      },
      reversed: {
        en: 'The toggle is reversed: -Enable $true runs before -Enable $false, so password sync ends up disabled. Disable first, then enable.',
        nl: 'Uit- en inschakelen staan in de verkeerde volgorde: -Enable $true wordt vóór -Enable $false uitgevoerd, dus wachtwoordsynchronisatie blijft uitgeschakeld. Eerst uitschakelen, dan inschakelen.',
      },
      beforeSave: {
        en: 'The toggle runs before Add-ADSyncConnector saves the ForceFullPasswordSync parameter, so the full sync it starts does not see it. Move the toggle after the save.',
        nl: 'Het uit- en inschakelen gebeurt voordat Add-ADSyncConnector de parameter ForceFullPasswordSync opslaat, dus de volledige synchronisatie die daardoor start, ziet die parameter niet. Verplaats het uit- en inschakelen naar na het opslaan.',
      },
      differentTarget: {
        en: 'This call names a different -TargetConnector from the other call of the toggle; both calls must name the same Azure AD connector.',
        nl: 'Deze aanroep noemt een andere -TargetConnector dan de andere aanroep van het uit- en inschakelen; beide aanroepen moeten dezelfde Azure AD-connector noemen.',
      },
      differentSource: {
        en: 'The -Enable $false and -Enable $true calls name different source connectors, so neither connector is toggled. Use the same AD connector in both calls.',
        nl: 'De aanroepen met -Enable $false en -Enable $true noemen verschillende bronconnectors, dus bij geen van beide connectors wordt wachtwoordsynchronisatie uit- en weer ingeschakeld. Gebruik in beide aanroepen dezelfde AD-connector.',
      },
      missingToggle: {
        en: 'Password sync is never turned off and on for {{connector}}, so the ForceFullPasswordSync saved here starts no full sync. Next, run Set-ADSyncAADPasswordSyncConfiguration -SourceConnector {{source}} -TargetConnector {{target}} -Enable $false, then the same with -Enable $true.',
        nl: 'Wachtwoordsynchronisatie wordt voor {{connector}} nooit uit- en weer ingeschakeld, dus de ForceFullPasswordSync die hier wordt opgeslagen, start geen volledige synchronisatie. Voer daarna Set-ADSyncAADPasswordSyncConfiguration -SourceConnector {{source}} -TargetConnector {{target}} -Enable $false uit, en dan hetzelfde met -Enable $true.',
      },
      missingToggleNoTarget: {
        en: 'Password sync is never turned off and on for {{connector}}, so the ForceFullPasswordSync saved here starts no full sync. Next, run Set-ADSyncAADPasswordSyncConfiguration for it and your Azure AD connector ("<tenant> - AAD") with -Enable $false, then with -Enable $true.',
        nl: 'Wachtwoordsynchronisatie wordt voor {{connector}} nooit uit- en weer ingeschakeld, dus de ForceFullPasswordSync die hier wordt opgeslagen, start geen volledige synchronisatie. Voer daarna Set-ADSyncAADPasswordSyncConfiguration uit voor deze connector en uw Azure AD-connector ("<tenant> - AAD") met -Enable $false, en dan met -Enable $true.',
      },
    },
    fixTitles: {
      addDisable: { en: 'Add the -Enable $false call before it', nl: 'De aanroep met -Enable $false ervoor toevoegen' },
      addEnable: { en: 'Add the -Enable $true call after it', nl: 'De aanroep met -Enable $true erna toevoegen' },
      swapValues: { en: 'Disable first, then enable', nl: 'Eerst uitschakelen, dan inschakelen' },
      moveAfterSave: { en: 'Move the toggle after Add-ADSyncConnector', nl: 'Het uit- en inschakelen verplaatsen naar na Add-ADSyncConnector' },
      sameTarget: { en: 'Use the same -TargetConnector as the first call', nl: 'Dezelfde -TargetConnector gebruiken als de eerste aanroep' },
      sameSource: { en: 'Use {{source}} as in the -Enable $false call', nl: '{{source}} gebruiken, zoals in de aanroep met -Enable $false' },
      addToggle: {
        en: 'Add the -Enable $false and -Enable $true calls after the save',
        nl: 'De aanroepen met -Enable $false en -Enable $true toevoegen na het opslaan',
      },
    },
    relatedMessages: {
      enableRunsFirst: { en: 'the -Enable $true call runs first, here', nl: 'de aanroep met -Enable $true wordt eerst uitgevoerd, hier' },
      firstTarget: { en: 'the first call of this toggle uses this target', nl: 'de eerste aanroep van dit uit- en inschakelen gebruikt dit doel' },
      disableSource: { en: 'the -Enable $false call names this source connector', nl: 'de aanroep met -Enable $false noemt deze bronconnector' },
      fetchedHere: { en: 'the connector is fetched here', nl: 'hier wordt de connector opgehaald' },
    },
  },
  check(context) {
    const flow = passwordSyncFlow(context.model);
    for (const toggle of flow.toggles) checkRequiredParameters(context, toggle);
    const groups = flow.groups;
    const paired = new Set<string>();
    for (const pair of flow.groupsAreConnectors ? flow.mismatchedPairs : []) {
      paired.add(pair.disableKey).add(pair.enableKey);
      reportMismatchedSources(context, groups.get(pair.disableKey)!, groups.get(pair.enableKey)!);
    }
    for (const { chain } of untoggledConnectors(context, flow)) reportMissingToggle(context, chain);
    const carrying = chainsWithForceFull(flow);
    for (const [key, toggles] of groups) {
      if (paired.has(key)) continue;
      // The one carrying connector stands for the one toggle only when a name is unknown: two known names are two connectors.
      const bothNamed = key.startsWith('value:') && carrying.length === 1 && carrying[0].key?.startsWith('value:');
      const chain = carrying.find((c) => c.key === key) ?? (carrying.length === 1 && groups.size === 1 && !bothNamed ? carrying[0] : undefined);
      checkGroup(context, toggles, chain?.saves[0], flow.groupsAreConnectors);
    }
  },
};

/** The toggle call's text with its -Enable value replaced, for inserting the missing half. */
function copyWithEnable(context: RuleContext, toggle: Toggle, value: '$true' | '$false'): string | undefined {
  const enable = toggle.enable;
  if (!enable?.value || enable.via !== 'named') return undefined;
  const text = context.model.text;
  const call = toggle.call;
  const copy = text.slice(call.start, enable.value.start) + value + text.slice(enable.value.end, call.end);
  // A call spread over continuation lines is copied only when it is one line.
  return isSelfContainedLine(copy) ? copy : undefined;
}

/**
 * Whether copying `expr`'s text to the call at `at` names the connector `key` there. A variable
 * reassigned between the calls (or written in another case, which PowerShell ignores) holds
 * something else at the second call, so copying its text would change nothing.
 */
function copyNames(context: RuleContext, expr: Expr, destination: Expr, key: string | undefined): boolean {
  const text = context.model.text.slice(expr.start, expr.end);
  return (
    key !== undefined &&
    (expr.kind === 'string' || expr.kind === 'variable') &&
    isSingleValue(text) &&
    endsAtArgumentBoundary(context.model.text, destination.end) &&
    connectorKey(context.model, expr, destination.start) === key
  );
}

function checkRequiredParameters(context: RuleContext, toggle: Toggle): void {
  if (toggle.splatUnknown || toggle.call.hasVerbatimArguments) return;
  const missing = [
    toggle.source ? undefined : '-SourceConnector',
    toggle.target ? undefined : '-TargetConnector',
    toggle.enable ? undefined : '-Enable',
  ].filter((name): name is string => name !== undefined);
  if (missing.length === 0 && toggle.enable?.value === undefined) {
    context.report({ messageId: 'missingEnableValue', start: toggle.call.nameStart, end: toggle.call.nameEnd });
    return;
  }
  if (missing.length === 0) return;
  context.report({ messageId: 'missingParameter', data: { missing: missing.join(', ') }, start: toggle.call.nameStart, end: toggle.call.nameEnd });
}

/** True when a brace opens or closes between two offsets: moving lines across it would move them into another block. */
function crossesBlock(context: RuleContext, start: number, end: number): boolean {
  const tokens = context.model.tokens;
  // From the first token starting at or after `start`.
  let first = Math.max(tokens.indexAt(start), 0);
  if (first < tokens.length && tokens.start(first) < start) first++;
  for (let i = first; i < tokens.length && tokens.start(i) < end; i++) {
    if (tokens.kind(i) === TokenKind.LCurly || tokens.kind(i) === TokenKind.RCurly) return true;
  }
  return false;
}

function checkGroup(context: RuleContext, toggles: Toggle[], save: CommandCall | undefined, wholeToggle: boolean): void {
  // A call with a computed or missing -Enable value, or a missing target, leaves the order unknowable.
  if (toggles.some((toggle) => toggle.enableValue === undefined || (!toggle.target && !toggle.splatUnknown))) return;
  // When another group may be the same connector, this group may be half a toggle: only its own calls are judged.
  if (!wholeToggle) {
    checkTargets(context, toggles);
    return;
  }
  const disables = toggles.filter((toggle) => toggle.enableValue === false);
  const enables = toggles.filter((toggle) => toggle.enableValue === true);
  const first = toggles[0];
  const last = toggles[toggles.length - 1];
  if (disables.length === 0) {
    const copy = copyWithEnable(context, first, '$false');
    const edit = copy ? insertLinesBeforeStatement(context.model, first.call.statementStart, first.call.start, [copy]) : undefined;
    const fixes: Fix[] = edit ? [{ title: context.fixTitle('addDisable'), edits: [edit], preferred: true }] : [];
    context.report({ messageId: 'missingDisable', start: first.call.nameStart, end: first.call.nameEnd, fixes });
    return;
  }
  if (enables.length === 0) {
    const copy = copyWithEnable(context, last, '$true');
    const fixes: Fix[] = copy ? [{ title: context.fixTitle('addEnable'), edits: [insertLinesAfter(context.model, last.call.statementEnd, [copy])], preferred: true }] : [];
    context.report({ messageId: 'missingEnable', start: last.call.nameStart, end: last.call.nameEnd, fixes });
    return;
  }
  if (last.enableValue === false) {
    const earlierEnable = [...enables].reverse().find((toggle) => toggle.call.start < last.call.start);
    // A toggle nested in another's argument (`… @off(` over a line break) runs first but starts later.
    if (!earlierEnable) return;
    const a = earlierEnable.enable!;
    const b = last.enable!;
    const text = context.model.text;
    // Swapping written values is only a clean fix when both are written in the calls themselves.
    const fixes: Fix[] = a.via === 'named' && b.via === 'named'
      ? [{ title: context.fixTitle('swapValues'), edits: [
          { start: a.value!.start, end: a.value!.end, text: text.slice(b.value!.start, b.value!.end) },
          { start: b.value!.start, end: b.value!.end, text: text.slice(a.value!.start, a.value!.end) },
        ], preferred: true }]
      : [];
    const span = b.via === 'named' ? { start: b.parameterStart!, end: b.value!.end } : { start: last.call.nameStart, end: last.call.nameEnd };
    context.report({
      messageId: 'reversed', ...span,
      related: [{ start: earlierEnable.call.nameStart, end: earlierEnable.call.nameEnd, message: context.relatedMessage('enableRunsFirst') }],
      fixes,
    });
    return;
  }
  // Offsets order statements only within one block: a save in a function body or another loop runs when that code runs.
  const sameBlock = save !== undefined && save.depth === first.call.depth && save.loop === first.call.loop;
  const firstSave = save?.start;
  if (sameBlock && firstSave !== undefined && first.call.start < firstSave) {
    const lines = wholeLines(context.model, first.call.statementStart, last.call.statementEnd);
    const block = context.model.text.slice(lines.start, lines.end);
    const saveLineEnd = context.model.nextLineStart(firstSave);
    const fixes: Fix[] = lines.end <= context.model.lineStart(firstSave) && toggles.every((t) => t.call.depth === first.call.depth) && !crossesBlock(context, lines.end, saveLineEnd) && onlyTogglesIn(context, toggles, lines)
      ? [{ title: context.fixTitle('moveAfterSave'), edits: [{ start: lines.start, end: lines.end, text: '' }, { start: saveLineEnd, end: saveLineEnd, text: block }], preferred: true }]
      : [];
    context.report({ messageId: 'beforeSave', start: first.call.nameStart, end: first.call.nameEnd, fixes });
  }
  checkTargets(context, toggles);
}

/** Every call of a toggle names the same -TargetConnector as its first. */
function checkTargets(context: RuleContext, toggles: Toggle[]): void {
  const first = toggles[0];
  const target = first.target?.value;
  for (const toggle of toggles) {
    const other = toggle.target?.value;
    if (!target || !other || toggle.targetKey === first.targetKey) continue;
    // Two targets differ surely only when both are known names: a variable may hold the same one.
    if (!first.targetKey?.startsWith('value:') || !toggle.targetKey?.startsWith('value:')) continue;
    // A splatted hashtable may feed several calls: point at this call, and leave the shared table alone.
    const inCall = toggle.target!.via !== 'splat' && first.target!.via !== 'splat';
    const span = inCall ? other : { start: toggle.call.nameStart, end: toggle.call.nameEnd };
    // A swapped toggle is grouped by its other argument (see reportMismatchedSources).
    const fixable = inCall && !first.swapped && !toggle.swapped && copyNames(context, target, other, first.targetKey);
    context.report({
      messageId: 'differentTarget', ...span,
      related: [{ start: target.start, end: target.end, message: context.relatedMessage('firstTarget') }],
      fixes: !fixable ? [] : [{ title: context.fixTitle('sameTarget'), edits: [{ start: other.start, end: other.end, text: context.model.text.slice(target.start, target.end) }], preferred: true }],
    });
  }
}

/**
 * A toggle whose connectors are swapped is grouped by its -TargetConnector (see Toggle.swapped):
 * copying a source over its -SourceConnector would leave it in its group, so no copy fix is
 * offered for it (the connector-name rule reports the swap, with its own fix).
 */
function reportMismatchedSources(context: RuleContext, disables: Toggle[], enables: Toggle[]): void {
  const a = disables[0].source!.value!;
  const b = enables[0].source!.value!;
  const text = context.model.text;
  const fixable = enables[0].source!.via !== 'splat' && !disables[0].swapped && !enables[0].swapped && copyNames(context, a, b, disables[0].sourceKey);
  context.report({
    messageId: 'differentSource', start: b.start, end: b.end,
    related: [{ start: a.start, end: a.end, message: context.relatedMessage('disableSource') }],
    fixes: !fixable ? [] : [{ title: context.fixTitle('sameSource', { source: text.slice(a.start, a.end) }), edits: [{ start: b.start, end: b.end, text: text.slice(a.start, a.end) }] }],
  });
}

/**
 * Whether the lines from the first toggle to the last hold no other statement the model records:
 * moving a fetch, an assignment or a GlobalParameters call along with the toggles would change
 * what the script does, and the toggles would land before a save again.
 */
function onlyTogglesIn(context: RuleContext, toggles: readonly Toggle[], lines: { start: number; end: number }): boolean {
  const calls = new Set<unknown>(toggles.map((toggle) => toggle.call));
  const found = stepsStartingIn(context.model, lines.start, lines.end);
  // The assignments and method calls no rule follows are never toggles.
  return found !== undefined && found.unfollowed === 0 && found.steps.every((step) => calls.has(step));
}

/** At the save (or, unsaved, at the Add that puts the parameter on the connector), with the fetch as related location. */
function reportMissingToggle(context: RuleContext, chain: ConnectorChain): void {
  const text = context.model.text;
  const save = chain.saves[0];
  const add = chain.adds[0]?.call;
  const span = save ? { start: save.nameStart, end: save.nameEnd } : add ? { start: add.start, end: add.end } : undefined;
  if (!span) return;
  const { fixes, target, source } = insertToggleFix(context, chain);
  const name = chain.name?.value;
  const connector = name ? text.slice(name.start, name.end) : '$' + chain.variable;
  context.report({
    messageId: target === undefined ? 'missingToggleNoTarget' : 'missingToggle',
    data: { connector, source: source ?? connector, target: target ?? '' },
    ...span,
    related: [{ start: chain.fetchCall.nameStart, end: chain.fetchCall.nameEnd, message: context.relatedMessage('fetchedHere') }],
    fixes,
  });
}
