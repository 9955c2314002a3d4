import * as fc from 'fast-check';
import type { SimulatedConnector } from './executionRecord';

/**
 * Valid password-sync scripts for the differential test: the canonical procedure per forest, its
 * defects (missing step, wrong value, missing or reversed toggle, toggle before the save), the
 * ways admins give connector names (multiple assignment, Set-Variable, New-Variable, Set-Item
 * Variable:, a dot-sourced settings file, Read-Host, $args) and control flow (a foreach over
 * forests, a function and its calls, a toggle in the caller), in the fuzz grammar's variants
 * (typographic dashes and quotes, -Enable:$false, splatting, line continuations, comments).
 */

export interface OracleCase {
  script: string;
  /** Files next to the script (dot-sourced settings), by file name. */
  files: Record<string, string>;
  /** What Read-Host answers, in order. */
  readHost: string[];
  /** The script's arguments ($args). */
  args: string[];
  server: SimulatedConnector[];
  /** The script reads a value the linter cannot know (Read-Host, $args, a missing file): only soundness is required. */
  opaque: boolean;
  /** A short description of how the case was built, for messages. */
  shape: string;
}

const FORESTS = ['contoso.com', 'fabrikam.local', 'corp.example.org'];
const TENANT = 'contoso.onmicrosoft.com - AAD';
const FFPS_LINE = '$p = New-Object Microsoft.IdentityManagement.PowerShell.ObjectModel.ConfigurationParameter "Microsoft.Synchronize.ForceFullPasswordSync", String, ConnectorGlobal, $null, $null, $null';

type NameChoice = 'right' | 'wrongCase' | 'placeholder' | 'unknown';
type Binding = 'inline' | 'assign' | 'multiple' | 'setVariableNamed' | 'setVariablePositional' | 'setVariablePiped' | 'newVariableNamed' | 'newVariablePositional' | 'setItem' | 'dotSource' | 'dotSourceScriptRoot' | 'readHost' | 'args' | 'missingFile';
type ToggleShape = 'normal' | 'missing' | 'reversed' | 'onlyEnable' | 'onlyDisable' | 'beforeSave' | 'inCaller';
type Style = 'plain' | 'typographic' | 'colon' | 'splat' | 'continued';

interface Procedure {
  value: '1' | '0' | 'none';
  remove: boolean;
  add: boolean;
  save: boolean;
  toggles: ToggleShape;
  style: Style;
}

interface Spec {
  forestCount: number;
  names: NameChoice[];
  aadName: NameChoice;
  binding: Binding;
  shape: 'straight' | 'foreach' | 'pipeline' | 'function';
  procedures: Procedure[];
  importModule: boolean;
  noise: boolean[];
}

function nameFor(choice: NameChoice, right: string): string {
  switch (choice) {
    case 'right':
      return right;
    case 'wrongCase':
      return right.charAt(0).toUpperCase() + right.slice(1);
    case 'placeholder':
      return right === TENANT ? '<CASE SENSITIVE AZURE AD CONNECTOR NAME>' : '<CASE SENSITIVE AD CONNECTOR NAME>';
    case 'unknown':
      return right === TENANT ? 'contoso.onmicrosoft.com - AAD2' : right.replace(/\.[a-z]+$/, '.net');
  }
}

const PERFECT: Procedure = { value: '1', remove: true, add: true, save: true, toggles: 'normal', style: 'plain' };

/** Most procedures are right (so that clean verdicts are tested as much as problems); the rest have one defect. */
const procedure: fc.Arbitrary<Procedure> = fc
  .record({
    defect: fc.constantFrom('none', 'none', 'none', 'none', 'none', 'value0', 'noValue', 'noRemove', 'noAdd', 'noSave', 'toggles'),
    toggles: fc.constantFrom<ToggleShape>('missing', 'missing', 'reversed', 'onlyEnable', 'onlyDisable', 'beforeSave', 'inCaller', 'inCaller'),
    style: fc.constantFrom<Style>('plain', 'plain', 'plain', 'typographic', 'colon', 'splat', 'continued'),
  })
  .map(({ defect, toggles, style }): Procedure => ({
    ...PERFECT,
    style,
    value: defect === 'value0' ? '0' : defect === 'noValue' ? 'none' : '1',
    remove: defect !== 'noRemove',
    add: defect !== 'noAdd',
    save: defect !== 'noSave',
    toggles: defect === 'toggles' ? toggles : 'normal',
  }));

const name = fc.constantFrom<NameChoice>('right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'wrongCase', 'placeholder', 'unknown');

const spec: fc.Arbitrary<Spec> = fc.integer({ min: 1, max: 2 }).chain((forestCount) =>
  fc.record({
    forestCount: fc.constant(forestCount),
    names: fc.array(name, { minLength: forestCount, maxLength: forestCount }),
    aadName: name,
    binding: fc.constantFrom<Binding>(
      'inline', 'assign', 'assign', 'assign', 'multiple', 'setVariableNamed', 'setVariablePositional', 'setVariablePiped', 'newVariableNamed',
      'newVariablePositional', 'setItem', 'dotSource', 'dotSourceScriptRoot', 'readHost', 'args', 'missingFile',
    ),
    shape: fc.constantFrom<Spec['shape']>('straight', 'straight', 'straight', 'foreach', 'pipeline', 'function'),
    procedures: fc.array(procedure, { minLength: forestCount, maxLength: forestCount }),
    importModule: fc.boolean(),
    noise: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
  }),
);

/** How one variable gets its value: the lines, the files they need, and whether the value is opaque. */
interface Bound {
  lines: string[];
  files: Record<string, string>;
  readHost: string[];
  args: string[];
  opaque: boolean;
}

function quote(value: string): string {
  return `"${value.replace(/[`"$]/g, (c) => '`' + c)}"`;
}

function bind(binding: Binding, variables: { name: string; value: string }[]): Bound {
  const bound: Bound = { lines: [], files: {}, readHost: [], args: [], opaque: false };
  if (binding === 'multiple' && variables.length >= 2) {
    bound.lines.push(`${variables.map((v) => '$' + v.name).join(', ')} = ${variables.map((v) => quote(v.value)).join(', ')}`);
    return bound;
  }
  const settings: string[] = [];
  for (const { name, value } of variables) {
    switch (binding) {
      case 'setVariableNamed':
        bound.lines.push(`Set-Variable -Name ${name} -Value ${quote(value)}`);
        break;
      case 'setVariablePositional':
        bound.lines.push(`Set-Variable ${name} ${quote(value)}`);
        break;
      case 'setVariablePiped':
        bound.lines.push(`${quote(value)} | Set-Variable -Name ${name}`);
        break;
      case 'newVariableNamed':
        bound.lines.push(`New-Variable -Name ${name} -Value ${quote(value)}`);
        break;
      case 'newVariablePositional':
        bound.lines.push(`New-Variable ${name} ${quote(value)}`);
        break;
      case 'setItem':
        bound.lines.push(`Set-Item -Path Variable:${name} -Value ${quote(value)}`);
        break;
      case 'dotSource':
      case 'dotSourceScriptRoot':
        settings.push(`$${name} = ${quote(value)}`);
        break;
      case 'readHost':
        bound.lines.push(`$${name} = Read-Host "Connector name for ${name}"`);
        bound.readHost.push(value);
        bound.opaque = true;
        break;
      case 'args':
        bound.lines.push(`$${name} = $args[${bound.args.length}]`);
        bound.args.push(value);
        bound.opaque = true;
        break;
      case 'missingFile':
        bound.opaque = true;
        break;
      default:
        bound.lines.push(`$${name} = ${quote(value)}`);
    }
  }
  if (binding === 'dotSource') {
    bound.files['settings.ps1'] = settings.join('\n') + '\n';
    bound.lines.push('. .\\settings.ps1');
  } else if (binding === 'dotSourceScriptRoot') {
    bound.files['names.ps1'] = settings.join('\n') + '\n';
    bound.lines.push('. "$PSScriptRoot\\names.ps1"');
  } else if (binding === 'missingFile') {
    bound.lines.push('. .\\connector-names.ps1');
  }
  return bound;
}

function toggleLine(source: string, target: string, enable: boolean, style: Style): string {
  const value = enable ? '$true' : '$false';
  switch (style) {
    case 'typographic':
      return `Set-ADSyncAADPasswordSyncConfiguration \u2013SourceConnector ${source} \u2013TargetConnector ${target} \u2013Enable ${value}`;
    case 'colon':
      return `Set-ADSyncAADPasswordSyncConfiguration -SourceConnector:${source} -TargetConnector:${target} -Enable:${value}`;
    case 'splat':
      return `Set-ADSyncAADPasswordSyncConfiguration @sync -Enable ${value}`;
    case 'continued':
      return `Set-ADSyncAADPasswordSyncConfiguration -SourceConnector ${source} \`\n    -TargetConnector ${target} \`\n    -Enable ${value}`;
    default:
      return `Set-ADSyncAADPasswordSyncConfiguration -SourceConnector ${source} -TargetConnector ${target} -Enable ${value}`;
  }
}

function toggleLines(source: string, target: string, shape: ToggleShape, style: Style): string[] {
  const lines = style === 'splat' ? [`$sync = @{ SourceConnector = ${source}; TargetConnector = ${target} }`] : [];
  const order: boolean[] = shape === 'missing' ? [] : shape === 'reversed' ? [true, false] : shape === 'onlyEnable' ? [true] : shape === 'onlyDisable' ? [false] : [false, true];
  if (order.length === 0) return [];
  return [...lines, ...order.map((enable) => toggleLine(source, target, enable, style))];
}

/** The procedure's lines for one forest; the toggles go where the shape says. */
function procedureLines(p: Procedure, source: string, target: string, withToggles: boolean): string[] {
  const fetch = `$c = Get-ADSyncConnector -Name ${source}`;
  const body = [FFPS_LINE];
  if (p.value !== 'none') body.push(`$p.Value = ${p.value}`);
  if (p.remove) body.push('$c.GlobalParameters.Remove($p.Name)');
  if (p.add) body.push('$c.GlobalParameters.Add($p)');
  const save = p.save ? ['$c = Add-ADSyncConnector -Connector $c'] : [];
  const toggles = withToggles && p.toggles !== 'inCaller' ? toggleLines(source, target, p.toggles === 'beforeSave' ? 'normal' : p.toggles, p.style) : [];
  if (p.toggles === 'beforeSave') return [fetch, ...body, ...toggles, ...save];
  return [fetch, ...body, ...save, ...toggles];
}

const NOISE = [
  '# Enable password hash sync for Azure AD Domain Services',
  'Write-Host "Configuring password sync"',
  '<# run on the Azure AD Connect server #>',
  '$ErrorActionPreference = "Continue"',
  '',
  '$started = Get-Date',
  'Write-Verbose "step done"',
  '# adsync: see the docs page',
];

function indent(lines: string[]): string[] {
  return lines.flatMap((line) => line.split('\n')).map((line) => (line === '' ? line : '    ' + line));
}

function build(s: Spec): OracleCase {
  const forests = FORESTS.slice(0, s.forestCount);
  const server: SimulatedConnector[] = [
    ...forests.map((name): SimulatedConnector => ({ name, type: 'AD', subType: 'Windows Active Directory', forceFullPasswordSync: '0' })),
    { name: TENANT, type: 'AAD', subType: 'Windows Azure Active Directory (Microsoft)', forceFullPasswordSync: null },
  ];
  const adNames = forests.map((forest, i) => nameFor(s.names[i], forest));
  const aadName = nameFor(s.aadName, TENANT);
  const lines: string[] = [];
  let noise = 0;
  const sprinkle = () => {
    if (s.noise[noise % s.noise.length]) lines.push(NOISE[noise % NOISE.length]);
    noise++;
  };
  if (s.importModule) lines.push('Import-Module adsync');
  const opaqueBinding = s.binding === 'readHost' || s.binding === 'args' || s.binding === 'missingFile';
  let bound: Bound;
  if (s.shape === 'straight' || s.shape === 'function') {
    const variables = s.binding === 'inline' ? [] : [...adNames.map((value, i) => ({ name: `adConnector${i + 1}`, value })), { name: 'azureadConnector', value: aadName }];
    bound = bind(s.binding, variables);
    lines.push(...bound.lines);
    sprinkle();
    const source = (i: number) => (s.binding === 'inline' ? quote(adNames[i]) : `$adConnector${i + 1}`);
    const target = s.binding === 'inline' ? quote(aadName) : '$azureadConnector';
    if (s.shape === 'straight') {
      forests.forEach((_, i) => {
        lines.push(...procedureLines(s.procedures[i], source(i), target, true));
        sprinkle();
      });
    } else {
      const p = s.procedures[0];
      lines.push('function Enable-FullPasswordSync {', '    param([string] $AdName, [string] $AadName)', ...indent(procedureLines(p, '$AdName', '$AadName', true)), '}');
      sprinkle();
      forests.forEach((_, i) => {
        lines.push(i % 2 === 0 ? `Enable-FullPasswordSync -AdName ${source(i)} -AadName ${target}` : `Enable-FullPasswordSync ${source(i)} ${target}`);
        if (p.toggles === 'inCaller') lines.push(...toggleLines(source(i), target, 'normal', p.style));
        sprinkle();
      });
    }
  } else {
    // Loops take the forest names from a list; only the Azure AD name is bound by the chosen form.
    bound = bind(s.binding === 'inline' ? 'assign' : s.binding, [{ name: 'azureadConnector', value: aadName }]);
    lines.push(...bound.lines);
    lines.push(`$forests = @(${adNames.map(quote).join(', ')})`);
    sprinkle();
    const p = s.procedures[0];
    const variable = s.shape === 'foreach' ? '$forest' : '$_';
    const body = procedureLines(p, variable, '$azureadConnector', true);
    if (p.toggles === 'inCaller') body.push(...toggleLines(variable, '$azureadConnector', 'normal', p.style));
    lines.push(s.shape === 'foreach' ? 'foreach ($forest in $forests) {' : '$forests | ForEach-Object {', ...indent(body), '}');
    sprinkle();
  }
  return {
    script: lines.join('\n') + '\n',
    files: bound.files,
    readHost: bound.readHost,
    args: bound.args,
    server,
    opaque: opaqueBinding && bound.opaque,
    shape: `${s.shape}, ${s.binding}, names ${s.names.join('/')}, azure AD ${s.aadName}, ${s.procedures.map((p) => `[value ${p.value}${p.remove ? '' : ', no remove'}${p.add ? '' : ', no add'}${p.save ? '' : ', no save'}, toggles ${p.toggles}, ${p.style}]`).join(' ')}`,
  };
}

export const oracleCase: fc.Arbitrary<OracleCase> = spec.map(build);

/** `count` cases from `seed`: the same cases on every machine. */
export function generatedCases(count: number, seed: number): OracleCase[] {
  return fc.sample(oracleCase, { numRuns: count, seed });
}
