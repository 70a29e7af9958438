import { InfoCard } from '@backstage/core-components';
import type { DoraLevel } from '@flexinfra/backstage-plugin-flexinfra-common';
import { NumberedList } from '../NumberedList';

/** Props of {@link DoraLevelsCard}. */
export interface DoraLevelsCardProps {
  /** DORA's levels, from 1 to 4. */
  levels: readonly DoraLevel[];
}

/** Lists DORA's 1–4 self-assessment scale for Flexible Infrastructure. */
export const DoraLevelsCard = ({ levels }: DoraLevelsCardProps) => (
  <InfoCard
    title="DORA Flexible Infrastructure scale"
    subheader="DORA's self-assessment, from 1 to 4"
  >
    <NumberedList
      label="DORA levels"
      items={levels.map(level => ({
        number: level.level,
        title: level.name,
        description: level.description,
      }))}
    />
  </InfoCard>
);
