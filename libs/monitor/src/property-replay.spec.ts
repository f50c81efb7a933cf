import { spawnSync } from 'node:child_process';
import path from 'node:path';
import fc from 'fast-check';
import { commandsConstraints, monitorCommands, newPropertySystem, propertyParameters } from './testing';
import { IsolationModel } from './testing/isolation-model';
import { PROPERTY_PAGES, PROPERTY_VMS } from './testing/property-system';

// The documented replay of a printed failure must work for a commands-based
// property, test by test: run the failing canary, take the 'replay:' line it
// prints, and run just this test again in a fresh Jest with those variables.

const ROOT = path.resolve(__dirname, '../../..');

function failingCanary(): string {
  const property = fc.property(fc.commands(monitorCommands(), commandsConstraints()), (cmds) => {
    const real = newPropertySystem({ faults: { skipOneShootdown: true } });
    fc.modelRun(() => ({ model: new IsolationModel(PROPERTY_VMS, PROPERTY_PAGES), real }), cmds);
  });
  try {
    fc.assert(property, propertyParameters(400));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the canary property did not fail');
}

function counterexample(message: string): string {
  return /Counterexample: (.*)/.exec(message)?.[1] ?? '(none)';
}

it('replays a printed commands-based failure exactly, with FC_TEST/FC_SEED/FC_PATH/FC_REPLAY_PATH', () => {
  const message = failingCanary();
  if (process.env['FC_TEST'] !== undefined) {
    // The replaying child: the one case, at once.
    expect(message).toMatch(/Property failed after 1 tests/);
    process.stdout.write(`REPLAYED ${counterexample(message)}\n`);
    return;
  }
  const line = /^replay: (.*) npx jest /m.exec(message)?.[1];
  expect(line).toMatch(/^FC_TEST='.+' FC_SEED=-?\d+ FC_PATH='[\d:]+' FC_REPLAY_PATH='[^']+'$/);
  const env: Record<string, string> = {};
  for (const [, key, value] of line!.matchAll(/(FC_\w+)=('(?:[^']|'\\'')*'|\S+)/g)) env[key!] = value!.replace(/^'|'$/g, '').replace(/'\\''/g, "'");
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/jest/bin/jest.js'), '--config', path.join(ROOT, 'libs/monitor/jest.config.js'), __filename, '-t', env['FC_TEST']!], {
    encoding: 'utf8',
    cwd: ROOT,
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  expect(r.status).toBe(0);
  expect(/REPLAYED (.*)/.exec(r.stdout + r.stderr)?.[1]).toBe(counterexample(message));
}, 180_000);
