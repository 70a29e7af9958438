import { InfoCard } from '@backstage/core-components';
import type { MaturityStage } from '@flexinfra/backstage-plugin-flexinfra-common';
import { NumberedList } from '../NumberedList';

/** Props of {@link MaturityStagesCard}. */
export interface MaturityStagesCardProps {
  /** The stages to list, in ladder order. */
  stages: readonly MaturityStage[];
}

/** Lists the stages of the maturity model: number, name and summary. */
export const MaturityStagesCard = ({ stages }: MaturityStagesCardProps) => (
  <InfoCard
    title="Maturity stages"
    subheader="From least to most flexible infrastructure"
  >
    <NumberedList
      label="Maturity stages"
      items={stages.map(stage => ({
        number: stage.number,
        title: stage.name,
        description: stage.summary,
      }))}
    />
  </InfoCard>
);
