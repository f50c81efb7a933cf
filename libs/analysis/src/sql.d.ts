// `.sql` files are imported as their text: esbuild's text loader in the
// bundles (tools/build.mjs), libs/analysis/jest-sql-transform.cjs under Jest.
declare module '*.sql' {
  const text: string;
  export default text;
}
