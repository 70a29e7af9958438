import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { diskSource } from '../__testUtils__/diskSource';
import {
  analyzeRepository,
  type RepositoryFactName,
  type RepositoryFacts,
} from '../repository';

/*
 * The example portal's repositories (examples/repos/<component>/): each is
 * read from disk the way the analyzer reads any repository, and must prove
 * what its component's designed stage needs — and nothing that would lift
 * it to the next stage. examples/repos/README.md says which file proves
 * which fact.
 */

const reposDir = resolve(__dirname, '../../../../examples/repos');

/** The facts each repository is expected to prove or not (regions apart). */
const CHECKED_FACTS: RepositoryFactName[] = [
  'iac',
  'deployment',
  'autoscaling',
  'ci',
  'monitoring',
  'runbook',
  'environments',
  'previewEnvironments',
  'costAttribution',
  'redundancy',
  'backups',
];

interface Design {
  /** The stage the component was designed for (examples/README.md). */
  stage: number;
  /** The checked facts that are found; every other one is not. */
  found: RepositoryFactName[];
  /** Kinds that must be among a fact's kinds: what proves it. */
  kinds: Partial<Record<RepositoryFactName, string[]>>;
  /** Environments that must be among `environments.values`. */
  environments?: string[];
  /** Exactly the regions the repository deploys to, when it says. */
  regions?: string[];
  demandDriven: boolean;
  multiRegion: boolean;
}

/** What every stage-3 repository proves. */
const STAGE_3: RepositoryFactName[] = [
  'iac',
  'deployment',
  'autoscaling',
  'ci',
];
/** What every stage-4 repository proves (stage-5 ones add to it). */
const STAGE_4: RepositoryFactName[] = [
  ...STAGE_3,
  'monitoring',
  'runbook',
  'environments',
  'costAttribution',
  'redundancy',
];
const NOT_SCALING = { demandDriven: false, multiRegion: false };
const DEV_STAGING_PROD = ['dev', 'staging', 'prod'];

const DESIGNS: Record<string, Design> = {
  'legacy-reporting': { stage: 1, found: [], kinds: {}, ...NOT_SCALING },
  'nightly-price-sync': { stage: 1, found: [], kinds: {}, ...NOT_SCALING },
  'invoice-service': {
    stage: 2,
    found: ['ci'],
    kinds: { ci: ['jenkins'] },
    ...NOT_SCALING,
  },
  'catalog-admin': {
    stage: 2,
    found: ['ci'],
    kinds: { ci: ['circleci'] },
    ...NOT_SCALING,
  },
  'artifact-mirror': {
    stage: 2,
    found: ['ci'],
    kinds: { ci: ['jenkins'] },
    ...NOT_SCALING,
  },
  'marketing-site': {
    stage: 2,
    found: ['iac', 'ci'],
    kinds: { iac: ['terraform'], ci: ['circleci'] },
    ...NOT_SCALING,
  },
  'search-indexer': {
    stage: 3,
    found: [...STAGE_3, 'environments'],
    kinds: {
      iac: ['pulumi'],
      deployment: ['kustomize', 'argocd'],
      autoscaling: ['hpa'],
      ci: ['github-actions'],
    },
    environments: DEV_STAGING_PROD,
    ...NOT_SCALING,
  },
  'feature-flags': {
    stage: 3,
    found: [...STAGE_3, 'environments'],
    kinds: {
      iac: ['terraform'],
      deployment: ['helm', 'argocd'],
      ci: ['github-actions'],
    },
    environments: DEV_STAGING_PROD,
    ...NOT_SCALING,
  },
  'merchant-onboarding': {
    stage: 3,
    found: STAGE_3,
    kinds: {
      iac: ['terraform'],
      deployment: ['kubernetes', 'argocd'],
      autoscaling: ['hpa'],
      ci: ['github-actions'],
    },
    ...NOT_SCALING,
  },
  'checkout-api': {
    stage: 4,
    found: STAGE_4,
    kinds: {
      iac: ['terraform'],
      deployment: ['helm', 'argocd'],
      monitoring: ['prometheus-rule'],
    },
    environments: DEV_STAGING_PROD,
    regions: ['eu-west-1'],
    ...NOT_SCALING,
  },
  'fraud-scoring': {
    stage: 4,
    // The model bucket is versioned: earlier models can be restored.
    found: [...STAGE_4, 'backups'],
    kinds: {
      iac: ['terraform'],
      deployment: ['kustomize', 'argocd'],
      autoscaling: ['hpa'],
      monitoring: ['prometheus-rule', 'datadog-monitor'],
      redundancy: ['pod-disruption-budget'],
      backups: ['s3-versioning'],
    },
    environments: DEV_STAGING_PROD,
    regions: ['eu-west-1'],
    ...NOT_SCALING,
  },
  'platform-ingress': {
    stage: 4,
    found: STAGE_4,
    kinds: {
      iac: ['terraform'],
      deployment: ['helm', 'argocd'],
      monitoring: ['prometheus-rule'],
    },
    environments: DEV_STAGING_PROD,
    regions: ['eu-west-1'],
    ...NOT_SCALING,
  },
  'payments-gateway': {
    stage: 5,
    found: [...STAGE_4, 'previewEnvironments', 'backups'],
    kinds: {
      iac: ['terraform'],
      deployment: ['kustomize', 'argocd'],
      autoscaling: ['keda'],
      redundancy: ['pod-disruption-budget'],
      backups: ['dynamodb-pitr'],
    },
    environments: DEV_STAGING_PROD,
    regions: ['eu-west-1', 'us-east-1'],
    demandDriven: true,
    multiRegion: true,
  },
  'storefront-web': {
    stage: 5,
    // Redundant by running in two regions (multiRegion), not within one.
    found: [...STAGE_4.filter(f => f !== 'redundancy'), 'previewEnvironments'],
    kinds: {
      iac: ['terraform'],
      deployment: ['serverless'],
      autoscaling: ['serverless'],
      previewEnvironments: ['github-actions-preview'],
    },
    environments: DEV_STAGING_PROD,
    regions: ['eu-west-1', 'us-east-1'],
    demandDriven: true,
    multiRegion: true,
  },
  'preview-env-controller': {
    stage: 5,
    found: [...STAGE_4, 'previewEnvironments'],
    kinds: {
      iac: ['crossplane', 'terraform'],
      deployment: ['kustomize', 'argocd'],
      autoscaling: ['keda'],
      previewEnvironments: ['github-actions-preview'],
      redundancy: ['pod-disruption-budget'],
    },
    environments: DEV_STAGING_PROD,
    regions: ['eu-west-1', 'us-east-1'],
    demandDriven: true,
    multiRegion: true,
  },
};

/**
 * What each stage adds that a repository proves (the model's stage-gating
 * checks that read `facts.repository`); the rest of each stage is catalog
 * metadata (owner, system, on-call, …).
 */
const PROVEN_BY_STAGE: Record<number, (facts: RepositoryFacts) => boolean> = {
  2: facts => facts.ci.found,
  3: facts =>
    facts.iac.found && facts.deployment.found && facts.autoscaling.found,
  4: facts =>
    facts.monitoring.found &&
    facts.runbook.found &&
    facts.costAttribution.found &&
    // The redundancy check passes on redundancy within a region or on a
    // second region.
    (facts.redundancy.found || facts.multiRegion),
  5: facts =>
    facts.previewEnvironments.found && facts.multiRegion && facts.demandDriven,
};

function provesUpTo(facts: RepositoryFacts, stage: number): boolean {
  for (let k = 2; k <= stage; k++) {
    if (!PROVEN_BY_STAGE[k](facts)) {
      return false;
    }
  }
  return true;
}

const analyses = new Map<string, Promise<RepositoryFacts>>();
function analyze(name: string): Promise<RepositoryFacts> {
  let analysis = analyses.get(name);
  if (!analysis) {
    analysis = analyzeRepository(diskSource(resolve(reposDir, name)));
    analyses.set(name, analysis);
  }
  return analysis;
}

describe('the example repositories', () => {
  it('has one repository per designed component, each describing it', () => {
    const folders = readdirSync(reposDir, { withFileTypes: true })
      .filter(entry => entry.isDirectory())
      .map(entry => entry.name)
      .sort();
    expect(folders).toEqual(Object.keys(DESIGNS).sort());
    for (const folder of folders) {
      const entity = parse(
        readFileSync(resolve(reposDir, folder, 'catalog-info.yaml'), 'utf8'),
      );
      expect({ kind: entity.kind, name: entity.metadata.name }).toEqual({
        kind: 'Component',
        name: folder,
      });
    }
  });

  describe.each(Object.entries(DESIGNS))('%s', (name, design) => {
    it('is read without problems', async () => {
      const facts = await analyze(name);
      expect(facts.analyzed).toBe(true);
      expect(facts.problems).toEqual([]);
    });

    it('proves exactly the facts its design needs', async () => {
      const facts = await analyze(name);
      const found = Object.fromEntries(
        CHECKED_FACTS.map(fact => [fact, facts[fact].found]),
      );
      const expected = Object.fromEntries(
        CHECKED_FACTS.map(fact => [fact, design.found.includes(fact)]),
      );
      expect(found).toEqual(expected);
      expect({
        demandDriven: facts.demandDriven,
        multiRegion: facts.multiRegion,
      }).toEqual({
        demandDriven: design.demandDriven,
        multiRegion: design.multiRegion,
      });
    });

    it('proves them with the files it was written with', async () => {
      const facts = await analyze(name);
      const kindsOf = (kinds: Design['kinds']) =>
        Object.keys(kinds).map(fact => ({
          fact,
          kinds: facts[fact as RepositoryFactName].kinds,
        }));
      expect(kindsOf(design.kinds)).toEqual(
        Object.entries(design.kinds).map(([fact, kinds]) => ({
          fact,
          kinds: expect.arrayContaining(kinds!),
        })),
      );
      // Regions are compared only where the design names them; a repository
      // of an earlier stage may name its one region or none.
      expect({
        environments: facts.environments.values,
        regions: design.regions && facts.regions.values,
      }).toEqual({
        environments: expect.arrayContaining(design.environments ?? []),
        regions: design.regions,
      });
    });

    it(`proves what stage ${design.stage} needs, and not the next stage`, async () => {
      const facts = await analyze(name);
      expect({
        [`proves stage ${design.stage}`]: provesUpTo(facts, design.stage),
        'proves the next stage':
          design.stage < 5 && provesUpTo(facts, design.stage + 1),
      }).toEqual({
        [`proves stage ${design.stage}`]: true,
        'proves the next stage': false,
      });
    });
  });
});
