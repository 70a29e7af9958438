import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { useMemo, useState } from 'react';
import { flexInfraApiRef, type Campaign, type FlexInfraModel } from '../../api';
import { backendMessageOf } from '../DashboardFormat';
import {
  campaignFormOf,
  checkCampaignForm,
  errorsFromBackend,
  newCampaignForm,
  type CampaignFormErrors,
  type CampaignFormValues,
} from './campaignForm';
import { MilestoneFields } from './MilestoneFields';
import { ScopeFields } from './ScopeFields';
import { TargetFields } from './TargetFields';

/** Props of {@link CampaignDialog}. */
export interface CampaignDialogProps {
  model: FlexInfraModel;
  /** The campaign to edit; a new one when left out. */
  campaign?: Campaign;
  onClose: () => void;
  onSaved: (campaign: Campaign) => void;
}

/**
 * Creates or edits a campaign. The form is checked as the backend will
 * check it before it is sent; what only the backend knows (whether the refs
 * exist in the catalog, whether the user may save) comes back on the field
 * it is about, or above the form.
 */
export const CampaignDialog = ({
  model,
  campaign,
  onClose,
  onSaved,
}: CampaignDialogProps) => {
  const api = useApi(flexInfraApiRef);
  const [values, setValues] = useState<CampaignFormValues>(() =>
    campaign
      ? campaignFormOf(campaign)
      : newCampaignForm(new Date().toISOString().slice(0, 10)),
  );
  const [errors, setErrors] = useState<CampaignFormErrors>({});
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);
  const formModel = useMemo(
    () => ({
      stageCount: model.stages.length,
      checkIds: new Set(model.checks.map(check => check.id)),
    }),
    [model],
  );
  const change = (update: Partial<CampaignFormValues>) =>
    setValues(current => ({ ...current, ...update }));
  const field = (key: keyof CampaignFormValues & string) => ({
    id: `campaign-${key}`,
    value: values[key],
    error: Boolean(errors[key]),
    helperText: errors[key],
    onChange: (event: { target: { value: string } }) =>
      change({ [key]: event.target.value }),
  });

  const save = async () => {
    const checked = checkCampaignForm(values, formModel);
    setFailure(undefined);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = campaign
        ? await api.updateCampaign(campaign.id, checked.input)
        : await api.createCampaign(checked.input);
      onSaved(saved);
    } catch (error) {
      const message = backendMessageOf(error);
      const fieldErrors = errorsFromBackend(message);
      if (fieldErrors) {
        setErrors(fieldErrors);
      } else {
        setFailure(message);
      }
    } finally {
      setSaving(false);
    }
  };

  const title = campaign ? `Edit ${campaign.title}` : 'New campaign';
  return (
    <Dialog
      open
      onClose={onClose}
      maxWidth="md"
      fullWidth
      aria-labelledby="campaign-dialog-title"
    >
      <DialogTitle id="campaign-dialog-title">{title}</DialogTitle>
      <DialogContent>
        {failure && (
          <Alert severity="error" role="alert">
            {failure}
          </Alert>
        )}
        {Object.keys(errors).length > 0 && (
          <Alert severity="warning">
            The campaign has{' '}
            {Object.keys(errors).length === 1 ? 'a problem' : 'problems'}; see
            the fields marked below.
          </Alert>
        )}
        <Grid container spacing={2} direction="column" wrap="nowrap">
          <Grid item>
            <TextField fullWidth required label="Title" {...field('title')} />
          </Grid>
          <Grid item>
            <TextField
              fullWidth
              multiline
              minRows={2}
              label="Description"
              {...field('description')}
            />
          </Grid>
          <Grid item>
            <TextField
              fullWidth
              required
              label="Owner"
              placeholder="group:default/platform"
              {...field('owner')}
              helperText={
                errors.owner ?? 'The group or user driving the campaign'
              }
            />
          </Grid>
          <Grid item>
            <ScopeFields values={values} errors={errors} onChange={change} />
          </Grid>
          <Grid item>
            <TargetFields
              model={model}
              values={values}
              errors={errors}
              onChange={change}
            />
          </Grid>
          <Grid item container spacing={2}>
            <Grid item xs={6}>
              <TextField
                fullWidth
                type="date"
                label="Start"
                InputLabelProps={{ shrink: true }}
                {...field('startDate')}
              />
            </Grid>
            <Grid item xs={6}>
              <TextField
                fullWidth
                type="date"
                label="Due"
                InputLabelProps={{ shrink: true }}
                {...field('dueDate')}
              />
            </Grid>
          </Grid>
          <Grid item>
            <MilestoneFields
              values={values}
              errors={errors}
              onChange={change}
            />
          </Grid>
        </Grid>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          disabled={saving}
          onClick={save}
        >
          {campaign ? 'Save' : 'Create campaign'}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
