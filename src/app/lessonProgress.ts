/**
 * The lesson's "done" marks survive a reload: a step's checkpoint, once passed in this browser,
 * stays ticked (the live checks start from nothing on every build). Kept in localStorage under
 * one key; storage that is blocked or holds garbage counts as "nothing done" and never throws.
 */
import { useEffect, useMemo, useState } from 'react';

export type StepMarks = Record<1 | 2 | 3, boolean>;

export const PROGRESS_KEY = 'backprop-playground.lesson-done';

/** Steps recorded as done, from a stored value (a JSON array of step numbers); anything else is none. */
export function parseProgress(raw: string | null): StepMarks {
  const marks: StepMarks = { 1: false, 2: false, 3: false };
  if (raw === null) return marks;
  try {
    const list: unknown = JSON.parse(raw);
    if (Array.isArray(list)) for (const n of list as unknown[]) if (n === 1 || n === 2 || n === 3) marks[n] = true;
  } catch {
    // A hand-edited or foreign value: start over rather than fail.
  }
  return marks;
}

export function formatProgress(marks: StepMarks): string {
  return JSON.stringify(([1, 2, 3] as const).filter((n) => marks[n]));
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // some privacy settings throw on access
  }
}

/** The live marks OR the ones kept from earlier visits; newly passed steps are written back. */
export function useLessonProgress(live: StepMarks): StepMarks {
  const [kept, setKept] = useState<StepMarks>(() => parseProgress(storage()?.getItem(PROGRESS_KEY) ?? null));
  const merged = useMemo<StepMarks>(() => ({ 1: kept[1] || live[1], 2: kept[2] || live[2], 3: kept[3] || live[3] }), [kept, live]);
  useEffect(() => {
    if (merged[1] === kept[1] && merged[2] === kept[2] && merged[3] === kept[3]) return;
    setKept(merged);
    try {
      storage()?.setItem(PROGRESS_KEY, formatProgress(merged));
    } catch {
      // Full or blocked storage: the marks still show for this visit.
    }
  }, [merged, kept]);
  return merged;
}
