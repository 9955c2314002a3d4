/**
 * What the mock ADSync module recorded while a script ran (OracleServer.ps1 sends the journal),
 * and the true verdict of each rule computed from it.
 */

export const FORCE_FULL = 'Microsoft.Synchronize.ForceFullPasswordSync';

export type OracleRule = 'force-full-password-sync' | 'password-sync-toggle' | 'connector-name';
export const ORACLE_RULES: readonly OracleRule[] = ['force-full-password-sync', 'password-sync-toggle', 'connector-name'];

export interface SimulatedConnector {
  name: string;
  type: 'AD' | 'AAD';
  subType: string;
  /** The value the connector already holds (a server that ran the procedure before), or null for none. */
  forceFullPasswordSync: string | null;
}

export interface ExecutionAnswer {
  journal: string[][];
  /** Error records of the run, as text. */
  errors: string[];
  timedOut: boolean;
}

export interface Toggle {
  target: string;
  /** 'true', 'false', or '' when -Enable was not given. */
  enable: string;
}

/** What happened to one connector (or to a name the script used that is no connector). */
export interface ConnectorRecord {
  name: string;
  fetched: number;
  removed: number;
  /** ForceFullPasswordSync added to an object fetched from this connector (failed Adds count too). */
  added: number;
  addFailed: number;
  /** The ForceFullPasswordSync value of each save, in order ('<absent>' when the saved object had none). */
  saves: string[];
  toggles: Toggle[];
  /** Index into the run's event order of the last save, or -1. */
  lastSaveAt: number;
  /** Index of each toggle in the run's event order. */
  toggleAt: number[];
}

export interface ExecutionRecord {
  connectors: Map<string, ConnectorRecord>;
  /** Calls that failed: "<command>: <reason> '<name>'". */
  failures: string[];
  /** Failures that a wrong connector name caused. */
  nameFailures: string[];
  /** Ids of ForceFullPasswordSync parameters created and never added anywhere. */
  parametersNeverAdded: string[];
  timedOut: boolean;
}

const NAME_REASONS = new Set(['unknown connector', 'unknown identifier', 'source is not an AD connector', 'target is not an Azure AD connector']);

export function readJournal(answer: ExecutionAnswer): ExecutionRecord {
  const connectors = new Map<string, ConnectorRecord>();
  const record = (name: string): ConnectorRecord => {
    let found = connectors.get(name);
    if (!found) {
      found = { name, fetched: 0, removed: 0, added: 0, addFailed: 0, saves: [], toggles: [], lastSaveAt: -1, toggleAt: [] };
      connectors.set(name, found);
    }
    return found;
  };
  const failures: string[] = [];
  const nameFailures: string[] = [];
  const created = new Set<string>();
  const addedIds = new Set<string>();
  answer.journal.forEach((entry, at) => {
    const [what, a = '', b = '', c = ''] = entry;
    switch (what) {
      case 'fetch':
        record(a).fetched++;
        break;
      case 'parameterCreated':
        if (b === FORCE_FULL) created.add(c);
        break;
      case 'remove':
        if (b.toLowerCase() === FORCE_FULL.toLowerCase()) record(a).removed++;
        break;
      case 'add':
        if (b.toLowerCase() === FORCE_FULL.toLowerCase()) {
          record(a).added++;
          addedIds.add(c);
        }
        break;
      case 'addFailed':
        if (b.toLowerCase() === FORCE_FULL.toLowerCase()) {
          record(a).addFailed++;
          addedIds.add(c);
        }
        break;
      case 'save': {
        const connector = record(a);
        connector.saves.push(b);
        connector.lastSaveAt = at;
        break;
      }
      case 'toggle': {
        const connector = record(a);
        connector.toggles.push({ target: b, enable: c });
        connector.toggleAt.push(at);
        break;
      }
      case 'failed': {
        const text = `${a}: ${b} '${c}'`;
        failures.push(text);
        if (NAME_REASONS.has(b)) nameFailures.push(text);
        break;
      }
    }
  });
  const parametersNeverAdded = [...created].filter((id) => !addedIds.has(id));
  return { connectors, failures, nameFailures, parametersNeverAdded, timedOut: answer.timedOut };
}

/** Whether the toggles leave a full sync started: a disable then an enable, same target, after the last save, ending enabled. */
function toggledProperly(connector: ConnectorRecord): boolean {
  const after = connector.toggles.filter((_, k) => connector.toggleAt[k] > connector.lastSaveAt);
  if (connector.toggles.some((toggle) => toggle.enable === '' || toggle.target === '')) return false;
  if (after.length === 0 || after[after.length - 1].enable !== 'true') return false;
  for (let i = 0; i < after.length; i++) {
    if (after[i].enable !== 'false') continue;
    for (let j = i + 1; j < after.length; j++) {
      if (after[j].enable === 'true' && after[j].target === after[i].target) return true;
    }
  }
  return false;
}

/** Per rule, the connectors (or names) with a real problem, and why. */
export function trueVerdicts(record: ExecutionRecord, server: readonly SimulatedConnector[]): Map<OracleRule, string[]> {
  const verdicts = new Map<OracleRule, string[]>(ORACLE_RULES.map((rule) => [rule, []]));
  const typeOf = new Map(server.map((connector) => [connector.name, connector.type]));
  for (const connector of record.connectors.values()) {
    const type = typeOf.get(connector.name);
    const workedOn = connector.toggles.length > 0 || connector.added + connector.addFailed > 0;
    if (type === 'AAD' && connector.added > 0) verdicts.get('force-full-password-sync')!.push(`${connector.name}: ForceFullPasswordSync added to the Azure AD connector`);
    if (type !== 'AD') continue;
    if (workedOn && !connector.saves.includes('1')) {
      verdicts.get('force-full-password-sync')!.push(`${connector.name}: never saved with ForceFullPasswordSync = 1 (saves: ${JSON.stringify(connector.saves)})`);
    }
    if ((workedOn || connector.saves.includes('1')) && !toggledProperly(connector)) {
      verdicts.get('password-sync-toggle')!.push(`${connector.name}: toggles ${JSON.stringify(connector.toggles)} do not disable then enable after the last save`);
    }
  }
  for (const id of record.parametersNeverAdded) verdicts.get('force-full-password-sync')!.push(`parameter #${id} created but never added to a connector`);
  for (const failure of record.nameFailures) verdicts.get('connector-name')!.push(failure);
  return verdicts;
}
