import { parseDirectives } from '../diagnostics/directives';
import type { Rule } from './rule';
import type { Fix } from '../shared/types';
import { closestNames, editDistance } from './support/nameChecks';

export const invalidDirective: Rule = {
  meta: {
    id: 'invalid-directive',
    description: {
      en: 'An adsync-lint-disable comment names a rule that does not exist, so it silences nothing.',
      nl: 'Een adsync-lint-disable-opmerking noemt een regel die niet bestaat en onderdrukt dus niets.',
    },
    defaultSeverity: 'warning',
    fixable: true,
    appliesToAllScripts: true,
    messages: {
      unknownRule: {
        en: '"{{id}}" is not an adsync-lint rule, so this comment silences nothing. Known rules: {{known}}.',
        nl: '"{{id}}" is geen regel van adsync-lint, dus deze opmerking onderdrukt niets. Bekende regels: {{known}}.',
      },
    },
    fixTitles: {
      changeTo: { en: 'Change to {{id}}', nl: 'Wijzigen in {{id}}' },
    },
  },
  check(context) {
    // The registry imports this rule, so the known ids come from the rule list the engine runs.
    const known = context.knownRuleIds;
    for (const directive of parseDirectives(context.model)) {
      for (const rule of directive.rules) {
        if (known.includes(rule.id)) continue;
        const closest = closestNames(rule.id, known)[0];
        const fixes: Fix[] = closest !== undefined && editDistance(rule.id, closest) <= 4
          ? [{ title: context.fixTitle('changeTo', { id: closest }), edits: [{ start: rule.start, end: rule.end, text: closest }], preferred: true }]
          : [];
        context.report({ messageId: 'unknownRule', data: { id: rule.id, known: known.join(', ') }, start: rule.start, end: rule.end, fixes });
      }
    }
  },
};

