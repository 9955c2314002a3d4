/**
 * Classifies connector-name strings. Works on resolved string values (never on script text), so
 * a name assigned once and used three times is judged once, the same way everywhere.
 */

import { distance } from 'fastest-levenshtein';
import { azureAdConnectorName, isAzureAdConnectorSuffix, looksLikeAzureAdConnector } from '../../shared/azureAdConnectorName';
import type { Localized } from '../../shared/locale';
import type { ConnectorNames } from '../../shared/options';

export type NameRole = 'ad' | 'azureAd' | 'any';

/** Characters pasted from web pages and word processors, named as messages say them, and their plain form. */
export const PASTED_CHARACTERS: Record<string, { name: Localized; ascii: string }> = {
  '\u2010': { name: { en: 'a Unicode hyphen (U+2010)', nl: 'een Unicode-koppelteken (U+2010)' }, ascii: '-' },
  '\u2011': { name: { en: 'a non-breaking hyphen (U+2011)', nl: 'een vast koppelteken (U+2011)' }, ascii: '-' },
  '\u2012': { name: { en: 'a figure dash (U+2012)', nl: 'een cijferstreepje (U+2012)' }, ascii: '-' },
  '\u2013': { name: { en: 'an en dash (U+2013)', nl: 'een kort streepje (U+2013)' }, ascii: '-' },
  '\u2014': { name: { en: 'an em dash (U+2014)', nl: 'een lang streepje (U+2014)' }, ascii: '-' },
  '\u2015': { name: { en: 'a horizontal bar (U+2015)', nl: 'een horizontale streep (U+2015)' }, ascii: '-' },
  '\u2212': { name: { en: 'a minus sign (U+2212)', nl: 'een minteken (U+2212)' }, ascii: '-' },
  '\u00A0': { name: { en: 'a non-breaking space (U+00A0)', nl: 'een vaste spatie (U+00A0)' }, ascii: ' ' },
  '\u202F': { name: { en: 'a narrow non-breaking space (U+202F)', nl: 'een smalle vaste spatie (U+202F)' }, ascii: ' ' },
  '\u2007': { name: { en: 'a figure space (U+2007)', nl: 'een cijferspatie (U+2007)' }, ascii: ' ' },
  '\u200B': { name: { en: 'a zero-width space (U+200B)', nl: 'een spatie zonder breedte (U+200B)' }, ascii: '' },
  '\uFEFF': { name: { en: 'a zero-width no-break space (U+FEFF)', nl: 'een vaste spatie zonder breedte (U+FEFF)' }, ascii: '' },
  '\u2018': { name: { en: 'a smart quote (U+2018)', nl: 'een gekruld aanhalingsteken (U+2018)' }, ascii: "'" },
  '\u2019': { name: { en: 'a smart quote (U+2019)', nl: 'een gekruld aanhalingsteken (U+2019)' }, ascii: "'" },
  '\u201C': { name: { en: 'a smart quote (U+201C)', nl: 'een gekruld aanhalingsteken (U+201C)' }, ascii: '"' },
  '\u201D': { name: { en: 'a smart quote (U+201D)', nl: 'een gekruld aanhalingsteken (U+201D)' }, ascii: '"' },
};

export type NameProblem =
  | { kind: 'empty' }
  | { kind: 'placeholder' }
  | { kind: 'htmlPlaceholder' }
  | { kind: 'pastedCharacter'; character: Localized; fixed: string }
  | { kind: 'rebranded'; suggestion: string }
  | { kind: 'azureAdAsSource' }
  | { kind: 'forestAsTarget' };

/** `contoso.com`, `corp.fabrikam.local`: a DNS name with no spaces. */
export function looksLikeForestConnector(name: string): boolean {
  if (name.length === 0 || name.indexOf('.') <= 0 || name.endsWith('.')) return false;
  for (const ch of name) {
    const ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch === '.' || ch === '-' || ch === '_';
    if (!ok) return false;
  }
  return !name.toLowerCase().includes('onmicrosoft.');
}

function firstWord(name: string): string {
  let end = 0;
  while (end < name.length && name[end] !== ' ' && name[end] !== ':' && name[end] !== '\u00A0') end++;
  return name.slice(0, end);
}

/** Azure AD connector names seen in rebranded or machine-translated copies of the docs, never in a real install. */
function rebrandedSuggestion(name: string): string | undefined {
  const lower = name.toLowerCase();
  const tenant = firstWord(name);
  if (!tenant.includes('.')) return undefined;
  const rest = lower.slice(tenant.length).trim();
  if (rest === '- aad' && !isAzureAdConnectorSuffix(name.slice(tenant.length))) return azureAdConnectorName(tenant);
  const mentionsAzure = rest.includes('entra') || rest.includes('azure') || rest === ': aad' || rest === ':aad' || rest === 'aad';
  return mentionsAzure ? azureAdConnectorName(tenant) : undefined;
}

export function classifyName(name: string, role: NameRole): NameProblem | undefined {
  const trimmed = name.trim();
  if (trimmed.length === 0) return { kind: 'empty' };
  if (trimmed.startsWith('<') && trimmed.endsWith('>')) return { kind: 'placeholder' };
  if (trimmed.toLowerCase().startsWith('&lt;') && trimmed.toLowerCase().endsWith('&gt;')) return { kind: 'htmlPlaceholder' };
  for (const ch of name) {
    const pasted = PASTED_CHARACTERS[ch];
    if (pasted) {
      let fixed = '';
      for (const c of name) fixed += PASTED_CHARACTERS[c]?.ascii ?? c;
      return { kind: 'pastedCharacter', character: pasted.name, fixed: fixed.trim() };
    }
  }
  if (role !== 'ad') {
    const suggestion = rebrandedSuggestion(name);
    if (suggestion !== undefined && suggestion !== name) return { kind: 'rebranded', suggestion };
  }
  if (role === 'ad' && looksLikeAzureAdConnector(name)) return { kind: 'azureAdAsSource' };
  if (role === 'azureAd' && looksLikeForestConnector(name)) return { kind: 'forestAsTarget' };
  return undefined;
}

/**
 * With the server's names known, a name that is one of the other kind's connectors, in any case:
 * a forest connector named `CORP` passes every look-alike test, yet is no Azure AD connector.
 */
export function knownNameOfOtherKind(name: string, role: NameRole, connectors: ConnectorNames): NameProblem | undefined {
  const lower = name.toLowerCase();
  const listed = (names: readonly string[]) => names.some((known) => known.toLowerCase() === lower);
  if (role === 'ad' && listed(connectors.azureAd) && !listed(connectors.ad)) return { kind: 'azureAdAsSource' };
  if (role === 'azureAd' && listed(connectors.ad) && !listed(connectors.azureAd)) return { kind: 'forestAsTarget' };
  return undefined;
}

/** Levenshtein distance (fastest-levenshtein): insertions, deletions and substitutions of one UTF-16 unit. */
export function editDistance(a: string, b: string): number {
  return distance(a, b);
}

/** Known names ordered by closeness to `name`, case-insensitively. */
export function closestNames(name: string, known: readonly string[]): string[] {
  const lower = name.toLowerCase();
  const distances = new Map(known.map((candidate) => [candidate, distance(lower, candidate.toLowerCase())]));
  return [...known].sort((a, b) => (distances.get(a) ?? 0) - (distances.get(b) ?? 0) || a.localeCompare(b));
}
