import { describe, expect, it, vi } from 'vitest';
import { inOwnTask } from '../../src/lib/tasks';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('inOwnTask', () => {
  it('runs the work later, each piece in a task of its own and in order', async () => {
    const ran: string[] = [];
    inOwnTask(() => {
      ran.push('a');
      // A microtask queued by one piece runs before the next piece: they are separate tasks.
      queueMicrotask(() => ran.push('after a'));
    });
    inOwnTask(() => ran.push('b'));
    expect(ran).toEqual([]);
    await vi.waitFor(() => expect(ran).toEqual(['a', 'after a', 'b']));
  });

  it('does nothing once cancelled', async () => {
    const work = vi.fn();
    inOwnTask(work)();
    await nextTask();
    await nextTask();
    expect(work).not.toHaveBeenCalled();
  });
});
