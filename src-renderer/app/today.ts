import { todayIso } from '../../src-main/domain/dates';
import { useFeature } from './stores';

/**
 * Today as the core sees it (its one clock, which tests and demos may fix). The computer's
 * own date is only a stand-in for the moment before the session has loaded.
 */
export function useToday(): string {
  return useFeature('session', (s) => s.session?.today) ?? todayIso();
}
