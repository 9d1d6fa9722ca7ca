import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The workspace root: tools/repo-checks/src is three levels below it. */
export const repoRoot = resolve(__dirname, '..', '..', '..');

/** Reads a file of the repository as text, by its path from the workspace root. */
export function readRepoFile(pathFromRoot: string): string {
  return readFileSync(join(repoRoot, pathFromRoot), 'utf8');
}
