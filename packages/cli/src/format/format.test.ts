import {
  compileModel,
  defaultModelDefinition,
  getMaturityStage,
  type ScoredEntity,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import type { LocatedRepository, Report } from '../types';
import { alignColumns, formatTable } from './table';
import { escapeCell, formatMarkdown } from './markdown';

const model = compileModel(defaultModelDefinition);

function scored(name: string, stage: number): ScoredEntity {
  const { number, name: stageName } = getMaturityStage(stage);
  return {
    outcome: 'scored',
    entityRef: `component:default/${name}`,
    stage: { number, name: stageName },
    nextStage:
      stage < 5
        ? {
            ...getMaturityStage(stage + 1),
            missing: ['owned'],
          }
        : null,
    score: 12.25,
    doraScore: 1.4,
    dimensions: [],
    checks: [],
    modelVersion: model.version,
  };
}

function report(
  entities: ScoredEntity[],
  repository?: LocatedRepository,
): Report {
  return {
    model,
    results: entities.map((evaluation, i) => ({
      evaluation,
      file: 'catalog-info.yaml',
      line: i * 10 + 1,
      repository,
    })),
    inputErrorCount: 0,
  };
}

describe('alignColumns', () => {
  it('pads columns, right-aligns numbers and trims the last column', () => {
    expect(
      alignColumns(
        [
          ['NAME', 'N', 'NOTE'],
          ['a', '100', ''],
          ['longer', '5', 'x'],
        ],
        [false, true, false],
      ),
    ).toEqual(['NAME      N  NOTE', 'a       100', 'longer    5  x']);
  });
});

describe('formatTable', () => {
  it('says so when nothing was scored', () => {
    expect(formatTable(report([]))).toBe(
      `No entity was scored.\n\n0 entities scored; 0 not applicable; 0 invalid; model ${model.version}.\n`,
    );
  });

  it('rounds to one decimal and marks the top stage', () => {
    const lines = formatTable(report([scored('a', 5)])).split('\n');
    expect(lines[1]).toBe(
      'component:default/a  5 Adaptive Platform   12.3   1.4  -',
    );
    expect(lines[3]).toBe(
      `1 entity scored (stage 5: 1); 0 not applicable; 0 invalid; model ${model.version}.`,
    );
  });
});

describe('formatMarkdown', () => {
  it('escapes pipes and newlines in cells', () => {
    expect(escapeCell('a | b\n  c')).toBe('a \\| b c');
  });

  it('names the next stage and the remediation of what is missing', () => {
    const markdown = formatMarkdown(report([scored('a', 1)]));
    const owned = defaultModelDefinition.checks.find(c => c.id === 'owned')!;
    expect(markdown).toContain(
      `| \`component:default/a\` | 1 Static & Constrained | 12.3 | 1.4 | To reach **2 Standardised but Rigid**:<br>\`owned\` ${owned.remediation} |`,
    );
    expect(markdown.startsWith('## FlexInfra maturity\n')).toBe(true);
  });

  describe('says where the evidence came from', () => {
    const repository: LocatedRepository = {
      root: 'services/orders-api',
      analyzed: true,
      error: null,
      problems: 0,
    };
    const entityCell = (markdown: string) =>
      markdown
        .split('\n')
        .find(l => l.startsWith('| `component:default/a`'))!
        .split(' | ')[0];

    it('names the repository under the entity', () => {
      expect(
        entityCell(formatMarkdown(report([scored('a', 2)], repository))),
      ).toBe('| `component:default/a`<br>evidence from `services/orders-api`');
    });

    it('counts the problems met while reading it', () => {
      expect(
        entityCell(
          formatMarkdown(
            report([scored('a', 2)], { ...repository, problems: 2 }),
          ),
        ),
      ).toBe(
        '| `component:default/a`<br>evidence from `services/orders-api` (2 problems, see the warnings)',
      );
    });

    it('says when it could not be read', () => {
      expect(
        entityCell(
          formatMarkdown(
            report([scored('a', 2)], {
              ...repository,
              analyzed: false,
              error: 'could not be read: EACCES',
            }),
          ),
        ),
      ).toBe(
        '| `component:default/a`<br>repository `services/orders-api` could not be read',
      );
    });

    it('adds nothing when no repository was read', () => {
      expect(entityCell(formatMarkdown(report([scored('a', 2)])))).toBe(
        '| `component:default/a`',
      );
    });

    it('escapes a pipe in the folder name', () => {
      expect(
        entityCell(
          formatMarkdown(
            report([scored('a', 2)], { ...repository, root: 'a|b' }),
          ),
        ),
      ).toBe('| `component:default/a`<br>evidence from `a\\|b`');
    });
  });
});
