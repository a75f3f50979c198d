import { daySorterSchema, type DaySorterData } from '../schemas/day-sorter';
import { loadJson } from '../content/load-json';

export const DAY_SORTER_FILE = 'content/day-sorter/tasks.json';

/** Build-time only: the day's tasks and categories, validated. */
export function loadDaySorter(text?: string): DaySorterData {
  return loadJson(DAY_SORTER_FILE, daySorterSchema, text);
}
