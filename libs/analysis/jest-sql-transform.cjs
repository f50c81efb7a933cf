// Jest transform for `.sql` files: the module's value is the file's text,
// as esbuild's text loader gives it in the bundles (tools/build.mjs).
module.exports = {
  process(sourceText) {
    return { code: `module.exports = ${JSON.stringify(sourceText)};` };
  },
};
