import type { Assessment, Band, Dimension } from './types';

/**
 * An assessment as 我的学习's overview first needs it: what lists attempts and scores
 * them (ids, kinds, scales, which item counts for which dimension, reversed items, correct
 * answers, dimension and band labels), without the reading text (intros, item wording,
 * option labels, explanations, advice, band texts, lecture links). The overview's island
 * props carry this; a result or a comparison, once opened, reads the full data
 * (`/assessment-data.json`, src/pages/assessment-data.json.ts).
 *
 * Scoring a light assessment gives exactly what scoring the full one gives: a unit test
 * holds that for every assessment and knowledge check.
 */
/**
 * The light form packed for island props: tuples instead of objects and no empty fields,
 * so a year of course data costs a few kilobytes of HTML. `unpackAssessment` restores it.
 */
export interface PackedAssessment {
  k: Assessment['kind'];
  id: string;
  t: string;
  u: string;
  /** Dimensions: id, label. */
  d: [string, string][];
  /** Bands and dimension bands: lower bound, label. */
  b: [number, string][];
  db: [number, string][];
  /** Shuffle items, shuffle options (1 or 0). */
  sh: [number, number];
  /** A likert scale: value, label. */
  s?: [number, string][];
  /**
   * Items: likert `[id, dimension, reverse]`; choice `[id, dimensions]`; quiz
   * `[id, answer, dimensions]` ('' for an option without one).
   */
  i: (string | number | string[])[][];
}

export function packAssessment(a: Assessment): PackedAssessment {
  const packed: PackedAssessment = {
    k: a.kind,
    id: a.id,
    t: a.title,
    u: a.unit,
    d: a.dimensions.map((d) => [d.id, d.label]),
    b: a.bands.map((b) => [b.min, b.label]),
    db: a.dimensionBands.map((b) => [b.min, b.label]),
    sh: [Number(a.shuffle.items), Number(a.shuffle.options)],
    i: [],
  };
  if (a.kind === 'likert') {
    packed.s = a.scale.map((s) => [s.value, s.label]);
    packed.i = a.items.map((i) => [i.id, i.dimension, Number(i.reverse)]);
  } else if (a.kind === 'choice') {
    packed.i = a.items.map((i) => [i.id, i.options.map((o) => o.dimension)]);
  } else {
    packed.i = a.items.map((i) => [i.id, i.answer, i.options.map((o) => o.dimension ?? '')]);
  }
  return packed;
}

export function unpackAssessment(p: PackedAssessment): Assessment {
  const band = ([min, label]: [number, string]): Band => ({ min, label, text: '', links: [] });
  const dimension = ([id, label]: [string, string]): Dimension => ({
    id,
    label,
    description: '',
    advice: [],
    links: [],
  });
  const common = {
    id: p.id,
    title: p.t,
    unit: p.u,
    intro: [],
    dimensions: p.d.map(dimension),
    bands: p.b.map(band),
    dimensionBands: p.db.map(band),
    shuffle: { items: p.sh[0] === 1, options: p.sh[1] === 1 },
  };
  const str = (v: unknown) => String(v);
  const list = (v: unknown) => (Array.isArray(v) ? v.map(str) : []);
  switch (p.k) {
    case 'likert':
      return {
        ...common,
        kind: 'likert',
        scale: (p.s ?? []).map(([value, label]) => ({ value, label })),
        items: p.i.map(([id, dim, reverse]) => ({
          id: str(id),
          text: '',
          dimension: str(dim),
          reverse: reverse === 1,
        })),
      };
    case 'choice':
      return {
        ...common,
        kind: 'choice',
        items: p.i.map(([id, dims]) => ({
          id: str(id),
          text: '',
          options: list(dims).map((dimension) => ({ label: '', dimension })),
        })),
      };
    case 'quiz':
      return {
        ...common,
        kind: 'quiz',
        items: p.i.map(([id, answer, dims]) => ({
          id: str(id),
          text: '',
          options: list(dims).map((dimension) => ({ label: '', dimension: dimension || undefined })),
          answer: Number(answer),
          explanation: '',
        })),
      };
  }
}

/** The light form of an assessment (what the overview's island works from). */
export const lightAssessment = (a: Assessment): Assessment => unpackAssessment(packAssessment(a));

/** The full assessments, fetched once per page from the build's data file. */
export function assessmentDetails(url: string): (id: string) => Promise<Assessment> {
  let all: Promise<Map<string, Assessment>> | undefined;
  return async (id) => {
    all ??= fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<Assessment[]>;
      })
      .then((list) => new Map(list.map((a) => [a.id, a])))
      .catch((error: unknown) => {
        all = undefined;
        throw error;
      });
    const found = (await all).get(id);
    if (!found) throw new Error(`no assessment ${id}`);
    return found;
  };
}
