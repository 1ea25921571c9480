import { z } from 'zod';
import { categoryIds } from '@/lib/categories';
import { toolIds } from '@/lib/tools';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idPattern = slugPattern;

const setupSchema = z.object({
  id: z.string().regex(idPattern, 'must be kebab-case'),
  label: z.string().min(1),
});

/** A public page an article rests on; without a URL it must say why a reader cannot open it. */
const sourceSchema = z
  .object({
    id: z.string().regex(idPattern, 'must be kebab-case'),
    title: z.string().min(1),
    url: z.url({ protocol: /^https$/, error: 'must be an https URL' }).optional(),
    offline: z.literal(true).optional(),
    reason: z.string().min(10).optional(),
  })
  .strict()
  .refine((source) => source.url !== undefined || (source.offline === true && source.reason !== undefined), {
    message: 'needs a url, or offline: true with a reason',
  });

/** An error text as a reader may see it, with where it was seen and whether these are its exact words. */
const errorMessageSchema = z
  .object({
    text: z.string().min(5),
    source: z.string().regex(idPattern, 'must name an entry of sources'),
    verbatim: z.boolean(),
  })
  .strict();

/** Frontmatter every article in content/errors must declare. */
export const frontmatterSchema = z
  .object({
    title: z.string().min(5).max(90),
    summary: z
      .string()
      .min(20)
      .max(200)
      .refine((text) => /[.!?]$/.test(text.trim()), 'must be one sentence ending with a full stop'),
    category: z.enum(categoryIds),
    errorMessages: z.array(errorMessageSchema).min(1),
    aliases: z.array(z.string().min(3)).default([]),
    appliesTo: z.object({
      tools: z.array(z.enum(toolIds)).min(1),
      setups: z.array(z.enum(['single-entity', 'multi-entity'])).min(1),
    }),
    setups: z.array(setupSchema).optional(),
    /** The error is a wrapper that surrounds other errors (e.g. "the transaction was rolled back"). */
    generic: z.boolean().default(false),
    related: z.array(z.string().regex(slugPattern, 'must be an article slug')).default([]),
    sources: z.array(sourceSchema).min(1),
    updated: z.iso.date(),
    reviewed: z.iso.date(),
  })
  .strict();

export type Frontmatter = z.infer<typeof frontmatterSchema>;
export type SetupOption = z.infer<typeof setupSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type ErrorMessage = z.infer<typeof errorMessageSchema>;
