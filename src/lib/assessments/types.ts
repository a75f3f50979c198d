/**
 * The shape the assessment islands work with: what `normaliseAssessment` makes of a data
 * file in content/assessments/. Plain types, so islands never load a schema library.
 */

/** A link to a section of a lecture; the island builds the href with `sectionHref`. */
export interface LectureLink {
  /** Unit id (lecture file name without `.mdx`). */
  unit: string;
  /** Heading id of the section on the unit's page; absent links to the unit itself. */
  section?: string | undefined;
  /** Link text. */
  label: string;
}

/** A score band: applies from `min` (inclusive) up to the next band's `min`. */
export interface Band {
  min: number;
  /** Short name, e.g. 用心的倾听者. */
  label: string;
  /** What a score in this band means. */
  text: string;
  /** Lecture sections worth rereading for this band. */
  links: LectureLink[];
}

/** A dimension the items are scored on: a listening skill, a conflict mode, a service gap. */
export interface Dimension {
  id: string;
  label: string;
  /** What the dimension is. */
  description: string;
  /** How to improve (self-tests), when it fits (profiles) or the remedies (gap quiz). */
  advice: string[];
  /** The risk of leaning on it too much (profiles). */
  caution?: string | undefined;
  links: LectureLink[];
}

/** One point of a rating scale. */
export interface ScaleOption {
  value: number;
  label: string;
}

/** A statement rated on the scale; reverse items describe a bad habit. */
export interface LikertItem {
  id: string;
  text: string;
  dimension: string;
  reverse: boolean;
  /** The statement about someone else (他/她……), when a colleague rates the learner. */
  other?: string | undefined;
}

/** A forced choice between statements, each counting towards one dimension. */
export interface ChoiceItem {
  id: string;
  text: string;
  options: { label: string; dimension: string }[];
}

/** A question with one right option and an explanation shown after answering. */
export interface QuizItem {
  id: string;
  text: string;
  /** Options in their data order; answers are stored as indexes into this list. */
  options: { label: string; dimension?: string | undefined }[];
  /** Index of the right option. */
  answer: number;
  explanation: string;
}

interface Common {
  id: string;
  title: string;
  /** The unit the assessment belongs to. */
  unit: string;
  /** Paragraphs shown before the first item. */
  intro: string[];
  dimensions: Dimension[];
  /** Bands on the total score; empty when a total means nothing (profiles). */
  bands: Band[];
  /** Bands on each dimension's value (mean, count or percentage, see `dimensionValue`). */
  dimensionBands: Band[];
  /** Whether each attempt shows items, and each item's options, in a new order. */
  shuffle: { items: boolean; options: boolean };
}

export interface LikertAssessment extends Common {
  kind: 'likert';
  scale: ScaleOption[];
  items: LikertItem[];
  /** Intro for a colleague rating the learner; present when every item has `other` wording. */
  otherIntro?: string[] | undefined;
}

export interface ChoiceAssessment extends Common {
  kind: 'choice';
  items: ChoiceItem[];
}

export interface QuizAssessment extends Common {
  kind: 'quiz';
  items: QuizItem[];
}

export type Assessment = LikertAssessment | ChoiceAssessment | QuizAssessment;
export type AssessmentItem = Assessment['items'][number];

/** Answer per item id: a scale value (likert) or an option index in data order. */
export type Answers = Record<string, number>;
