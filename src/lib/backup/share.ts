import { downloadText } from '../download';

/** How a file left the page: the system share sheet, a download, or the learner closed the sheet. */
export type SaveOutcome = 'shared' | 'downloaded' | 'cancelled';

/** A phone or tablet: the share sheet is where files go there (WeChat, mail, a drive). */
function isHandheld(): boolean {
  return globalThis.matchMedia?.('(pointer: coarse) and (hover: none)').matches ?? false;
}

/**
 * The files to offer the share sheet, best first: the `.json` as it is, then the same text
 * as `.txt` (Chrome on Android shares only some file types, and JSON is not among them;
 * the import takes either).
 */
function shareCandidates(fileName: string, text: string, mime: string): File[] {
  return [
    new File([text], fileName, { type: mime }),
    new File([text], fileName.replace(/\.json$/, '.txt'), { type: 'text/plain' }),
  ];
}

/**
 * On phones, hands the file to the system share sheet (Web Share with a file); elsewhere,
 * or when sharing is not possible or fails, downloads it. Call from a click.
 */
export async function shareOrDownload(fileName: string, text: string, mime: string): Promise<SaveOutcome> {
  const nav = globalThis.navigator;
  if (isHandheld() && nav?.canShare && nav.share) {
    const file = shareCandidates(fileName, text, mime).find((f) => nav.canShare({ files: [f] }));
    if (file) {
      try {
        await nav.share({ files: [file], title: fileName });
        return 'shared';
      } catch (error) {
        if ((error as { name?: string }).name === 'AbortError') return 'cancelled';
        // Any other refusal: the download below still saves the file.
      }
    }
  }
  downloadText(fileName, text, mime);
  return 'downloaded';
}
