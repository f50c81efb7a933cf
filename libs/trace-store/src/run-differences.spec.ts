import fc from 'fast-check';
import { describeDifferences, runDifferences, type RunIdentity } from './run-differences';

const run = (scenario: unknown, seed = 1, level = 'default'): RunIdentity => ({ scenarioJson: JSON.stringify(scenario), seed, level });

describe('runDifferences: what one run was given that another was not', () => {
  const base = { name: 'a', description: 'one', paper: '§5', model: 'hardware', seed: 1, level: 'default', machine: { cpus: 8, remoteMissNs: 900 }, hardware: { pattern: 'private' } };

  it('lists each scenario field that differs by its JSON pointer, with both values as JSON, then the seed and level', () => {
    const b = { ...base, machine: { ...base.machine, remoteMissNs: 1800 }, hardware: { pattern: 'migratory', extra: [1, 2] } };
    expect(runDifferences(run(base), run(b, 7, 'detailed'))).toEqual({
      differences: [
        { what: '/hardware/extra', a: '(absent)', b: '[1,2]' },
        { what: '/hardware/pattern', a: '"private"', b: '"migratory"' },
        { what: '/machine/remoteMissNs', a: '900', b: '1800' },
        { what: 'seed', a: '1', b: '7' },
        { what: 'level', a: 'default', b: 'detailed' },
      ],
      more: 0,
      unreadable: [],
    });
  });

  it("leaves out what names and describes the scenario, and its default seed and level (the run's own are compared)", () => {
    const b = { ...base, name: 'b', description: 'two', paper: '§4', seed: 9, level: 'detailed' };
    expect(runDifferences(run(base), run(b))).toEqual({ differences: [], more: 0, unreadable: [] });
    expect(describeDifferences(runDifferences(run(base), run(b)))).toBe('same scenario, seed and level as A');
  });

  it('compares arrays whole, escapes pointers (RFC 6901) and control characters, cuts long values, and counts past the limit', () => {
    const a = { list: [1, 2, 3], 'a/b~c': 1, 'x\u001b[31m': 'y'.repeat(100) };
    const b = { list: [1, 2, 4], 'a/b~c': 2, 'x\u001b[31m': 'z' };
    const d = runDifferences(run(a), run(b));
    expect(d.differences).toEqual([
      { what: '/a~1b~0c', a: '1', b: '2' },
      { what: '/list', a: '[1,2,3]', b: '[1,2,4]' },
      { what: '/x\\u001b[31m', a: `"${'y'.repeat(38)}…`, b: '"z"' },
    ]);
    const many = runDifferences(run(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, i]))), run({}), 5);
    expect(many.differences).toHaveLength(5);
    expect(many.more).toBe(15);
    expect(describeDifferences(many)).toMatch(/^differs from A: \/k0 0 → \(absent\), .*, and 15 more$/);
  });

  it('says which scenario is not JSON, and compares only the seed and level then', () => {
    const d = runDifferences({ scenarioJson: '{oops', seed: 1, level: 'default' }, run(base, 2));
    expect(d).toEqual({ differences: [{ what: 'seed', a: '1', b: '2' }], more: 0, unreadable: ['a'] });
    expect(describeDifferences(d, 'IRIX')).toBe('differs from IRIX: seed 1 → 2 (the scenario of IRIX is not JSON: its fields are not compared)');
  });

  it('stops walking at a depth, comparing what lies deeper as JSON text, and never takes two values too deep to print for equal', () => {
    const nested = (depth: number, leaf: number) => `${'{"d":'.repeat(depth)}${leaf}${'}'.repeat(depth)}`;
    const at = (a: string, b: string) => runDifferences({ scenarioJson: a, seed: 1, level: 'default' }, { scenarioJson: b, seed: 1, level: 'default' }).differences;
    expect(at(nested(40, 1), nested(40, 2))).toEqual([{ what: '/d'.repeat(16), a: `${nested(24, 1).slice(0, 39)}…`, b: `${nested(24, 2).slice(0, 39)}…` }]);
    expect(at(nested(40, 1), nested(40, 1))).toEqual([]);
    // JSON.parse takes any depth, JSON.stringify does not: such a value is listed, not judged equal.
    expect(at(nested(100_000, 1), nested(100_000, 1))).toEqual([{ what: '/d'.repeat(16), a: '(too deep to print)', b: '(too deep to print)' }]);
  });

  it('over generated scenarios: a run differs from itself in nothing, and one changed field is listed alone, by its pointer', () => {
    const key = fc.string({ minLength: 1, maxLength: 6 }).filter((k) => !['name', 'description', 'paper', 'seed', 'level', '__proto__'].includes(k));
    const leaf = fc.oneof(fc.integer(), fc.boolean(), fc.string({ maxLength: 8 }), fc.array(fc.integer(), { maxLength: 3 }));
    const scenario = fc.dictionary(key, fc.oneof(leaf, fc.dictionary(key, leaf, { maxKeys: 4 })), { minKeys: 1, maxKeys: 6 });
    fc.assert(
      fc.property(scenario, fc.nat(), (s, pick) => {
        expect(runDifferences(run(s), run(s)).differences).toEqual([]);
        const keys = Object.keys(s);
        const k = keys[pick % keys.length]!;
        const changed = { ...s, [k]: { changed: true } };
        const d = runDifferences(run(s), run(changed), 1000).differences;
        const pointer = `/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        // The old value's leaves go absent and the new one appears: every listed pointer is at or under k's.
        expect(d.length).toBeGreaterThan(0);
        for (const x of d) expect(x.what === pointer || x.what.startsWith(`${pointer}/`) || x.what.startsWith('/') === false).toBe(true);
        expect(d.map((x) => x.what)).toContain(`${pointer}/changed`);
      }),
    );
  });
});
