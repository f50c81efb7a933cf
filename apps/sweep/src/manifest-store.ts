import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MANIFEST_FILE, readSweepManifest, type SweepManifest } from '@disco/analysis';
import { UsageError } from '@disco/cli-kit';
import type { SweepPlan } from './sweep-file';

/** Writes DIR/manifest.json atomically: a temporary file, then a rename over the old one. */
export function writeManifest(dir: string, manifest: SweepManifest): void {
  manifest.updatedAt = new Date().toISOString();
  const file = path.join(dir, MANIFEST_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(tmp, file);
}

/** A new manifest for a plan: every run pending. */
export function manifestOf(plan: SweepPlan, executor: SweepManifest['executor']): SweepManifest {
  return {
    version: 1,
    sweep: plan.name,
    description: plan.description,
    source: plan.source,
    scenarioFile: plan.scenarioFile,
    scenarioName: plan.scenarioName,
    fixed: plan.fixed,
    axes: plan.axes,
    seeds: plan.seeds,
    executor,
    updatedAt: '',
    runs: plan.runs.map((r) => ({ ...r, trace: `${r.name}.db`, status: 'pending' })),
  };
}

/**
 * The manifest of DIR for this plan: the existing one when DIR holds the same
 * sweep (a resume), a new one when DIR is new or empty. A folder holding
 * another sweep, or other files, is refused (exit 2) so nothing in it is lost.
 */
export function openManifest(dir: string, plan: SweepPlan, executor: SweepManifest['executor']): SweepManifest {
  if (existsSync(path.join(dir, MANIFEST_FILE))) {
    const existing = readSweepManifest(dir);
    const key = (m: Pick<SweepManifest, 'scenarioFile'> & { runs: readonly { name: string; seed: number; overrides: unknown }[] }) =>
      JSON.stringify([m.scenarioFile, m.runs.map((r) => [r.name, r.seed, r.overrides])]);
    if (key(existing) !== key({ scenarioFile: plan.scenarioFile, runs: plan.runs })) {
      throw new UsageError(`${dir} holds sweep '${existing.sweep}' with other runs (scenario, values, seeds or --set differ): use another --out`);
    }
    existing.executor = executor;
    return existing;
  }
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new UsageError(`${dir} is not empty and holds no sweep manifest: use a new or empty --out`);
  mkdirSync(dir, { recursive: true });
  const manifest = manifestOf(plan, executor);
  writeManifest(dir, manifest);
  return manifest;
}
