import * as kernel from './index';
import { assert, AssertionError } from './assert';
import { Prng } from './prng';

// Under Jest, tools/testing/swc-jest-transformer.js turns each name an index.ts re-exports (`export * from`) into a
// plain value at its first read, instead of a getter that looks the name up again on every read (13 % of a
// simulation's time under Jest). What a test reads through a barrel must stay what the module exports.
describe("a library's index.ts, as tests load it", () => {
  it('gives the very functions and classes the modules export, and the same on every read', () => {
    expect(kernel.assert).toBe(assert);
    expect(kernel.AssertionError).toBe(AssertionError);
    expect(kernel.Prng).toBe(Prng);
    expect(kernel.assert).toBe(kernel.assert);
    expect(() => kernel.assert(false, 'boom')).toThrow(new AssertionError('boom'));
  });

  it('holds a name read once as a read-only data property, and one not yet read as a getter', () => {
    void kernel.assertEqual;
    expect(Object.getOwnPropertyDescriptor(kernel, 'assertEqual')).toEqual({ value: kernel.assertEqual, enumerable: true, writable: false, configurable: false });
    expect(Object.keys(kernel)).toEqual(expect.arrayContaining(['assert', 'assertEqual', 'Prng']));
    const unread = Object.keys(kernel).find((k) => typeof Object.getOwnPropertyDescriptor(kernel, k)?.get === 'function');
    expect(unread).toBeDefined();
  });
});
