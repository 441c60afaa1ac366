import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextMask } from '../../src/render/context.js';

describe('contextMask (-U N)', () => {
  it('shows every change, and an unchanged item exactly when a change is at most N places away (property)', () => {
    fc.assert(fc.property(fc.array(fc.boolean(), { maxLength: 60 }), fc.nat(8), (changed, context) => {
      const mask = contextMask(changed, context, (item) => !item);
      changed.forEach((isChange, at) => {
        const near = changed.some((other, k) => other && Math.abs(k - at) <= context);
        expect(mask[at]).toBe(isChange || near);
      });
    }));
  });
});
