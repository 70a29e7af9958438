export {
  ErrorPanelWithRetry,
  type ErrorPanelWithRetryProps,
} from './ErrorPanelWithRetry';
