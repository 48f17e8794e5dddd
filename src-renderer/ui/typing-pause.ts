import { useEffect, useRef } from 'react';

/**
 * How long typing pauses before a search asks the core. Short: the core answers a search of
 * 50 000 people in a few milliseconds, and an older answer never replaces a newer one
 * (api/latest.ts), so a key or two answered on the way costs nothing a clerk sees — what
 * they feel is the time after their last key (issue 13: under 150 ms).
 */
export const SEARCH_PAUSE_MS = 60;

/**
 * Calls `search(text)` once `text` has stayed the same for SEARCH_PAUSE_MS — at once when it
 * was emptied — while `active`. The latest `search` is called, so it may be a new function at
 * each render.
 */
export function useSearchWhenTypingPauses(
  text: string,
  search: (text: string) => void,
  active = true,
): void {
  const latestSearch = useRef(search);
  useEffect(() => {
    latestSearch.current = search;
  });
  useEffect(() => {
    if (!active) return;
    const timer = window.setTimeout(() => latestSearch.current(text), text ? SEARCH_PAUSE_MS : 0);
    return () => window.clearTimeout(timer);
  }, [text, active]);
}
