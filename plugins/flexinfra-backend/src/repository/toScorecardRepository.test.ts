import { unreadableRepositoryFacts } from '@flexinfra/backstage-plugin-flexinfra-common/repository';
import {
  MAX_SCORECARD_PROBLEMS,
  toScorecardRepository,
} from './toScorecardRepository';

describe('toScorecardRepository', () => {
  it('says where the repository is and that it was read', () => {
    const facts = {
      ...unreadableRepositoryFacts('x'),
      analyzed: true,
      error: undefined,
      problems: [{ path: 'deploy/values.yaml', message: 'does not parse' }],
      target: 'url:https://github.com/acme/checkout/tree/main/',
      browseUrl: 'https://github.com/acme/checkout/tree/main/',
    };
    expect(toScorecardRepository({ repository: facts })).toEqual({
      target: 'url:https://github.com/acme/checkout/tree/main/',
      browseUrl: 'https://github.com/acme/checkout/tree/main/',
      analyzed: true,
      error: null,
      problems: [{ path: 'deploy/values.yaml', message: 'does not parse' }],
    });
  });

  it('says why a repository could not be read', () => {
    const facts = {
      ...unreadableRepositoryFacts('could not be read: NotFoundError: gone'),
      target: 'file:/srv/catalog',
      browseUrl: null,
    };
    expect(toScorecardRepository({ repository: facts })).toEqual({
      target: 'file:/srv/catalog',
      browseUrl: null,
      analyzed: false,
      error: 'could not be read: NotFoundError: gone',
      problems: [],
    });
  });

  it('lists a bounded number of problems and counts the rest', () => {
    const problems = Array.from(
      { length: MAX_SCORECARD_PROBLEMS + 7 },
      (_, i) => ({
        path: `f${i}.yaml`,
        message: 'does not parse',
      }),
    );
    const result = toScorecardRepository({
      repository: { target: 'file:/x', analyzed: true, problems },
    });
    expect(result?.problems).toHaveLength(MAX_SCORECARD_PROBLEMS + 1);
    expect(result?.problems.at(-1)).toEqual({
      path: '.',
      message: 'and 7 more problems',
    });
  });

  it('is null without repository facts', () => {
    expect(toScorecardRepository(undefined)).toBeNull();
    expect(toScorecardRepository({ pagerduty: { onCall: true } })).toBeNull();
    expect(
      toScorecardRepository({ repository: { analyzed: true } }),
    ).toBeNull();
  });
});
