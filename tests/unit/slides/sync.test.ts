import { describe, expect, it } from 'vitest';
import { channelName, readMessage, receive, type DeckState } from '../../../src/lib/slides/sync';

const at = (index: number, startedAt: number | null = null, blank = false): DeckState => ({
  index,
  blank,
  startedAt,
});

describe('messages between the audience and speaker windows', () => {
  it('gives each unit of each copy of the site its own channel', () => {
    expect(channelName('/', 'swot')).not.toBe(channelName('/', 'goals'));
    expect(channelName('/', 'swot')).not.toBe(channelName('/x/', 'swot'));
  });

  it.each([
    [
      { type: 'go', from: 'speaker', index: 3 },
      { type: 'go', from: 'speaker', index: 3 },
    ],
    [
      { type: 'blank', from: 'speaker', on: true },
      { type: 'blank', from: 'speaker', on: true },
    ],
    [
      { type: 'bye', from: 'audience' },
      { type: 'bye', from: 'audience' },
    ],
    [
      { type: 'state', from: 'audience', index: 2, blank: false, startedAt: null },
      { type: 'state', from: 'audience', index: 2, blank: false, startedAt: null, ask: false },
    ],
  ])('reads %j', (data, expected) => {
    expect(readMessage(data)).toEqual(expected);
  });

  it.each([
    null,
    'go',
    { type: 'go', from: 'speaker', index: -1 },
    { type: 'go', from: 'speaker', index: 1.5 },
    { type: 'go', from: 'someone', index: 1 },
    { type: 'state', from: 'audience', index: 1, blank: 'no', startedAt: null },
    { type: 'timer', from: 'speaker', startedAt: 'now' },
    { type: 'dance', from: 'speaker' },
  ])('ignores the malformed message %j', (data) => {
    expect(readMessage(data)).toBeNull();
  });
});

describe('the speaker window', () => {
  it('follows the slide and the black screen of the audience window', () => {
    const { state, peer } = receive(
      'speaker',
      at(0, 5),
      { type: 'state', from: 'audience', index: 4, blank: true, startedAt: 5 },
      10,
    );
    expect(state).toEqual({ index: 4, blank: true, startedAt: 5 });
    expect(peer).toBe(true);
  });

  it('keeps the clock that started first and tells the audience window about it', () => {
    const { state, reply } = receive(
      'speaker',
      at(0, 100),
      { type: 'state', from: 'audience', index: 1, blank: false, startedAt: null },
      10,
    );
    expect(state.startedAt).toBe(100);
    expect(reply).toEqual({ type: 'state', from: 'speaker', index: 1, blank: false, startedAt: 100 });
  });

  it('adopts an earlier clock from the audience window without answering', () => {
    const { state, reply } = receive(
      'speaker',
      at(0, 900),
      { type: 'state', from: 'audience', index: 1, blank: false, startedAt: 100 },
      10,
    );
    expect(state.startedAt).toBe(100);
    expect(reply).toBeUndefined();
  });

  it('notices when the audience window closes and keeps its own state', () => {
    const { state, peer } = receive('speaker', at(3, 100), { type: 'bye', from: 'audience' }, 10);
    expect(state).toEqual(at(3, 100));
    expect(peer).toBe(false);
  });

  it('clamps a slide index from a deck of another length', () => {
    expect(
      receive(
        'speaker',
        at(0),
        { type: 'state', from: 'audience', index: 40, blank: false, startedAt: null },
        10,
      ).state.index,
    ).toBe(9);
  });
});

describe('the audience window', () => {
  it('moves when the speaker window asks', () => {
    expect(receive('audience', at(2), { type: 'go', from: 'speaker', index: 5 }, 10).state.index).toBe(5);
  });

  it('blanks and restores when the speaker window asks', () => {
    const blanked = receive('audience', at(2), { type: 'blank', from: 'speaker', on: true }, 10).state;
    expect(blanked.blank).toBe(true);
    expect(receive('audience', blanked, { type: 'blank', from: 'speaker', on: false }, 10).state.blank).toBe(
      false,
    );
  });

  it('keeps its own slide when a speaker window opens, and answers it', () => {
    const { state, reply } = receive(
      'audience',
      at(6),
      { type: 'state', from: 'speaker', index: 0, blank: false, startedAt: 100, ask: true },
      10,
    );
    expect(state).toEqual(at(6, 100));
    expect(reply).toEqual({ type: 'state', from: 'audience', index: 6, blank: false, startedAt: 100 });
  });

  it('restarts the clock when told to', () => {
    expect(
      receive('audience', at(1, 100), { type: 'timer', from: 'speaker', startedAt: 5000 }, 10).state
        .startedAt,
    ).toBe(5000);
  });

  it('ignores messages from another audience window', () => {
    const state = at(1);
    expect(receive('audience', state, { type: 'go', from: 'audience', index: 5 }, 10)).toEqual({ state });
  });

  it('does not answer a plain state message that changes nothing, so the windows never ping-pong', () => {
    const { reply } = receive(
      'audience',
      at(1, 100),
      { type: 'state', from: 'speaker', index: 1, blank: false, startedAt: 100 },
      10,
    );
    expect(reply).toBeUndefined();
  });
});
