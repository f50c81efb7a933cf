import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const committed = path.join(__dirname, 'generated');

describe('generated trace-schema code', () => {
  it('is up to date with events.proto (run `npm run codegen` if this fails)', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'disco-codegen-'));
    try {
      execFileSync(process.execPath, [path.join(root, 'tools/codegen/generate-trace-schema.mjs'), '--out', out], { stdio: 'pipe' });
      const files = readdirSync(committed).sort();
      expect(readdirSync(out).sort()).toEqual(files);
      for (const file of files) {
        expect({ file, text: readFileSync(path.join(out, file), 'utf8') }).toEqual({
          file,
          text: readFileSync(path.join(committed, file), 'utf8'),
        });
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
