import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { promises as fs } from 'node:fs';
import { isAbsolute } from 'node:path';

/**
 * Resolves the input's `filePath` inside the workspace.
 *
 * @throws for an absolute path, or one that leads out of the workspace
 *   (with `..` or through a symbolic link)
 */
export function resolveCatalogFilePath(
  workspacePath: string,
  filePath: string,
): string {
  if (isAbsolute(filePath)) {
    throw new Error(
      `filePath ${JSON.stringify(
        filePath,
      )} is absolute; give a path relative to the workspace, e.g. catalog-info.yaml`,
    );
  }
  try {
    return resolveSafeChildPath(workspacePath, filePath);
  } catch (error) {
    if ((error as Error).name !== 'NotAllowedError') {
      throw error;
    }
    throw new Error(
      `filePath ${JSON.stringify(filePath)} is outside the workspace`,
    );
  }
}

/**
 * Reads a catalog file as UTF-8 text.
 *
 * @throws naming the file when it does not exist or cannot be read
 */
export async function readCatalogFile(
  absolutePath: string,
  displayPath: string,
): Promise<string> {
  try {
    return await fs.readFile(absolutePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new Error(
        `${displayPath} does not exist in the workspace; create it first (for example with catalog:write) or set filePath`,
      );
    }
    if (code === 'EISDIR') {
      throw new Error(`${displayPath} is a directory, not a catalog file`);
    }
    throw new Error(
      `${displayPath} could not be read: ${(error as Error).message}`,
    );
  }
}

/** Replaces a catalog file's content. */
export async function writeCatalogFile(
  absolutePath: string,
  content: string,
): Promise<void> {
  await fs.writeFile(absolutePath, content, 'utf8');
}
