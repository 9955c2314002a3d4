import { boundArgument } from '../../model/facts/arguments';
import { oncePerModel } from '../../model/facts/oncePerModel';
import { GET_CONNECTOR, SET_PASSWORD_SYNC } from '../../model/facts/passwordSync';
import type { CommandCall, Expr, ScriptModel } from '../../model/types';
import type { NameRole } from './nameChecks';

/** A place where a connector name is passed to an ADSync cmdlet. */
export interface ConnectorSlot {
  call: CommandCall;
  parameter: string;
  role: NameRole;
  value: Expr;
}

const SLOT_PARAMETERS: Record<string, { parameter: string; role: NameRole }[]> = {
  [GET_CONNECTOR]: [{ parameter: 'Name', role: 'any' }],
  [SET_PASSWORD_SYNC]: [
    { parameter: 'SourceConnector', role: 'ad' },
    { parameter: 'TargetConnector', role: 'azureAd' },
  ],
  'get-adsyncaadpasswordsyncconfiguration': [{ parameter: 'SourceConnector', role: 'ad' }],
};

/** The connector slots of a script, in script order; found once per model (a swap fix looks up its call's other slot). */
export const connectorSlots: (model: ScriptModel) => readonly ConnectorSlot[] = oncePerModel(findSlots);

function findSlots(model: ScriptModel): ConnectorSlot[] {
  const slots: ConnectorSlot[] = [];
  for (const call of model.commands) {
    const wanted = SLOT_PARAMETERS[call.lowerName];
    if (!wanted) continue;
    for (const { parameter, role } of wanted) {
      const value = boundArgument(call, parameter)?.value;
      if (value) slots.push({ call, parameter, role, value });
    }
  }
  return slots;
}

export function roleLabel(role: NameRole): string {
  return role === 'ad' ? 'AD' : role === 'azureAd' ? 'Azure AD' : '';
}
