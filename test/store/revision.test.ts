import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { parseStoreReference, validateRevision } from '../../src/store/revision.js';
import { printable } from '../../src/text/sanitize.js';

/** Characters for the property tests: the allowed ones and the dangerous ones. */
const REVISION_CHARS = [...'aZ09_./~^@{}+-:\\ \t\n\r\u0000\u001b\u007f\u00e9\u202e'];

describe('validateRevision', () => {
  it.each(['HEAD', 'HEAD~1', 'HEAD^', 'HEAD^2~3', 'main', 'origin/main', 'v1.0', 'v2.0-rc.1', 'HEAD@{1}', '@{-1}', 'a1b2c3d', '0123456789abcdef0123456789abcdef01234567'])(
    'accepts %s',
    (revision) => {
      expect(validateRevision(revision)).toBe(revision);
    },
  );

  it.each([
    '',
    '-c',
    '--upload-pack=touch /tmp/x',
    '-c core.pager=touch /tmp/x',
    '--output=/tmp/x',
    'HEAD:../../etc/passwd',
    'HEAD:declarations/x.md',
    '../x',
    'HEAD..main',
    'HEAD...main',
    'a b',
    'HEAD\n--upload-pack=x',
    'HEAD\u0000',
    'HEAD\u001b[2J',
    'main//x',
    'x'.repeat(201),
  ])('rejects %j', (revision) => {
    expect(() => validateRevision(revision)).toThrow(UsageError);
  });

  it('never accepts an option, a range, a path or whitespace (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...REVISION_CHARS), maxLength: 24 }), (revision) => {
        let accepted = false;
        try {
          validateRevision(revision);
          accepted = true;
        } catch (error) {
          if (!(error instanceof UsageError)) throw error;
        }
        if (accepted) {
          expect(revision.startsWith('-')).toBe(false);
          expect(revision).not.toContain('..');
          expect(revision).not.toMatch(/[\s:\\\u0000-\u001f\u007f]/);
        }
      }),
    );
  });

  it('rejects every string that starts with a dash (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (rest) => {
        expect(() => validateRevision(`-${rest}`)).toThrow(UsageError);
      }),
    );
  });
});

describe('parseStoreReference', () => {
  it('splits ID and ID@REV at the first @', () => {
    expect(parseStoreReference('2020-moscow')).toEqual({ id: '2020-moscow' });
    expect(parseStoreReference('2020-moscow@HEAD~1')).toEqual({ id: '2020-moscow', revision: 'HEAD~1' });
    expect(parseStoreReference('2020-moscow@HEAD@{1}')).toEqual({ id: '2020-moscow', revision: 'HEAD@{1}' });
  });

  it.each(['../x', '../x@HEAD', '-x', '--upload-pack=touch /tmp/x', 'x@--upload-pack=touch /tmp/x', 'x@-c core.pager=touch /tmp/x', 'x@', '@HEAD', 'X@HEAD', 'a/b'])(
    'rejects %j',
    (reference) => {
      expect(() => parseStoreReference(reference)).toThrow(UsageError);
    },
  );
});

describe('printable', () => {
  it('keeps messages on one harmless line', () => {
    expect(printable('a\nb\u001b[31m')).toBe('a?b');
    expect(printable('x'.repeat(100), 10)).toBe(`${'x'.repeat(10)}…`);
  });

  it('keeps letters of every script, and drops what would reorder or restyle the line', () => {
    // A Chinese user's typo read as `2020-???` told them nothing.
    expect(printable('2020-莫斯科 Déclaration Декларация')).toBe('2020-莫斯科 Déclaration Декларация');
    expect(printable('a\u202Eb\u0007c\tz\u2028\ud800')).toBe('abc?z??');
  });
});
