import { z } from 'zod';
import { categoryIds } from '@/lib/categories';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idPattern = slugPattern;

const setupSchema = z.object({
  id: z.string().regex(idPattern, 'must be kebab-case'),
  label: z.string().min(1),
});

const sourceSchema = z.object({
  title: z.string().min(1),
  url: z.url().optional(),
});

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
    errorMessages: z.array(z.string().min(5)).min(1),
    aliases: z.array(z.string().min(3)).default([]),
    appliesTo: z.object({
      integrations: z.array(z.string().min(1)).min(1),
      setups: z.array(z.enum(['single-entity', 'multi-entity'])).min(1),
    }),
    setups: z.array(setupSchema).optional(),
    related: z.array(z.string().regex(slugPattern, 'must be an article slug')).default([]),
    sources: z.array(sourceSchema).min(1),
    updated: z.iso.date(),
  })
  .strict();

export type Frontmatter = z.infer<typeof frontmatterSchema>;
export type SetupOption = z.infer<typeof setupSchema>;
export type Source = z.infer<typeof sourceSchema>;
