import { lintText, type LintProblem } from '../../../server/src/engine/lint';
import { resolveStrings } from '../../../server/src/model/facts/values';
import { buildScriptModel } from '../../../server/src/model/scriptModel';
import { connectorSlots } from '../../../server/src/rules/support/connectorSlots';
import { defaultOptions, type LintOptions } from '../../../server/src/shared/options';
import type { OracleCase } from './caseGenerator';
import { ORACLE_RULES, readJournal, trueVerdicts, type ExecutionAnswer, type ExecutionRecord, type OracleRule } from './executionRecord';
import type { PwshProcess } from './pwshProcess';

export const SCRIPT_TIME_LIMIT_MS = 10000;

export interface CaseOutcome {
  oracleCase: OracleCase;
  record: ExecutionRecord;
  /** Per rule, the problems the linter reported. */
  linter: Map<OracleRule, LintProblem[]>;
  /** Per rule, the real problems the run showed. */
  oracle: Map<OracleRule, string[]>;
  /** Each rule on which the linter and the run disagree, explained. */
  disagreements: string[];
}

/** Runs a case on the simulated server. */
export async function execute(pwsh: PwshProcess, oracleCase: OracleCase, timeoutMs = SCRIPT_TIME_LIMIT_MS): Promise<ExecutionRecord> {
  const answer = (await pwsh.request('run', {
    script: oracleCase.script,
    files: oracleCase.files,
    readHost: oracleCase.readHost,
    arguments: oracleCase.args,
    connectors: oracleCase.server,
    timeoutMs,
  })) as unknown as ExecutionAnswer;
  return readJournal(answer);
}

function caseOptions(oracleCase: OracleCase): LintOptions {
  const options = defaultOptions();
  options.connectors = {
    ad: oracleCase.server.filter((c) => c.type === 'AD').map((c) => c.name),
    azureAd: oracleCase.server.filter((c) => c.type === 'AAD').map((c) => c.name),
  };
  // As the CLI reads them from the script's folder: the files the case writes next to the script.
  options.readDotSourced = (written) => {
    const name = written.split(/[\\/]/).pop() ?? '';
    return Object.prototype.hasOwnProperty.call(oracleCase.files, name) ? oracleCase.files[name] : undefined;
  };
  return options;
}

/**
 * Whether the linter's model knows the value of every connector name the script passes to an
 * ADSync cmdlet. Where it does not (a value read at run time, passed through a function's
 * parameter, set by a form the model does not read), the linter must stay silent, and only
 * soundness is asked of it.
 */
export function modelKnowsEveryName(oracleCase: OracleCase): boolean {
  const options = caseOptions(oracleCase);
  const model = buildScriptModel(oracleCase.script, { readDotSourced: options.readDotSourced });
  return connectorSlots(model).every((slot) => resolveStrings(model, slot.value, slot.call.start).known);
}

export function lintCase(oracleCase: OracleCase): Map<OracleRule, LintProblem[]> {
  const options = caseOptions(oracleCase);
  const result = lintText(oracleCase.script, options);
  const byRule = new Map<OracleRule, LintProblem[]>(ORACLE_RULES.map((rule) => [rule, []]));
  for (const problem of result.problems) byRule.get(problem.ruleId as OracleRule)?.push(problem);
  return byRule;
}

/**
 * The linter must equal the run on every rule, unless the script reads a value the linter cannot
 * know (Read-Host, $args, a missing file) or its model says a name is unknown: there only
 * soundness is asked, every problem the linter reports is a real one. When a connector name failed at run time, the procedure stopped
 * short and only connector-name (the rule that says why) is judged.
 */
export function compareVerdicts(oracleCase: OracleCase, record: ExecutionRecord, linter: Map<OracleRule, LintProblem[]>, oracle: Map<OracleRule, string[]>): string[] {
  const disagreements: string[] = [];
  const known = modelKnowsEveryName(oracleCase);
  if (record.timedOut) disagreements.push(`the script ran past the ${SCRIPT_TIME_LIMIT_MS} ms limit`);
  for (const rule of ORACLE_RULES) {
    const reported = linter.get(rule)!;
    const real = oracle.get(rule)!;
    // A name that failed stops the procedure short: the run then says nothing about the other rules.
    if (rule !== 'connector-name' && record.nameFailures.length > 0) continue;
    const exact = !oracleCase.opaque && known;
    if (reported.length > 0 && real.length === 0) {
      disagreements.push(`${rule}: the linter reports ${reported.map((p) => `${p.messageId} ("${p.message.slice(0, 120)}")`).join('; ')}, but the run shows no such problem`);
    } else if (exact && reported.length === 0 && real.length > 0) {
      disagreements.push(`${rule}: the run shows ${real.join('; ')}, but the linter reports nothing`);
    }
  }
  return disagreements;
}

/** Sends every case at once (pwsh runs them in turn) and judges each. */
export async function runDifferential(pwsh: PwshProcess, cases: readonly OracleCase[]): Promise<CaseOutcome[]> {
  const records = await Promise.all(cases.map((oracleCase) => execute(pwsh, oracleCase)));
  return cases.map((oracleCase, i) => {
    const record = records[i];
    const linter = lintCase(oracleCase);
    const oracle = trueVerdicts(record, oracleCase.server);
    return { oracleCase, record, linter, oracle, disagreements: compareVerdicts(oracleCase, record, linter, oracle) };
  });
}

export function describeOutcome(outcome: CaseOutcome, index: number): string {
  const c = outcome.oracleCase;
  return [
    `case #${index} (${c.shape}${c.opaque ? ', opaque input' : ''})`,
    ...outcome.disagreements.map((d) => `  - ${d}`),
    `  server: ${c.server.map((s) => `${s.type} ${JSON.stringify(s.name)}`).join(', ')}`,
    ...(Object.keys(c.files).length > 0 ? [`  files: ${JSON.stringify(c.files)}`] : []),
    ...(c.readHost.length > 0 ? [`  Read-Host answers: ${JSON.stringify(c.readHost)}`] : []),
    ...(c.args.length > 0 ? [`  arguments: ${JSON.stringify(c.args)}`] : []),
    '  script:',
    ...c.script.split('\n').map((line) => `    | ${line}`),
  ].join('\n');
}
