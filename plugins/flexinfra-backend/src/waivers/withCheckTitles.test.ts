import {
  compileModel,
  defaultModelDefinition,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import type { StoredWaiver } from '../database/waiverQueries';
import { withCheckTitles } from './withCheckTitles';

describe('withCheckTitles', () => {
  it('names each waived check as the model does, or by its id', () => {
    const model = compileModel(defaultModelDefinition);
    const waiver = {
      entityRef: 'component:default/svc',
      title: null,
      ownerRef: null,
      reason: 'later',
      expires: '2027-01-01',
    };
    // As stored: lean checks have no title.
    const stored = [
      { ...waiver, checkId: 'runbook' },
      { ...waiver, checkId: 'gone-from-the-model' },
    ] as StoredWaiver[];
    expect(withCheckTitles(stored, model).map(w => w.checkTitle)).toEqual([
      model.definition.checks.find(c => c.id === 'runbook')!.title,
      'gone-from-the-model',
    ]);
  });
});
