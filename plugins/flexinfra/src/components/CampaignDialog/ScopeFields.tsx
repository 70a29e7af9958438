import FormHelperText from '@material-ui/core/FormHelperText';
import Grid from '@material-ui/core/Grid';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { RESULT_FILTER_NAMES } from '@flexinfra/backstage-plugin-flexinfra-common';
import {
  type CampaignFormErrors,
  type CampaignFormValues,
  type ScopeFilterName,
} from './campaignForm';

const SCOPE_TYPES: Array<{
  value: CampaignFormValues['scopeType'];
  label: string;
  placeholder?: string;
}> = [
  {
    value: 'group',
    label: 'A group and its teams',
    placeholder: 'group:default/payments',
  },
  { value: 'system', label: 'A system', placeholder: 'system:default/shop' },
  { value: 'domain', label: 'A domain', placeholder: 'domain:default/retail' },
  { value: 'filters', label: "The dashboard's filters" },
];

const FILTER_LABELS: Record<ScopeFilterName, string> = {
  kind: 'Kinds',
  type: 'Types',
  lifecycle: 'Lifecycles',
  owner: 'Owners',
  system: 'Systems',
  domain: 'Domains',
};

/** Props of {@link ScopeFields}. */
export interface ScopeFieldsProps {
  values: CampaignFormValues;
  errors: CampaignFormErrors;
  onChange: (change: Partial<CampaignFormValues>) => void;
}

/** Who the campaign is about: a group, system or domain, or filters. */
export const ScopeFields = ({ values, errors, onChange }: ScopeFieldsProps) => {
  const scopeType = SCOPE_TYPES.find(type => type.value === values.scopeType)!;
  return (
    <Grid container spacing={2}>
      <Grid item xs={12} sm={5}>
        <TextField
          select
          fullWidth
          id="campaign-scope-type"
          label="Scope"
          value={values.scopeType}
          onChange={event =>
            onChange({
              scopeType: event.target.value as CampaignFormValues['scopeType'],
            })
          }
        >
          {SCOPE_TYPES.map(type => (
            <MenuItem key={type.value} value={type.value}>
              {type.label}
            </MenuItem>
          ))}
        </TextField>
      </Grid>
      {values.scopeType === 'filters' ? (
        RESULT_FILTER_NAMES.map(name => (
          <Grid item xs={12} sm={4} key={name}>
            <TextField
              fullWidth
              id={`campaign-scope-${name}`}
              label={FILTER_LABELS[name]}
              value={values.scopeFilters[name]}
              error={Boolean(errors[`scope.filters.${name}`])}
              helperText={
                errors[`scope.filters.${name}`] ??
                (name === 'kind' ? 'Comma-separated' : undefined)
              }
              onChange={event =>
                onChange({
                  scopeFilters: {
                    ...values.scopeFilters,
                    [name]: event.target.value,
                  },
                })
              }
            />
          </Grid>
        ))
      ) : (
        <Grid item xs={12} sm={7}>
          <TextField
            fullWidth
            required
            id="campaign-scope-ref"
            label="Scope entity"
            placeholder={scopeType.placeholder}
            value={values.scopeRef}
            error={Boolean(errors['scope.ref'])}
            helperText={errors['scope.ref'] ?? 'An entity ref'}
            onChange={event => onChange({ scopeRef: event.target.value })}
          />
        </Grid>
      )}
      {errors['scope.filters'] && (
        <Grid item xs={12}>
          <FormHelperText error>
            Filters {errors['scope.filters']}
          </FormHelperText>
        </Grid>
      )}
    </Grid>
  );
};
