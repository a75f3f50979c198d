import type { AddOutcome } from './aggregate';
import type { RejectReason } from './code';
import type { PasteReading } from './find';
import { strings } from './strings';

/** What the collector tells the trainer after a paste or a scan: what was taken, what was refused and why. */
export interface CollectReport {
  /** One sentence on what changed (or why nothing could be read). */
  headline: string;
  /** One line per reason codes were refused, with its count. */
  refused: string[];
  /** True when the paste itself could not be read. */
  problem: boolean;
}

export function collectReport(
  outcome: Pick<AddOutcome, 'added' | 'replaced' | 'duplicates'> | undefined,
  rejected: PasteReading['rejected'],
  problem?: PasteReading['problem'],
): CollectReport {
  const refused = (Object.entries(rejected) as [RejectReason, number][])
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => `${strings.reasons[reason]}：${n} 个`);
  const headline =
    problem === 'empty'
      ? strings.pasteEmpty
      : problem === 'too-large'
        ? strings.pasteTooLarge
        : problem === 'none-found'
          ? strings.pasteNone
          : strings.outcome(outcome?.added ?? 0, outcome?.replaced ?? 0, outcome?.duplicates ?? 0);
  return { headline, refused, problem: !!problem };
}
