import Button from '@material-ui/core/Button';
import FormHelperText from '@material-ui/core/FormHelperText';
import Grid from '@material-ui/core/Grid';
import IconButton from '@material-ui/core/IconButton';
import InputAdornment from '@material-ui/core/InputAdornment';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import DeleteIcon from '@material-ui/icons/Delete';
import type { CampaignFormErrors, CampaignFormValues } from './campaignForm';

/** Props of {@link MilestoneFields}. */
export interface MilestoneFieldsProps {
  values: CampaignFormValues;
  errors: CampaignFormErrors;
  onChange: (change: Partial<CampaignFormValues>) => void;
}

/** The optional milestones: a share of the scope at target by a date. */
export const MilestoneFields = ({
  values,
  errors,
  onChange,
}: MilestoneFieldsProps) => {
  const { milestones } = values;
  const setMilestone = (
    index: number,
    change: Partial<CampaignFormValues['milestones'][number]>,
  ) =>
    onChange({
      milestones: milestones.map((milestone, i) =>
        i === index ? { ...milestone, ...change } : milestone,
      ),
    });
  return (
    <>
      <Typography variant="subtitle2">Milestones</Typography>
      {milestones.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          None: progress is measured against the due date only.
        </Typography>
      )}
      {milestones.map((milestone, index) => (
        <Grid container spacing={2} alignItems="flex-start" key={index}>
          <Grid item xs={5}>
            <TextField
              fullWidth
              type="date"
              id={`campaign-milestone-${index}-date`}
              label={`Milestone ${index + 1} date`}
              InputLabelProps={{ shrink: true }}
              value={milestone.date}
              error={Boolean(errors[`milestones[${index}].date`])}
              helperText={errors[`milestones[${index}].date`]}
              onChange={event =>
                setMilestone(index, { date: event.target.value })
              }
            />
          </Grid>
          <Grid item xs={5}>
            <TextField
              fullWidth
              id={`campaign-milestone-${index}-share`}
              label={`Milestone ${index + 1} share at target`}
              value={milestone.percent}
              InputProps={{
                endAdornment: <InputAdornment position="end">%</InputAdornment>,
              }}
              error={Boolean(errors[`milestones[${index}].share`])}
              helperText={errors[`milestones[${index}].share`]}
              onChange={event =>
                setMilestone(index, { percent: event.target.value })
              }
            />
          </Grid>
          <Grid item xs={2}>
            <IconButton
              aria-label={`Remove milestone ${index + 1}`}
              onClick={() =>
                onChange({
                  milestones: milestones.filter((_, i) => i !== index),
                })
              }
            >
              <DeleteIcon />
            </IconButton>
          </Grid>
        </Grid>
      ))}
      {errors.milestones && (
        <FormHelperText error>Milestones: {errors.milestones}</FormHelperText>
      )}
      <Button
        size="small"
        startIcon={<AddIcon />}
        onClick={() =>
          onChange({
            milestones: [...milestones, { date: values.dueDate, percent: '' }],
          })
        }
      >
        Add milestone
      </Button>
    </>
  );
};
