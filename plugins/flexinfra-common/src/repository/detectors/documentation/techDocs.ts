import type { Detector, Finding } from '../../types';

const MKDOCS = /(^|\/)mkdocs\.ya?ml$/;

/**
 * Documentation kept as code the way Backstage's TechDocs builds it: an
 * `mkdocs.yml` with Markdown pages beside it (in its `docs/` folder, or the
 * folder its `docs_dir` names). An `mkdocs.yml` whose `docs_dir` holds no
 * Markdown documents nothing, and says so.
 */
export const techDocsDetector: Detector = {
  id: 'techdocs',
  wants: path => (MKDOCS.test(path) ? 'yaml' : undefined),
  detect: ({ files, listing }) => {
    const findings: Finding[] = [];
    for (const file of files) {
      if (file.as !== 'yaml') {
        continue;
      }
      const [config] = file.documents as Array<
        { docs_dir?: unknown } | null | undefined
      >;
      const base = file.path.slice(
        0,
        file.path.length - file.path.split('/').pop()!.length,
      );
      const docsDir =
        typeof config?.docs_dir === 'string' && config.docs_dir.trim()
          ? config.docs_dir.trim().replace(/^\.\/|\/$/g, '')
          : 'docs';
      const prefix = `${base}${docsDir}/`;
      const pages = listing.filter(
        f => f.path.startsWith(prefix) && /\.md$/i.test(f.path),
      );
      findings.push({
        fact: 'documentation',
        kind: 'techdocs',
        label: 'TechDocs (mkdocs.yml)',
        path: file.path,
        disabled:
          pages.length === 0
            ? `its docs folder ${prefix} holds no Markdown pages`
            : undefined,
      });
    }
    return findings;
  },
};
