import type { Activity } from './activities';

/** The parts of a poll (src/lib/schemas/poll.ts) an activity needs. */
export interface PollLike {
  id: string;
  kind: 'choice' | 'scale' | 'word';
  question: string;
  options?: string[] | undefined;
  ends?: [string, string] | undefined;
}

/** A poll as an activity. */
export function pollActivity(poll: PollLike): Activity {
  if (poll.kind === 'choice')
    return {
      kind: 'poll-choice',
      id: poll.id,
      title: poll.question,
      questions: [{ id: poll.id, prompt: poll.question, options: poll.options ?? [] }],
    };
  if (poll.kind === 'scale')
    return {
      kind: 'poll-scale',
      id: poll.id,
      title: poll.question,
      prompt: poll.question,
      ends: poll.ends ?? ['1', '5'],
    };
  return { kind: 'poll-word', id: poll.id, title: poll.question, prompt: poll.question };
}
