import { removeById, restoreRemoved, uniqueName, updateById, type Removed } from '../self-exercises/list-ops';
import { newId } from '../ids';
import type { Circle, GoldenCircleDoc, Ring } from './record';
import { strings } from './strings';

/** The worked example a trainer keeps in content/golden-circle/example.json. */
export interface CircleExample {
  name: string;
  why: string;
  how: string;
  what: string;
}

/** The circle on screen: the active one, or the first when the active one is gone. */
export function activeCircle(doc: GoldenCircleDoc): Circle | undefined {
  return doc.circles.find((c) => c.id === doc.activeId) ?? doc.circles[0];
}

/** Shows circle `id`. */
export function selectCircle(doc: GoldenCircleDoc, id: string): GoldenCircleDoc {
  return doc.circles.some((c) => c.id === id) ? { ...doc, activeId: id } : doc;
}

/** Adds an empty circle with a fresh name and shows it. */
export function addCircle(doc: GoldenCircleDoc, id: string = newId('gc')): GoldenCircleDoc {
  const name = uniqueName(
    strings.newName,
    doc.circles.map((c) => c.name),
  );
  return { circles: [...doc.circles, { id, name, why: '', how: '', what: '' }], activeId: id };
}

/** Adds a copy of circle `source` right after it (the copy is the learner's own, not an example). */
export function duplicateCircle(
  doc: GoldenCircleDoc,
  source: string,
  id: string = newId('gc'),
): GoldenCircleDoc {
  const index = doc.circles.findIndex((c) => c.id === source);
  if (index < 0) return doc;
  const original = doc.circles[index]!;
  const name = uniqueName(
    `${original.name || strings.untitled} ${strings.copySuffix}`,
    doc.circles.map((c) => c.name),
  );
  const copy: Circle = { id, name, why: original.why, how: original.how, what: original.what };
  const circles = [...doc.circles];
  circles.splice(index + 1, 0, copy);
  return { circles, activeId: id };
}

/** Renames circle `id`; the name is kept exactly as typed. */
export function renameCircle(doc: GoldenCircleDoc, id: string, name: string): GoldenCircleDoc {
  return { ...doc, circles: updateById(doc.circles, id, (c) => ({ ...c, name })) };
}

/** Sets the text of one ring of circle `id`. */
export function setRing(doc: GoldenCircleDoc, id: string, ring: Ring, text: string): GoldenCircleDoc {
  return { ...doc, circles: updateById(doc.circles, id, (c) => ({ ...c, [ring]: text })) };
}

/** Removes circle `id`, showing its neighbour; returns what an undo needs. */
export function deleteCircle(
  doc: GoldenCircleDoc,
  id: string,
): { doc: GoldenCircleDoc; removed?: Removed<Circle> } {
  const { list, removed } = removeById(doc.circles, id);
  if (!removed) return { doc };
  const neighbour = list[Math.min(removed.index, list.length - 1)];
  const activeId = doc.activeId === id ? (neighbour?.id ?? '') : doc.activeId;
  return { doc: { circles: list, activeId }, removed };
}

/** Puts a deleted circle back where it was and shows it. */
export function restoreCircle(doc: GoldenCircleDoc, removed: Removed<Circle>): GoldenCircleDoc {
  return { circles: restoreRemoved(doc.circles, removed), activeId: removed.item.id };
}

/** Adds the course's worked example as a circle marked 示例, and shows it. */
export function addExample(
  doc: GoldenCircleDoc,
  example: CircleExample,
  id: string = newId('gc'),
): GoldenCircleDoc {
  const name = uniqueName(
    `${strings.examplePrefix}${example.name}`,
    doc.circles.map((c) => c.name),
  );
  const circle: Circle = { id, name, why: example.why, how: example.how, what: example.what, example: true };
  return { circles: [...doc.circles, circle], activeId: id };
}
