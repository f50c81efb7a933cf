import { readFileSync } from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from './paths';

/** The simulator's version, stored with every trace: the workspace package version. */
export function modelVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(workspaceRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
