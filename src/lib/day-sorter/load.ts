import { daySorterSchema, type DaySorterData } from '../schemas/day-sorter';
import { parseContentFile } from '../schemas/parse-file';
import raw from '../../../content/day-sorter/tasks.json?raw';

export const DAY_SORTER_FILE = 'content/day-sorter/tasks.json';

/** Build-time only: the day's tasks and categories, validated. */
export function loadDaySorter(text: string = raw): DaySorterData {
  return parseContentFile(DAY_SORTER_FILE, text, daySorterSchema);
}
