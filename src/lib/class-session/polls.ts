/** Build-time only: the course's polls (content/polls/polls.json), validated, as activities. */
import { pollsFileSchema, type Poll } from '../schemas/poll';
import { loadJson } from '../content/load-json';
import type { Activity } from './activities';
import { pollActivity } from './poll-activity';

export const POLLS_FILE = 'content/polls/polls.json';

let loaded: Poll[] | undefined;

export function loadPolls(text?: string): Poll[] {
  if (text !== undefined) return loadJson(POLLS_FILE, pollsFileSchema, text).polls;
  loaded ??= loadJson(POLLS_FILE, pollsFileSchema).polls;
  return loaded;
}

/** One poll by id; an unknown id stops the build with the file named. */
export function loadPoll(id: string): Poll {
  const poll = loadPolls().find((p) => p.id === id);
  if (!poll) throw new Error(`${POLLS_FILE} 里没有 id 为「${id}」的投票（<Poll id="${id}" />）`);
  return poll;
}

export const unitPolls = (unit: string): Activity[] =>
  loadPolls()
    .filter((p) => p.unit === unit)
    .map(pollActivity);
