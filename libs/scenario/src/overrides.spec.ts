import { applyOverrides, parseOverride } from './overrides';
import { closestName, parseScenario } from './scenario';
import { ScenarioError } from './scenario-error';

const base = parseScenario(JSON.stringify({ name: 'o', description: 'overrides', model: 'hardware', machine: { cpus: 4 }, hardware: { pattern: 'migratory' } }), 'o');

describe('--set overrides', () => {
  it('parses JSON values, and bare words as strings', () => {
    expect(parseOverride('/machine/remoteMissNs=600')).toMatchObject({ pointer: '/machine/remoteMissNs', value: 600 });
    expect(parseOverride('/machine/uma=true').value).toBe(true);
    expect(parseOverride('/hardware/pattern=private').value).toBe('private');
    expect(parseOverride('/a~1b/c~0d=1').pointer).toBe('/a~1b/c~0d');
  });

  it('applies in order and validates the result as a file is', () => {
    const s = applyOverrides(base, [parseOverride('/machine/remoteMissNs=600'), parseOverride('/machine/remoteMissNs=700'), parseOverride('/hardware/pattern=private')], 'o');
    expect(s['machine']).toMatchObject({ cpus: 4, remoteMissNs: 700 });
    expect(s['hardware']).toMatchObject({ pattern: 'private' });
    expect(base['machine']).toMatchObject({ remoteMissNs: 900 });
  });

  it.each([
    ['/machine/remoteMissNs=fast', /--set \/machine\/remoteMissNs=fast: scenario o: \/machine\/remoteMissNs must be number/],
    ['/machine/remoteMisNs=5', /--set \/machine\/remoteMisNs=5: .*\/machine has unknown field 'remoteMisNs' \(did you mean 'remoteMissNs'\?\)$/],
    // A field no name is near: no guess. A top-level field: the override is named all the same.
    ['/machine/nodes=2', /--set \/machine\/nodes=2: .*\/machine has unknown field 'nodes'$/],
    ['/sed=4', /^--set \/sed=4: scenario o: has unknown field 'sed' \(did you mean 'seed'\?\)$/],
    ['/machine/cpus=33', /--set \/machine\/cpus=33: .*must be <= 32/],
    ['/monitor/migration=false', /--set \/monitor\/migration=false: .*model 'hardware' has no monitor section/],
    ['/machine/cpus/x=1', /\/machine\/cpus is not an object/],
    ['/__proto__/x=1', /'__proto__' is not a scenario field/],
    ['machine=1', /is not a JSON pointer/],
    ['/machine/cpus', /expected POINTER=VALUE/],
  ])('refuses %s, naming the pointer', (text, message) => {
    const run = () => applyOverrides(base, [parseOverride(text)], 'o');
    expect(run).toThrow(ScenarioError);
    expect(run).toThrow(message);
  });
});

describe('--set of the placement policy', () => {
  const disco = parseScenario(JSON.stringify({ name: 'p', model: 'disco-synthetic', machine: { cpus: 2 }, monitor: { migration: true } }), 'p');

  it('chooses a policy and one of its parameters; the others keep their defaults, and the old switches stay', () => {
    const s = applyOverrides(disco, [parseOverride('/monitor/placement/policy=autonuma'), parseOverride('/monitor/placement/autonuma/scanPages=100')], 'p');
    expect(s['monitor']).toMatchObject({ migration: true, placement: { policy: 'autonuma', autonuma: { scanPages: 100 } } });
  });

  it.each([
    ['/monitor/placement/policy=autonoma', /^--set \/monitor\/placement\/policy=autonoma: scenario p: \/monitor\/placement\/policy must be one of "disco", "none", "first-touch", "round-robin", "autonuma", "carrefour", "scheduled"$/],
    ['/monitor/placement/autonuma/scanPages=0', /^--set \/monitor\/placement\/autonuma\/scanPages=0: .*\/monitor\/placement\/autonuma\/scanPages must be >= 1$/],
    ['/monitor/placement/autonuma/scanPeriod=5', /^--set \/monitor\/placement\/autonuma\/scanPeriod=5: .*has unknown field 'scanPeriod' \(did you mean 'scanPeriodMs'\?\)$/],
    ['/monitor/placement/policy=carrefour', /^--set \/monitor\/placement\/policy=carrefour: scenario p: \/monitor\/placement\/policy: carrefour .* set \/machine\/contention=true$/],
  ])('refuses %s, naming the pointer', (text, message) => {
    expect(() => applyOverrides(disco, [parseOverride(text)], 'p')).toThrow(message);
  });

  it('takes carrefour with the directory queueing model on', () => {
    const s = applyOverrides(disco, [parseOverride('/monitor/placement/policy=carrefour'), parseOverride('/machine/contention=true')], 'p');
    expect((s['monitor'] as { placement: { policy: string } }).placement.policy).toBe('carrefour');
  });
});

describe('closestName: the field a mistyped one most likely meant', () => {
  const machine = ['cpus', 'l2SizeKb', 'l2Ways', 'l1dSizeKb', 'remoteMissNs', 'localMissNs', 'hopNs'];
  it.each([
    ['remoteMisNs', 'remoteMissNs'], // a letter dropped
    ['l2sizekb', 'l2SizeKb'], // case
    ['cpsu', 'cpus'], // two neighbours swapped
    ['hopsNs', 'hopNs'],
  ])('%s → %s', (typed, meant) => expect(closestName(typed, machine)).toBe(meant));

  it('guesses nothing when no name is near, or two are equally near', () => {
    expect(closestName('nodes', machine)).toBeNull();
    expect(closestName('l2SizeKbX', ['l2SizeKbY', 'l2SizeKbZ'])).toBeNull();
    expect(closestName('x', [])).toBeNull();
  });
});
