import { sv, type Messages } from './sv';

// One language until the language switch lands; components read copy only through this hook so
// adding English is a change here, not in every component.
export function useMessages(): Messages {
  return sv;
}
