import { z } from 'zod';
import { toolIds, type ToolId } from '@/lib/tools';

/** A fact about a tool, with the public page it comes from. */
const sourcedFact = z
  .object({
    text: z.string().min(10),
    source: z.object({ title: z.string().min(5), url: z.url({ protocol: /^https$/ }) }).strict(),
  })
  .strict();

const profileSchema = z
  .object({ about: z.string().min(10), syncUser: sourcedFact.optional(), settings: sourcedFact.optional() })
  .strict();

/** content/tools.json: one profile per tool, each fact with its source. */
export const toolProfilesSchema = z
  .object(Object.fromEntries(toolIds.map((id) => [id, profileSchema])) as Record<ToolId, typeof profileSchema>)
  .strict();

export type ToolProfile = z.infer<typeof profileSchema>;
export type ToolProfiles = Record<ToolId, ToolProfile>;
export type SourcedFact = z.infer<typeof sourcedFact>;
