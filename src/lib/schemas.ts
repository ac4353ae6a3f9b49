import { z } from 'zod';

const position = z.array(z.number()).min(2);
const ring = z.array(position).min(4, 'En polygonring behöver minst fyra koordinater');
export const polygonGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Ogiltig slug: bara a–z, 0–9 och bindestreck');

/** Every data file carries where it comes from, under which licence, and when it was updated. */
export const fileMeta = z.object({
  title: z.string().min(1),
  source: z.string().min(1),
  licence: z.string().min(1),
  attribution: z.string().min(1),
  updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum ska skrivas ÅÅÅÅ-MM-DD'),
});
export type FileMeta = z.infer<typeof fileMeta>;
