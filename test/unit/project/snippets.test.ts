import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lintText } from '../../../server/src/engine/lint';
import { canonicalScript, multiForestScript } from '../../../server/src/fixes/canonicalScript';

function findRepoRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'snippets', 'powershell.json'))) return dir;
  }
  return process.cwd();
}

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

const snippets: Record<string, Snippet> = JSON.parse(fs.readFileSync(path.join(findRepoRoot(), 'snippets', 'powershell.json'), 'utf8'));

function bodyOf(snippet: Snippet): string {
  return Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
}

/** Expands a snippet the way accepting every default would: tab stops become their defaults. */
function expand(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char === '\\' && i + 1 < body.length && '$}\\'.includes(body[i + 1])) {
      out += body[++i];
    } else if (char === '$') {
      const placeholder = /^\$\{(\d+):((?:[^}\\]|\\.)*)\}/.exec(body.slice(i));
      const bare = /^\$\{?(\d+)\}?/.exec(body.slice(i));
      if (placeholder) {
        out += expand(placeholder[2]);
        i += placeholder[0].length - 1;
      } else if (bare) i += bare[0].length - 1;
      else throw new Error(`unescaped $ at ${i}: ${body.slice(i, i + 20)}`);
    } else out += char;
  }
  return out;
}

function byPrefix(prefix: string): Snippet {
  const found = Object.values(snippets).find((snippet) => ([] as string[]).concat(snippet.prefix).includes(prefix));
  assert.ok(found, `no snippet with prefix ${prefix}`);
  return found;
}

describe('snippets', () => {
  it('offers the script under adsync, passwordsync and adsync-password-sync, and the forests variant', () => {
    const single = byPrefix('adsync');
    assert.strictEqual(byPrefix('passwordsync'), single);
    assert.strictEqual(byPrefix('adsync-password-sync'), single);
    assert.notStrictEqual(byPrefix('adsync-forests'), single);
  });

  it('escapes every literal $ and never holds the placeholders', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      const body = bodyOf(snippet);
      assert.doesNotThrow(() => expand(body), name);
      assert.ok(!body.includes('<CASE SENSITIVE'), `${name} holds a <CASE SENSITIVE …> placeholder`);
      assert.ok(snippet.description.length > 0);
    }
  });

  it('expands to the canonical script with plausible names', () => {
    assert.strictEqual(expand(bodyOf(byPrefix('adsync'))) + '\n', canonicalScript({ adConnector: 'contoso.com', azureAdConnector: 'contoso.onmicrosoft.com - AAD' }));
  });

  it('loops over forests in the forests variant, as the command for every forest writes it', () => {
    const text = expand(bodyOf(byPrefix('adsync-forests')));
    assert.match(text, /foreach \(\$adConnector in @\("contoso\.com", "fabrikam\.com"\)\) \{/);
    assert.strictEqual(text + '\n', multiForestScript({ adConnectors: ['contoso.com', 'fabrikam.com'], azureAdConnector: 'contoso.onmicrosoft.com - AAD' }));
  });

  for (const prefix of ['adsync', 'adsync-forests']) {
    it(`lints clean once expanded (${prefix})`, () => {
      const result = lintText(expand(bodyOf(byPrefix(prefix))));
      assert.deepStrictEqual(result.ruleFailures, []);
      assert.deepStrictEqual(
        result.problems.map((problem) => `${problem.ruleId}: ${problem.message}`),
        [],
      );
    });
  }
});
