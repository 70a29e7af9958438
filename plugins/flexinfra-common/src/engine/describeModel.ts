import type { FlexInfraModel } from '../api/types';
import { DIMENSIONS } from '../model/dimensions';
import { DORA_LEVELS } from '../model/dora';
import { SOURCE_DOCUMENTS } from '../model/sources';
import { MATURITY_STAGES } from '../model/stages';
import type { CompiledModel } from './compileModel';

/**
 * The model as the REST API serves it (`GET /model`).
 *
 * @public
 */
export function describeModel(model: CompiledModel): FlexInfraModel {
  return {
    version: model.version,
    targetStage: model.definition.targetStage,
    checks: model.definition.checks,
    stages: [...MATURITY_STAGES],
    dimensions: [...DIMENSIONS],
    doraLevels: [...DORA_LEVELS],
    sources: [...SOURCE_DOCUMENTS],
  };
}
