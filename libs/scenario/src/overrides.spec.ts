import { applyOverrides, parseOverride } from './overrides';
import { parseScenario } from './scenario';
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
    ['/machine/remoteMisNs=5', /--set \/machine\/remoteMisNs=5: .*\/machine has unknown field 'remoteMisNs'/],
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
    ['/monitor/placement/autonuma/scanPeriod=5', /^--set \/monitor\/placement\/autonuma\/scanPeriod=5: .*has unknown field 'scanPeriod'$/],
    ['/monitor/placement/policy=carrefour', /^--set \/monitor\/placement\/policy=carrefour: scenario p: \/monitor\/placement\/policy: carrefour .* set \/machine\/contention=true$/],
  ])('refuses %s, naming the pointer', (text, message) => {
    expect(() => applyOverrides(disco, [parseOverride(text)], 'p')).toThrow(message);
  });

  it('takes carrefour with the directory queueing model on', () => {
    const s = applyOverrides(disco, [parseOverride('/monitor/placement/policy=carrefour'), parseOverride('/machine/contention=true')], 'p');
    expect((s['monitor'] as { placement: { policy: string } }).placement.policy).toBe('carrefour');
  });
});
