import type {
  AnalysisProblem,
  Finding,
  RepositoryFact,
  RepositoryFactName,
  RepositoryFacts,
} from './types';

/**
 * Every fact name, in the order facts are listed.
 *
 * @public
 */
export const REPOSITORY_FACT_NAMES: readonly RepositoryFactName[] = [
  'iac',
  'deployment',
  'autoscaling',
  'ci',
  'monitoring',
  'runbook',
  'environments',
  'previewEnvironments',
  'regions',
  'backups',
  'costAttribution',
  'redundancy',
  'documentation',
];

function distinct<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** "Terraform in infra/main.tf and 4 more" for one kind's findings. */
function describeKind(findings: Finding[]): string {
  const paths = distinct(findings.map(f => f.path));
  const more = paths.length > 1 ? ` and ${paths.length - 1} more` : '';
  const defaults = distinct(
    findings.map(f => f.defaultApplies).filter((d): d is string => !!d),
  );
  const note =
    defaults.length > 0
      ? ` (the platform's default applies: ${defaults[0]})`
      : '';
  return `${findings[0].label} in ${paths[0]}${more}${note}`;
}

function describeDisabled(findings: Finding[]): string {
  const [first] = findings;
  const more =
    findings.length > 1 ? ` (and ${findings.length - 1} more like it)` : '';
  return `${first.label} in ${first.path}, but it is disabled: ${first.disabled}${more}`;
}

function factOf(findings: Finding[]): RepositoryFact {
  const active = findings.filter(f => !f.disabled);
  const disabled = findings.filter(f => f.disabled);
  const byKind = new Map<string, Finding[]>();
  for (const finding of active) {
    byKind.set(finding.kind, [...(byKind.get(finding.kind) ?? []), finding]);
  }
  const values = distinct(
    active.flatMap(f => f.values ?? []).map(v => v.toLocaleLowerCase('en-US')),
  ).sort();
  if (active.length > 0) {
    // Kinds with more evidence first: they say most about the repository.
    const kinds = [...byKind.entries()].sort(
      (a, b) => b[1].length - a[1].length,
    );
    return {
      found: true,
      kinds: kinds.map(([kind]) => kind),
      paths: distinct(kinds.flatMap(([, list]) => list.map(f => f.path))),
      message: kinds.map(([, list]) => describeKind(list)).join('; '),
      values,
    };
  }
  return {
    found: false,
    kinds: [],
    paths: distinct(disabled.map(f => f.path)),
    message: disabled.length > 0 ? describeDisabled(disabled) : '',
    values: [],
  };
}

/**
 * Environments count when there are several: one variables file or overlay
 * for `prod` alone is no choice of environment. A single one is not found,
 * and the message says which one was seen.
 */
function severalEnvironments(fact: RepositoryFact): RepositoryFact {
  if (!fact.found || fact.values.length >= 2) {
    return fact;
  }
  return {
    found: false,
    kinds: [],
    paths: fact.paths,
    message: `only one environment (${fact.values[0] ?? 'unnamed'}): ${
      fact.message
    }`,
    values: fact.values,
  };
}

/**
 * Turns detectors' findings into the facts checks read. A fact is found
 * when some finding is in effect; a fact seen only disabled is not found,
 * and its message says where it was seen and why it does not count.
 */
export function buildRepositoryFacts(
  findings: Finding[],
  problems: AnalysisProblem[],
  stats: RepositoryFacts['stats'],
): RepositoryFacts {
  const byFact = new Map<RepositoryFactName, Finding[]>();
  for (const finding of findings) {
    byFact.set(finding.fact, [...(byFact.get(finding.fact) ?? []), finding]);
  }
  const facts = Object.fromEntries(
    REPOSITORY_FACT_NAMES.map(name => [name, factOf(byFact.get(name) ?? [])]),
  ) as Record<RepositoryFactName, RepositoryFact>;
  facts.environments = severalEnvironments(facts.environments);
  const inEffect = (name: RepositoryFactName, flag: keyof Finding) =>
    (byFact.get(name) ?? []).some(f => !f.disabled && f[flag] === true);
  return {
    analyzed: true,
    problems,
    stats,
    ...facts,
    ciDeploys: inEffect('ci', 'deploys'),
    alerting: inEffect('monitoring', 'alerting'),
    demandDriven: inEffect('autoscaling', 'demandDriven'),
    multiRegion: facts.regions.values.length >= 2,
  };
}

/**
 * The facts of a repository that could not be read: nothing found, and why.
 *
 * @public
 */
export function unreadableRepositoryFacts(error: string): RepositoryFacts {
  const facts = buildRepositoryFacts([], [], {
    filesListed: 0,
    filesRead: 0,
    bytesRead: 0,
  });
  return { ...facts, analyzed: false, error };
}
