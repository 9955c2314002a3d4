import { boundArgument } from './arguments';
import type { Expr, ScriptModel } from '../types';

export const FORCE_FULL_PASSWORD_SYNC = 'Microsoft.Synchronize.ForceFullPasswordSync';
export const SET_PASSWORD_SYNC = 'set-adsyncaadpasswordsyncconfiguration';
export { GET_CONNECTOR } from '../syntax/knownCommands';
export const ADD_CONNECTOR = 'add-adsyncconnector';
const CONFIGURATION_PARAMETER = 'configurationparameter';

export interface Construction {
  typeName: string;
  args: readonly Expr[];
}

/** `New-Object T a, b` / `New-Object -TypeName T -ArgumentList a, b` / `[T]::new(a, b)`. */
export function constructionOf(expr: Expr | undefined): Construction | undefined {
  if (!expr) return undefined;
  if (expr.kind === 'new') return { typeName: expr.typeName, args: expr.args };
  if (expr.kind !== 'command' || expr.call.lowerName !== 'new-object') return undefined;
  const typeArgument = boundArgument(expr.call, 'TypeName')?.value;
  if (!typeArgument || typeArgument.kind !== 'string') return undefined;
  const list = boundArgument(expr.call, 'ArgumentList')?.value;
  const args = !list ? [] : list.kind === 'array' ? list.items : [list];
  return { typeName: typeArgument.value, args };
}

/** True for an expression that builds the ForceFullPasswordSync ConfigurationParameter. */
export function buildsForceFullPasswordSync(expr: Expr | undefined): boolean {
  const construction = constructionOf(expr);
  if (!construction) return false;
  const type = construction.typeName.toLowerCase();
  if (!type.endsWith(CONFIGURATION_PARAMETER)) return false;
  const first = construction.args[0];
  return first !== undefined && first.kind === 'string' && first.value.trim().toLowerCase() === FORCE_FULL_PASSWORD_SYNC.toLowerCase();
}

export function isPasswordSyncScript(model: ScriptModel): boolean {
  if (model.commands.some((call) => call.lowerName === SET_PASSWORD_SYNC)) return true;
  return model.assignments.some((assignment) => buildsForceFullPasswordSync(assignment.value));
}

const AAD_SUFFIX = ' - AAD';

/** Azure AD Connect names its Azure AD connector `<tenant domain> - AAD`. */
export function looksLikeAzureAdConnector(name: string): boolean {
  return name.endsWith(AAD_SUFFIX) && name.length > AAD_SUFFIX.length;
}
