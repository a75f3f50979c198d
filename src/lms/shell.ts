import { findApi, type Edition, type WindowLike } from '../lib/scorm/api';
import {
  READ,
  courseResult,
  displayName,
  exitValue,
  interactionValues,
  isRecordingMode,
  lmsMastery,
  parseBookmark,
  resultValues,
  sessionTime,
} from '../lib/scorm/cmi';
import {
  courseSnapshot,
  mergeSuspend,
  readAttempts,
  readLast,
  suspendState,
  type CourseOutline,
} from '../lib/scorm/records';
import { LmsSession } from '../lib/scorm/session';
import { shellText } from '../lib/scorm/strings';
import { SUSPEND_LIMIT, decodeSuspend, encodeSuspend } from '../lib/scorm/suspend';
import { namespacePrefix, namespacedBackend } from '../lib/state/namespace';
import { PREFIX, type Backend } from '../lib/state/storage';

/** Milliseconds between a change in the records and the commit that sends it. */
const SYNC_DELAY = 300;
/** A safety net for changes whose storage event never arrived. */
const SYNC_INTERVAL = 15_000;

interface Notices {
  show(id: string, text: string, actions?: { label: string; run: () => void }[]): void;
  hide(id: string): void;
}

function noticeArea(container: HTMLElement): Notices {
  const shown = new Map<string, HTMLElement>();
  return {
    show(id, text, actions = []) {
      if (shown.has(id)) return;
      const box = document.createElement('div');
      box.className = 'lms-notice';
      box.dataset.notice = id;
      const p = document.createElement('p');
      p.textContent = text;
      box.append(p);
      for (const action of [...actions, { label: shellText.dismiss, run: () => undefined }]) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'button';
        button.textContent = action.label;
        button.addEventListener('click', () => {
          action.run();
          this.hide(id);
        });
        box.append(button);
      }
      container.append(box);
      shown.set(id, box);
    },
    hide(id) {
      shown.get(id)?.remove();
      shown.delete(id);
    },
  };
}

function memoryBackend(): Backend {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}

function browserStorage(): Backend {
  try {
    const storage = window.localStorage;
    const probe = `${PREFIX}__shell__`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return memoryBackend();
  }
}

/** The page of the course to open first: the bookmark, else the home page. */
function startPage(root: URL, outline: CourseOutline, location: string): URL {
  const mark = parseBookmark(location);
  if (mark && outline.units.some((u) => u.id === mark.unit)) {
    const url = new URL(`units/${mark.unit}/index.html`, root);
    if (mark.section) url.hash = encodeURIComponent(mark.section);
    return url;
  }
  return new URL('index.html', root);
}

export function startShell(doc: Document): void {
  const html = doc.documentElement;
  const edition: Edition = html.dataset.scormEdition === '1.2' ? '1.2' : '2004';
  const packageMastery = html.dataset.mastery ? Number(html.dataset.mastery) : undefined;
  const outline = JSON.parse(doc.querySelector('[data-outline]')?.textContent ?? '{}') as CourseOutline;
  const frame = doc.querySelector<HTMLIFrameElement>('[data-frame]')!;
  const notices = noticeArea(doc.querySelector<HTMLElement>('[data-notices]')!);
  const root = new URL('../', window.location.href);

  const found = findApi(window as unknown as WindowLike, edition);
  if (!found) {
    // No LMS: the course runs as the ordinary site, and says nothing about it.
    frame.src = startPage(root, outline, '').href;
    return;
  }
  const session = new LmsSession(found);
  const opened = session.initialize();
  const ed = session.edition;
  const read = READ[ed];
  const learnerId = opened ? session.get(read.learnerId) : '';
  const mode = opened ? session.get(read.mode) : '';
  const recording = opened && isRecordingMode(mode);
  const namespace = `lms:${learnerId || 'learner'}`;
  const local = browserStorage();
  const backend = namespacedBackend(local, namespace);

  window.csCourseStorage = { namespace, readOnly: !recording && opened };
  const started = Date.now();
  let scheduled: ReturnType<typeof setTimeout> | undefined;

  if (!opened) {
    notices.show('trouble', shellText.trouble);
    window.csCourseLms = { learnerName: '', review: false, changed: () => undefined };
    frame.src = startPage(root, outline, readLastLocation(backend)).href;
    return;
  }

  // The LMS's suspend data wins over this browser's copy; what only the browser has is kept.
  const suspendRaw = session.get(read.suspendData);
  const decoded = decodeSuspend(suspendRaw);
  let holdSuspend = false;
  if (decoded.status === 'ok') {
    mergeSuspend(backend, decoded.state);
  } else if (decoded.status === 'newer') {
    holdSuspend = true;
    notices.show('suspend', shellText.suspendNewer);
  } else if (decoded.status === 'corrupt') {
    backend.setItem(`${PREFIX}backup:lms-suspend-data`, suspendRaw);
    notices.show('suspend', shellText.suspendCorrupt);
    console.warn(`suspend_data: ${decoded.reason}`);
  }

  const mastery = lmsMastery(ed, session.get(read.mastery)) ?? packageMastery;
  const location = session.get(read.location) || readLastLocation(backend);
  let interactions = Number(session.get(read.interactionCount)) || 0;
  /** Attempts already known at launch are not sent again as interactions. */
  const journaled = new Set<string>();
  for (const check of outline.checks) {
    for (const a of readAttempts(backend, `check-${check.unit}`)?.attempts ?? []) journaled.add(a.id);
  }
  const sent = new Map<string, string>();

  window.csCourseLms = {
    learnerName: displayName(session.get(read.learnerName)),
    review: !recording,
    changed: () => sync(),
  };

  if (!recording) notices.show('review', shellText.review);
  const seenKey = `${namespacePrefix(namespace).slice(0, -1)}~notes-notice`;
  if (recording && local.getItem(seenKey) === null) {
    notices.show('notes', shellText.notesLocal, [
      {
        label: shellText.exportNow,
        run: () => {
          const exporter = frame.contentWindow?.csCourseExport;
          if (exporter) void exporter();
          else frame.src = new URL('me/index.html', root).href;
        },
      },
    ]);
    try {
      local.setItem(seenKey, '1');
    } catch {
      // Shown again next time, then.
    }
  }

  /** A commit failed: the next sync commits again even if nothing else changed. */
  let commitOwed = false;

  /**
   * Sets what changed since the last successful set, then commits. `force` commits even
   * when nothing changed (the tab is hidden or closing), so the session time arrives.
   */
  function sync(force = false): void {
    if (scheduled) clearTimeout(scheduled);
    scheduled = undefined;
    if (!session.open || !recording) return;
    let ok = true;
    let changed = commitOwed;
    const set = (element: string, value: string, always = false) => {
      if (!always && sent.get(element) === value) return;
      if (!always) changed = true;
      if (session.set(element, value)) sent.set(element, value);
      else ok = false;
    };
    const result = courseResult(courseSnapshot(backend, outline), mastery);
    for (const [element, value] of resultValues(ed, result)) set(element, value);

    // Each knowledge-check answer of a new attempt as one interaction.
    for (const check of outline.checks) {
      for (const attempt of readAttempts(backend, `check-${check.unit}`)?.attempts ?? []) {
        if (journaled.has(attempt.id) || !ok) continue;
        changed = true;
        let all = true;
        let n = interactions;
        for (const q of check.questions) {
          const response = attempt.answers[q.id];
          if (response === undefined) continue;
          const values = interactionValues(ed, n, {
            id: `check-${check.unit}-${q.id}`,
            response,
            correct: q.answer,
            at: new Date(attempt.at),
            prompt: q.prompt,
          });
          for (const [element, value] of values) {
            if (!session.set(element, value)) all = false;
          }
          n++;
        }
        if (all) {
          journaled.add(attempt.id);
          interactions = n;
        } else ok = false;
      }
    }

    if (!holdSuspend) {
      const encoded = encodeSuspend(suspendState(backend, outline), SUSPEND_LIMIT[ed]);
      if (encoded.fits) set(read.suspendData, encoded.data);
    }
    const [exitElement, exit] = exitValue(ed, result);
    set(exitElement, exit);
    if (!changed && !force) return;
    const [timeElement, time] = sessionTime(ed, Date.now() - started);
    set(timeElement, time, true);
    if (!session.commit()) ok = false;
    commitOwed = !ok;
    if (ok) notices.hide('trouble');
    else {
      // Values that failed, and the commit, are sent again with the next change.
      notices.show('trouble', shellText.trouble);
      console.warn(`LMS: ${session.lastError}`);
    }
  }

  const schedule = () => {
    if (scheduled) clearTimeout(scheduled);
    scheduled = setTimeout(() => sync(), SYNC_DELAY);
  };
  const own = namespacePrefix(namespace);
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key.startsWith(own)) schedule();
  });
  setInterval(() => sync(), SYNC_INTERVAL);
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'hidden') sync(true);
  });
  let finished = false;
  window.addEventListener('pagehide', () => {
    if (finished) return;
    finished = true;
    sync(true);
    session.finish();
  });

  frame.src = startPage(root, outline, location).href;
  if (recording) sync(true);
}

function readLastLocation(backend: Backend): string {
  const last = readLast(backend);
  if (!last) return '';
  return last.section ? `${last.unit}#${last.section}` : last.unit;
}
