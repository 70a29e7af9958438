import { LinkButton } from '@backstage/core-components';
import BuildIcon from '@material-ui/icons/Build';
import { useTemplateLink } from './useTemplateLink';

/** Props of {@link FixWithTemplateButton}. */
export interface FixWithTemplateButtonProps {
  /** The scaffolder template that fixes the check, as an entity ref. */
  templateRef: string;
  /** The entity to fix, passed to the template as `entityRef`. */
  entityRef: string;
  /** What the template fixes, for screen readers: the check's title. */
  checkTitle?: string;
}

/**
 * Opens the scaffolder template that fixes a check, with this entity
 * filled in.
 */
export const FixWithTemplateButton = ({
  templateRef,
  entityRef,
  checkTitle,
}: FixWithTemplateButtonProps) => {
  const link = useTemplateLink(templateRef, entityRef);
  return (
    <LinkButton
      to={link}
      variant="outlined"
      color="primary"
      size="small"
      startIcon={<BuildIcon />}
      title={checkTitle ? `Fix "${checkTitle}" with a template` : undefined}
    >
      Fix with template
    </LinkButton>
  );
};
