/** The BroadcastChannel between the audience and speaker windows of one unit. */
import { readMessage, type DeckMessage, type Role } from '../../lib/slides/sync';

export interface DeckChannel {
  post(message: DeckMessage): void;
}

/**
 * Opens the unit's channel and passes well-formed messages from the other window to
 * `onMessage`. Says goodbye when the page goes away, so the other window knows. Where
 * BroadcastChannel does not exist, the window simply works alone.
 */
export function openDeckChannel(
  name: string,
  role: Role,
  onMessage: (message: DeckMessage) => void,
): DeckChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined };
  const channel = new BroadcastChannel(name);
  const listen = (event: MessageEvent) => {
    const message = readMessage(event.data);
    if (message && message.from !== role) onMessage(message);
  };
  channel.addEventListener('message', listen);
  const post = (message: DeckMessage) => {
    try {
      channel.postMessage(message);
    } catch {
      // A closed channel (page being unloaded) has nobody to tell.
    }
  };
  window.addEventListener('pagehide', () => post({ type: 'bye', from: role }));
  return { post };
}
