import Grid from '@material-ui/core/Grid';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import type { FlexInfraModel } from '../../api';
import type { CampaignFormErrors, CampaignFormValues } from './campaignForm';

/** Props of {@link TargetFields}. */
export interface TargetFieldsProps {
  model: FlexInfraModel;
  values: CampaignFormValues;
  errors: CampaignFormErrors;
  onChange: (change: Partial<CampaignFormValues>) => void;
}

/** What the scope must reach: a stage, or passing a set of checks. */
export const TargetFields = ({
  model,
  values,
  errors,
  onChange,
}: TargetFieldsProps) => {
  const titles = new Map(model.checks.map(check => [check.id, check.title]));
  return (
    <Grid container spacing={2}>
      <Grid item xs={12} sm={5}>
        <TextField
          select
          fullWidth
          id="campaign-target-type"
          label="Target"
          value={values.targetType}
          onChange={event =>
            onChange({
              targetType: event.target
                .value as CampaignFormValues['targetType'],
            })
          }
        >
          <MenuItem value="stage">A stage</MenuItem>
          <MenuItem value="checks">Passing checks</MenuItem>
        </TextField>
      </Grid>
      <Grid item xs={12} sm={7}>
        {values.targetType === 'stage' ? (
          <TextField
            select
            fullWidth
            id="campaign-target-stage"
            label="Stage"
            value={values.stage}
            error={Boolean(errors['target.stage'])}
            helperText={errors['target.stage'] ?? 'Or any stage above it'}
            onChange={event => onChange({ stage: Number(event.target.value) })}
          >
            {model.stages.map(stage => (
              <MenuItem key={stage.number} value={stage.number}>
                {stage.number} · {stage.name}
              </MenuItem>
            ))}
          </TextField>
        ) : (
          <Autocomplete
            multiple
            id="campaign-target-checks"
            options={model.checks.map(check => check.id)}
            getOptionLabel={id => titles.get(id) ?? id}
            value={values.checks}
            onChange={(_event, checks) => onChange({ checks })}
            renderInput={params => (
              <TextField
                {...params}
                label="Checks"
                error={Boolean(errors['target.checks'])}
                helperText={
                  errors['target.checks'] ?? 'Each must pass (or be waived)'
                }
              />
            )}
          />
        )}
      </Grid>
    </Grid>
  );
};
