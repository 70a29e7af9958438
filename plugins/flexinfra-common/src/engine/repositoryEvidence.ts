import type { RepositoryFact } from '../repository/types';

const REPOSITORY_PREFIX = 'facts.repository.';

/**
 * What each repository fact (and flag) means, as the "Missing …" message
 * names it.
 */
const FACT_NAMES: Record<string, string> = {
  analyzed: 'a repository FlexInfra can read',
  iac: 'infrastructure as code in the repository',
  deployment: 'a declarative deployment in the repository',
  autoscaling: 'autoscaling in the repository',
  ci: 'a CI/CD pipeline in the repository',
  monitoring: 'monitoring or alerting as code in the repository',
  runbook: 'a runbook in the repository',
  environments: 'environments defined in the repository',
  previewEnvironments: 'preview environments in the repository',
  regions: 'regions in the repository',
  backups: 'backups as code in the repository',
  costAttribution: 'cost-attribution tags or labels in the repository',
  redundancy: 'redundancy in the repository',
  documentation: 'documentation as code in the repository (TechDocs)',
  ciDeploys: 'a pipeline in the repository that deploys',
  alerting: 'alert rules in the repository',
  demandDriven:
    'demand-driven scaling in the repository (KEDA, Knative, serverless)',
  multiRegion: 'two or more regions in the repository',
};

/** The fact a flag is about: its message and files say where it was seen. */
const FLAG_FACTS: Record<string, string> = {
  ciDeploys: 'ci',
  alerting: 'monitoring',
  demandDriven: 'autoscaling',
  multiRegion: 'regions',
};

/** The repository fact (or flag) a predicate path reads, if it reads one. */
export function repositoryFactOfPath(path: string): string | undefined {
  if (!path.startsWith(REPOSITORY_PREFIX)) {
    return undefined;
  }
  return path.slice(REPOSITORY_PREFIX.length).split('.')[0];
}

/** "infrastructure as code in the repository", for a predicate path. */
export function describeRepositoryPath(path: string): string | undefined {
  const fact = repositoryFactOfPath(path);
  return fact === undefined ? undefined : FACT_NAMES[fact] ?? path;
}

function factRecord(
  repository: unknown,
  name: string,
): RepositoryFact | undefined {
  const value = (repository as Record<string, unknown> | undefined)?.[
    FLAG_FACTS[name] ?? name
  ];
  return typeof value === 'object' && value !== null
    ? (value as RepositoryFact)
    : undefined;
}

/**
 * The evidence a repository fact gave, for "Found …": the fact's own
 * message ("Terraform in infra/main.tf and 4 more") and its files.
 */
export function repositoryEvidence(
  repository: unknown,
  path: string,
): { text: string; paths: string[] } {
  const name = repositoryFactOfPath(path)!;
  if (name === 'analyzed') {
    return { text: 'its repository, read by FlexInfra', paths: [] };
  }
  const fact = factRecord(repository, name);
  if (!fact?.message) {
    return { text: FACT_NAMES[name] ?? path, paths: [] };
  }
  const prefix =
    name === 'multiRegion' ? `regions ${fact.values.join(', ')}: ` : '';
  return { text: `${prefix}${fact.message}`, paths: fact.paths ?? [] };
}

/**
 * What the repository showed that did not count, for "Missing …": e.g. an
 * autoscaler that is configured but disabled. Empty when nothing was seen.
 */
export function repositoryNearMisses(
  repository: unknown,
  paths: readonly string[],
): string[] {
  if (repository === undefined) {
    // No repository was read (most catalog entities in a CLI run, say):
    // nothing can have been seen.
    return [];
  }
  const notes: string[] = [];
  for (const path of paths) {
    const name = repositoryFactOfPath(path);
    if (!name || name === 'analyzed') {
      continue;
    }
    const fact = factRecord(repository, name);
    if (fact && !fact.found && fact.message) {
      notes.push(fact.message);
    }
  }
  return [...new Set(notes)];
}
