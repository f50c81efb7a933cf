// vega-lite publishes its types only through package.json "exports", which
// the workspace's `moduleResolution: node` does not read; this declares the
// one function the CLI uses. Its input is a Vega-Lite spec, its output Vega.
declare module 'vega-lite' {
  import type { Spec } from 'vega';
  export function compile(spec: Record<string, unknown>): { spec: Spec };
}
