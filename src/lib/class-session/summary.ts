import type { Activity, ActivityResult } from './activities';
import { traineeStrings as strings } from './trainee-strings';

/** What a result code carries about the answers, in plain words for the trainee to read first. */
export function describeResult(activity: Activity, result: ActivityResult): string {
  switch (activity.kind) {
    case 'check':
    case 'quiz':
    case 'poll-choice': {
      const answers = result.kind === 'answers' ? result.answers : [];
      if (activity.kind === 'poll-choice') {
        const a = answers[0];
        return `你的选择「${a === undefined ? '' : (activity.questions[0]?.options[a] ?? '')}」`;
      }
      return (
        strings.answersSummary(answers.length) +
        answers.map((a, i) => `第 ${i + 1} 题 ${strings.optionLetter(a)}`).join('、')
      );
    }
    case 'likert':
    case 'choice': {
      const values = result.kind === 'values' ? result.values : [];
      return (
        strings.valuesSummary +
        activity.dimensions
          .map((d, i) => {
            const v = values[i] ?? 0;
            return `${d.label} ${activity.kind === 'likert' ? v.toFixed(1) : v}`;
          })
          .join('、')
      );
    }
    case 'poll-scale':
      return strings.scaleSummary(result.kind === 'answers' ? (result.answers[0] ?? 0) : 0);
    case 'poll-word':
      return strings.wordSummary(result.kind === 'word' ? result.word : '');
  }
}
