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
