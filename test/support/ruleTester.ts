import * as assert from 'assert';
import { lintText } from '../../server/src/engine/lint';
import { fixAll } from '../../server/src/engine/fixAll';
import { defaultOptions, type LintOptions } from '../../server/src/shared/options';

/** A problem as a person reads it: 1-based lines and columns (UTF-16), end exclusive. */
export interface ExpectedProblem {
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface InvalidCase {
  code: string;
  /** The text after fix-all; `null` when nothing is fixed automatically. */
  output: string | null;
  errors: ExpectedProblem[];
  options?: Partial<LintOptions>;
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** ESLint's RuleTester idea, for one rule: valid code gives nothing; invalid code gives exactly these problems. */
export function runRuleTests(ruleId: string, cases: { valid: string[]; invalid: InvalidCase[] }): void {
  const seen = new Set<string>();
  describe(ruleId, () => {
    for (const code of cases.valid) {
      it(`valid: ${JSON.stringify(code).slice(0, 80)}`, () => {
        assert.ok(!seen.has(code + '{}'), 'duplicate case');
        seen.add(code + '{}');
        const problems = lintText(code).problems.filter((p) => p.ruleId === ruleId);
        assert.deepStrictEqual(problems.map((p) => p.message), []);
      });
    }
    for (const testCase of cases.invalid) {
      it(`invalid: ${JSON.stringify(testCase.code).slice(0, 80)}`, () => {
        const key = testCase.code + JSON.stringify(testCase.options ?? {});
        assert.ok(!seen.has(key), 'duplicate case');
        seen.add(key);
        const options = { ...defaultOptions(), ...testCase.options };
        const problems = lintText(testCase.code, options).problems.filter((p) => p.ruleId === ruleId);
        const found = problems.map((p) => {
          const start = position(testCase.code, p.start);
          const end = position(testCase.code, p.end);
          return { messageId: p.messageId, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
        });
        assert.deepStrictEqual(found, testCase.errors);
        const fixed = fixAll(testCase.code, options, [ruleId]).output;
        if (testCase.output === null) {
          assert.strictEqual(fixed, testCase.code, 'a fix was applied but the case gives no output');
        } else {
          assert.notStrictEqual(testCase.output, testCase.code, 'output equals code: use null for "no fix"');
          assert.strictEqual(fixed, testCase.output);
        }
      });
    }
  });
}
