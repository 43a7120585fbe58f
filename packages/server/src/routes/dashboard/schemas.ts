/** Wire schemas of the dashboard: the data state and the work waiting; a part the role may not read is null. */
import { z } from '@hono/zod-openapi';
import { ControlVersionSchema } from '../controls/schemas';
import { RegulationVersionSchema } from '../regulations/schemas';

const TallySchema = z
  .object({
    count: z.number().int(),
    capped: z.boolean().openapi({ description: 'The count stopped at the limit; the true number may be higher' }),
  })
  .openapi('DashboardTally');

const ListStateSchema = z
  .object({
    list: z.string(),
    title: z.string(),
    publisher: z.string(),
    publishedAt: z.string().nullable(),
    importedAt: z.string(),
    entryCount: z.number().int(),
    ageDays: z.number().int().nullable().openapi({ description: 'Days since publication; null when unknown' }),
    stale: z.string().nullable().openapi({ description: 'Why screening refuses this version as too old' }),
  })
  .openapi('DashboardList');

export const DashboardSchema = z
  .object({
    asOf: z.string(),
    lists: z.union([
      z.object({
        maxAgeDays: z.number().int().openapi({ description: 'DUALUSE_LIST_MAX_AGE_DAYS; 0 turns the check off' }),
        current: z.array(ListStateSchema),
      }),
      z.null(),
    ]),
    controls: z.union([z.array(ControlVersionSchema), z.null()]),
    regulations: z.union([RegulationVersionSchema, z.literal('none'), z.null()]),
    work: z.object({
      openHits: z.union([TallySchema, z.null()]),
      openAlerts: z.union([TallySchema, z.null()]),
      openCases: z.union([TallySchema, z.null()]),
      applications: z.union([z.object({ sent: TallySchema, received: TallySchema }), z.null()]),
      devices: z.union([z.object({ total: z.number().int(), silent: z.number().int() }), z.null()]),
    }),
  })
  .openapi('Dashboard');
