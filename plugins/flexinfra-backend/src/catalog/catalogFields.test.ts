import {
  defaultModelDefinition,
  type CheckDefinition,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import { catalogFieldsFor } from './catalogFields';

const base = defaultModelDefinition.checks[0];

function checkReading(evidence: object): CheckDefinition {
  return { ...base, evidence: evidence as CheckDefinition['evidence'] };
}

describe('catalogFieldsFor', () => {
  it('requests the fields the default model reads, not whole entities', () => {
    const fields = catalogFieldsFor(defaultModelDefinition.checks);
    expect(fields).toEqual(
      expect.arrayContaining([
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.annotations',
        'metadata.links',
        'relations',
        'spec',
      ]),
    );
    expect(fields).not.toContain('metadata');
    expect(fields).not.toContain('metadata.description');
    expect(fields).not.toContain('facts');
  });

  it('adds a field that a further check reads', () => {
    const fields = catalogFieldsFor([
      checkReading({ 'metadata.description': { $exists: true } }),
    ]);
    expect(fields).toContain('metadata.description');
  });

  it('reads inside $all, $any and $not but not into $contains element predicates', () => {
    const fields = catalogFieldsFor([
      checkReading({
        $any: [
          { $not: { 'metadata.labels.tier': 'gold' } },
          { 'metadata.links': { $contains: { type: 'runbook' } } },
        ],
      }),
    ]);
    expect(fields).toContain('metadata.labels');
    expect(fields).toContain('metadata.links');
    expect(fields).not.toContain('type');
  });

  it('leaves out a field covered by a wider one', () => {
    const fields = catalogFieldsFor([
      checkReading({ spec: { $exists: true } }),
    ]);
    expect(fields).toContain('spec');
    expect(fields.filter(f => f.startsWith('spec.'))).toEqual([]);
  });
});
