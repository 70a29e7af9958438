import { memorySource } from '../../__testUtils__/memorySource';
import { analyzeRepository } from '../../analyzeRepository';
import { techDocsDetector } from './techDocs';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), { detectors: [techDocsDetector] });

describe('techDocsDetector', () => {
  it('finds an mkdocs.yml with Markdown pages in docs/', async () => {
    const facts = await analyze({
      'mkdocs.yml': 'site_name: orders\nnav:\n  - Home: index.md\n',
      'docs/index.md': '# Orders\n',
    });
    expect(facts.documentation).toMatchObject({
      found: true,
      kinds: ['techdocs'],
      paths: ['mkdocs.yml'],
      message: 'TechDocs (mkdocs.yml) in mkdocs.yml',
    });
  });

  it('follows docs_dir', async () => {
    const facts = await analyze({
      'service/mkdocs.yaml': 'site_name: orders\ndocs_dir: handbook\n',
      'service/handbook/runbook.md': '# Runbook\n',
    });
    expect(facts.documentation.found).toBe(true);
  });

  it('does not count an mkdocs.yml without pages, and says why', async () => {
    const facts = await analyze({
      'mkdocs.yml': 'site_name: orders\n',
      'README.md': '# Orders\n',
    });
    expect(facts.documentation).toMatchObject({
      found: false,
      message:
        'TechDocs (mkdocs.yml) in mkdocs.yml, but it is disabled: its docs folder docs/ holds no Markdown pages',
    });
  });

  it('does not count Markdown alone', async () => {
    const facts = await analyze({ 'docs/index.md': '# Orders\n' });
    expect(facts.documentation.found).toBe(false);
  });
});
