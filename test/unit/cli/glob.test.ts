import * as assert from 'assert';
import { segmentRegExp, splitGlob } from '../../../server/src/cli/glob';

describe('glob matching', () => {
  it('splits off the literal directory the pattern starts in', () => {
    assert.deepStrictEqual(splitGlob('scripts/sub/**/*.ps1', false), { base: 'scripts/sub', segments: ['**', '*.ps1'] });
    assert.deepStrictEqual(splitGlob('*.ps1', false), { base: '', segments: ['*.ps1'] });
    assert.deepStrictEqual(splitGlob('/srv/*.ps1', false), { base: '/srv', segments: ['*.ps1'] });
    assert.deepStrictEqual(splitGlob('/*.ps1', false), { base: '/', segments: ['*.ps1'] });
    assert.deepStrictEqual(splitGlob('C:\\ops\\*.ps1', true), { base: 'C:/ops', segments: ['*.ps1'] });
    assert.deepStrictEqual(splitGlob('C:\\*.ps1', true), { base: 'C:/', segments: ['*.ps1'] });
  });

  it('matches * and ? within one segment, not a leading dot, and escapes everything else', () => {
    const star = segmentRegExp('*.ps1', false);
    assert.ok(star.test('a.ps1'));
    assert.ok(!star.test('.a.ps1'));
    assert.ok(!star.test('a.ps1x'));
    assert.ok(!star.test('aXps1'));
    assert.ok(segmentRegExp('.*', false).test('.hidden'));
    const question = segmentRegExp('step?.ps1', false);
    assert.ok(question.test('step1.ps1'));
    assert.ok(!question.test('step10.ps1'));
    assert.ok(segmentRegExp('(a+b)[1].ps1', false).test('(a+b)[1].ps1'));
    assert.ok(segmentRegExp('*.PS1', true).test('x.ps1'));
    assert.ok(!segmentRegExp('*.PS1', false).test('x.ps1'));
  });
});
