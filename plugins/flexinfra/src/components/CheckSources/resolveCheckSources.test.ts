import type { SourceDocument } from '@flexinfra/backstage-plugin-flexinfra-common';
import type { FlexInfraModel } from '../../api';
import { resolveCheckSources } from './resolveCheckSources';

type Checks = FlexInfraModel['checks'];

function checks(...cited: Array<[id: string, sources: string[]]>): Checks {
  return cited.map(([id, sources]) => ({ id, sources })) as unknown as Checks;
}

const renamed: SourceDocument = {
  id: 'infrastructure-as-code',
  title: 'Infrastructure as Code (as the backend names it)',
  publisher: 'Reflex documentation',
  url: null,
  summary: 'Infrastructure changes as tested, reviewed code.',
};

describe('resolveCheckSources', () => {
  it("looks a check's citations up in the model's sources, in order", () => {
    const sources = resolveCheckSources({
      checks: checks(['iac-managed', ['infrastructure-as-code']]),
      sources: [renamed],
    });

    expect(sources.get('iac-managed')).toEqual([renamed]);
  });

  it('falls back to the built-in documents and cites an https address as itself', () => {
    const sources = resolveCheckSources({
      checks: checks([
        'cost-reviewed',
        [
          'dora-flexible-infrastructure',
          'https://wiki.example.com/platform/cost-policy',
        ],
      ]),
      sources: [],
    });

    expect(sources.get('cost-reviewed')?.map(s => [s.title, s.url])).toEqual([
      [
        'Flexible Infrastructure',
        'https://dora.dev/capabilities/flexible-infrastructure/',
      ],
      [
        'https://wiki.example.com/platform/cost-policy',
        'https://wiki.example.com/platform/cost-policy',
      ],
    ]);
  });

  it('leaves out citations it cannot resolve and repeated ones', () => {
    const sources = resolveCheckSources({
      checks: checks([
        'owned',
        [
          'no-such-document',
          'http://insecure.example.com',
          'infrastructure-as-code',
          'infrastructure-as-code',
        ],
      ]),
      sources: [renamed],
    });

    expect(sources.get('owned')).toEqual([renamed]);
  });

  it('copes with a model without sources (an older backend)', () => {
    const sources = resolveCheckSources({
      checks: checks(['owned', ['infrastructure-as-code']]),
    });

    expect(sources.get('owned')?.map(s => s.id)).toEqual([
      'infrastructure-as-code',
    ]);
    expect(sources.get('unknown-check')).toBeUndefined();
  });
});
