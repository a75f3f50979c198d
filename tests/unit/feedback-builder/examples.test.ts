import { describe, expect, it } from 'vitest';
import { FEEDBACK_EXAMPLES_FILE, loadFeedbackExamples } from '../../../src/lib/feedback-builder/load';
import { blankFeedback } from '../../../src/lib/feedback-builder/model';
import { checkFeedback } from '../../../src/lib/feedback-builder/checks';

describe('the shipped feedback examples', () => {
  const examples = loadFeedbackExamples();

  it.each(examples.map((e) => [e.title, e] as const))(
    '%s is marked 示例 and passes its own self-check',
    (title, example) => {
      expect(title).toMatch(/^示例/);
      const draft = {
        ...blankFeedback(example.kind),
        advanced: example.advanced,
        recipient: example.recipient,
        fields: { ...blankFeedback().fields, ...example.fields },
      };
      expect(checkFeedback(draft)).toEqual([]);
    },
  );

  it.each([
    ['only one kind', JSON.stringify(examples.filter((e) => e.kind === 'positive')), '各一个示例'],
    ['an unknown kind', JSON.stringify(examples.map((e) => ({ ...e, kind: 'praise' }))), '字段 0.kind'],
    [
      'a field that is not text',
      JSON.stringify(examples.map((e, i) => (i ? e : { ...e, fields: { ...e.fields, impact: 3 } }))),
      '字段 0.fields.impact',
    ],
  ])('stops the build on %s, naming the file and field', (_, text, message) => {
    expect(() => loadFeedbackExamples(text)).toThrow(FEEDBACK_EXAMPLES_FILE);
    expect(() => loadFeedbackExamples(text)).toThrow(message);
  });
});
