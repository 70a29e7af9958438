export { NumberedList } from './NumberedList';
export type { NumberedListItem, NumberedListProps } from './NumberedList';
