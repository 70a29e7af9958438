export {
  FixWithTemplateButton,
  type FixWithTemplateButtonProps,
} from './FixWithTemplateButton';
export { useTemplateLink } from './useTemplateLink';
