import path from 'node:path';
import { describeScenarios } from './scenario-files';

const dir = path.join(__dirname, '../../../traces/scenarios');

describe('shipped scenarios', () => {
  const listed = describeScenarios(dir);

  it.each(listed.map((s) => [s.name, s] as const))('%s parses, says what it runs and which part of the paper it reproduces', (_name, s) => {
    expect(s.description).not.toMatch(/^invalid: /);
    expect(s.description.length).toBeGreaterThan(20);
    expect(s.paper).toMatch(/§\d|^none: /);
  });
});
