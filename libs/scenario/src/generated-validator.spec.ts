import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');

describe('the generated scenario validator', () => {
  it('is up to date with the scenario schema (run `npm run codegen` if this fails)', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'disco-codegen-'));
    try {
      execFileSync(process.execPath, [path.join(root, 'tools/codegen/generate-scenario-validator.mjs'), '--out', out], { stdio: 'pipe' });
      const file = 'scenario-validator.ts';
      expect(readFileSync(path.join(out, file), 'utf8') === readFileSync(path.join(__dirname, 'generated', file), 'utf8')).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
