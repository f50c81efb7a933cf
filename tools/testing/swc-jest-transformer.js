// Jest transformer: @swc/jest, plus module-scope bindings of the ECMAScript
// built-ins that each transformed file reads from.
//
// Why: Jest runs every test file and every module it imports inside a
// `vm` context, whose global object answers lookups through C++
// interceptors. A global read there (`Math.min`, `Number.isSafeInteger`,
// `new Float64Array`, `undefined`) takes a slow call on every execution and
// cannot be inline-cached, so simulation code ran 3-5x slower under Jest than
// in the CLI bundles (the same esbuild bundle of a disco-irix run: 1.4 s with
// `node`, 4.7 s inside a vm context; with these bindings, 1.5 s). Reading each
// built-in once per module into a local binding makes those lookups ordinary
// closure reads. The built-ins bound are the context's own (read from its
// `globalThis` when the module runs), so behaviour does not change; none of them
// is one that Jest or a test replaces on the global object (no timers, no Date).
//
// The file's own code runs in an arrow function nested in the bindings' scope,
// so a declaration of the same name in the file shadows the binding instead of
// clashing with it; `this` and `arguments` stay the module's. The source map
// gains one empty line for the prologue.
const crypto = require('node:crypto');
const { createTransformer: createSwcTransformer } = require('@swc/jest');

const BUILT_INS = [
  'undefined', 'NaN', 'Infinity', 'Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol', 'BigInt',
  'Math', 'JSON', 'Reflect', 'Proxy', 'RegExp', 'Map', 'Set', 'WeakMap', 'WeakSet',
  'Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError',
  'ArrayBuffer', 'DataView', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
  'parseInt', 'parseFloat', 'isNaN', 'isFinite',
];
const PROLOGUE = `const { ${BUILT_INS.join(', ')} } = globalThis; (() => {\n`;
const EPILOGUE = '\n})();\n';
const VERSION = 'global-bindings-1+export-star-memo-1';

// swc's CommonJS helper for `export * from './x'` (every library's index.ts)
// defines each name as a getter `function() { return from[k]; }`: one
// function for all names, so V8's feedback for that keyed load is
// megamorphic, and every read of an import through a barrel (a constant in
// the CPU's loop, a function the cache calls) paid a generic lookup: 13 % of
// a disco-irix run's time under Jest went to those getters (the scenario
// project's tests took 112-114 CPU-s, and 81-93 with this). Each getter here
// replaces itself, at its first read, with a data property holding the value:
// later reads are ordinary property loads. Equivalent for this code base,
// whose exports are const, class and function bindings that are never
// reassigned (no `export let`): ES live bindings could only differ for a
// binding that changes after it was first read; a read during a cycle, before
// the binding exists, throws as before.
const SWC_EXPORT_STAR = `function _export_star(from, to) {
    Object.keys(from).forEach(function(k) {
        if (k !== "default" && !Object.prototype.hasOwnProperty.call(to, k)) {
            Object.defineProperty(to, k, {
                enumerable: true,
                get: function() {
                    return from[k];
                }
            });
        }
    });
    return from;
}`;
// As many lines as swc's, so the source map still holds for the lines after it.
const MEMOIZED_EXPORT_STAR = `function _export_star(from, to) {
    Object.keys(from).forEach(function(k) {
        if (k !== "default" && !Object.prototype.hasOwnProperty.call(to, k)) {
            Object.defineProperty(to, k, {
                enumerable: true, configurable: true,
                get: function() {
                    const value = from[k]; Object.defineProperty(to, k, { value, enumerable: true, writable: false, configurable: false }); return value;
                }
            });
        }
    });
    return from;
}`;

function createTransformer(swcOptions) {
  const swc = createSwcTransformer({ ...swcOptions, sourceMaps: true });
  const wrap = (result, filename) => {
    const map = typeof result.map === 'string' ? JSON.parse(result.map) : result.map;
    if (map) map.mappings = `;${map.mappings}`;
    if (result.code.includes('function _export_star(') && !result.code.includes(SWC_EXPORT_STAR)) {
      throw new Error(`swc-jest-transformer: @swc/core emits another _export_star helper than SWC_EXPORT_STAR (${filename}); update the two copies here`);
    }
    return { code: PROLOGUE + result.code.replace(SWC_EXPORT_STAR, MEMOIZED_EXPORT_STAR) + EPILOGUE, map };
  };
  return {
    canInstrument: swc.canInstrument,
    process: (src, filename, options) => wrap(swc.process(src, filename, options), filename),
    getCacheKey: (src, filename, ...rest) =>
      crypto.createHash('sha1').update(swc.getCacheKey(src, filename, ...rest)).update(`\0${VERSION}${PROLOGUE}`).digest('hex'),
  };
}

module.exports = { createTransformer };
