import { getCollection } from 'astro:content';

/** The knowledge check of a unit (content/checks/<id>.json), shown as the deck's last slide. Build time only. */
export async function loadCheck(unitId: string) {
  const check = (await getCollection('checks')).find((c) => c.data.unit === unitId || c.id === unitId);
  return check?.data;
}
