import type { Detector, Finding, RepositoryFileEntry } from '../../types';

/** Documents people read: Markdown, and AsciiDoc or reStructuredText. */
const DOCUMENT = /\.(md|mdx|markdown|adoc|rst)$/i;

/** A file named for a runbook: `RUNBOOK.md`, `runbook-db.md`, `db-runbook.md`. */
const RUNBOOK_NAME = /runbook/i;

/** Folders of runbooks: `runbooks/`, `docs/runbooks/`, `runbook/`. */
const RUNBOOK_FOLDER = /^runbooks?$/i;

/** Folders of playbooks, in the incident-response sense when in Markdown. */
const PLAYBOOK_FOLDER = /^playbooks?$/i;

/** Operations documentation: `docs/operations/…`. */
const OPERATIONS_DOCS = /(^|\/)docs\/operations\//i;

const YAML = /\.ya?ml$/i;
const README = /^readme\./i;

function foldersOf(path: string): string[] {
  return path.split('/').slice(0, -1);
}

/**
 * The playbooks folders that hold Ansible: a `playbooks/` folder with YAML
 * in it documents Ansible, and its Markdown (a README, notes) is not a
 * runbook.
 */
function ansibleFolders(listing: readonly RepositoryFileEntry[]): Set<string> {
  const folders = new Set<string>();
  for (const { path } of listing) {
    if (!YAML.test(path)) {
      continue;
    }
    const parts = foldersOf(path);
    parts.forEach((part, i) => {
      if (PLAYBOOK_FOLDER.test(part)) {
        folders.add(parts.slice(0, i + 1).join('/'));
      }
    });
  }
  return folders;
}

function playbookFolderOf(path: string): string | undefined {
  const parts = foldersOf(path);
  const index = parts.findIndex(part => PLAYBOOK_FOLDER.test(part));
  return index >= 0 ? parts.slice(0, index + 1).join('/') : undefined;
}

/**
 * Runbooks, from the listing alone (no file is read): documents named for a
 * runbook (`RUNBOOK.md`, `runbook*.md`, `*-runbook.md`), any document in a
 * `runbooks/` folder, Markdown playbooks (a `playbooks/` folder that holds
 * YAML is Ansible, and its documents do not count, nor does a README
 * there), and operations documentation under `docs/operations/`. Empty
 * files do not count; a README that mentions runbooks is not one.
 */
export const runbooksDetector: Detector = {
  id: 'runbooks',
  wants: () => undefined,
  detect({ listing }) {
    const ansible = ansibleFolders(listing);
    const findings: Finding[] = [];
    const operationsDocs: Finding[] = [];
    for (const { path, size } of listing) {
      if (size === 0 || !DOCUMENT.test(path)) {
        continue;
      }
      const name = path.slice(path.lastIndexOf('/') + 1);
      const playbooks = playbookFolderOf(path);
      if (
        RUNBOOK_NAME.test(name) ||
        foldersOf(path).some(folder => RUNBOOK_FOLDER.test(folder)) ||
        (playbooks !== undefined &&
          !ansible.has(playbooks) &&
          !README.test(name))
      ) {
        findings.push({
          fact: 'runbook',
          kind: 'runbook',
          label: 'a runbook',
          path,
        });
      } else if (OPERATIONS_DOCS.test(path)) {
        operationsDocs.push({
          fact: 'runbook',
          kind: 'operations-docs',
          label: 'operations documentation',
          path,
        });
      }
    }
    // Runbooks say more than general operations documentation: first.
    return [...findings, ...operationsDocs];
  },
};
