// The behaviour of StorageNotices.astro, loaded with the page's other behaviours from one script
// (src/layouts/page-scripts.ts); the deck pages import it themselves.
import { storage, notices, dismissNotice } from '../lib/state';
import { dismiss, exportNow } from '../lib/ui-strings';
import { keepRecords } from '../lib/backup/persist';

/** Export code loads only when a learner asks for it, keeping every page light. */
const exportRecords = async () => (await import('../lib/state/session')).exportRecords();

function button(label: string, onClick: () => void, primary = false): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = primary ? 'button primary' : 'button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

function notice(text: string, actions: HTMLButtonElement[], urgent: boolean): HTMLElement {
  const box = document.createElement('div');
  box.className = 'notice';
  box.setAttribute('role', urgent ? 'alert' : 'status');
  const p = document.createElement('p');
  p.textContent = text;
  const row = document.createElement('div');
  row.className = 'actions';
  row.append(...actions);
  box.append(p, row);
  return box;
}

class StorageNotices extends HTMLElement {
  connectedCallback() {
    const region = this.querySelector<HTMLElement>('[data-notices]')!;
    let shown = 0;
    const render = async () => {
      const health = storage.health.get();
      const list = notices.get();
      const turn = ++shown;
      if (health.mode === 'local' && !list.length) {
        region.replaceChildren();
        return;
      }
      // The words load only on a page with something to say: most pages never need them.
      const { noticeMessages, noticeText } = await import('../lib/state/notice-messages');
      if (turn !== shown) return;
      const items: HTMLElement[] = [];
      if (health.mode === 'session') {
        items.push(
          notice(noticeMessages.storageSession, [button(exportNow, () => void exportRecords(), true)], true),
        );
      }
      if (health.mode === 'memory') {
        const text =
          health.fault === 'quota'
            ? noticeMessages.storageQuota
            : health.fault === 'error'
              ? noticeMessages.storageError
              : noticeMessages.storageUnavailable;
        items.push(notice(text, [button(exportNow, () => void exportRecords(), true)], true));
      }
      for (const n of list) {
        items.push(
          notice(
            noticeText(n),
            [button(exportNow, () => void exportRecords()), button(dismiss, () => dismissNotice(n.id))],
            false,
          ),
        );
      }
      region.replaceChildren(...items);
    };
    storage.health.subscribe(() => void render());
    notices.subscribe(() => void render());
    // Once the learner has work saved, ask the browser to keep it (我的学习 shows the answer).
    void keepRecords(storage);
  }
}

customElements.define('storage-notices', StorageNotices);
