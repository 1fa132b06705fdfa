import { z } from 'zod';

/** locales/languages.yaml: the languages offered, their scripts and fallback order. */
export const languagesSchema = z.strictObject({
  source: z.string(),
  default: z.string(),
  /**
   * Languages the language question is asked in when a first message says nothing about the
   * person's language (a lone emoji): the deployment's likeliest, best first, at most three.
   */
  ask_in: z.array(z.string()).max(3).default([]),
  languages: z
    .array(
      z.strictObject({
        code: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)?$/),
        /** The language's own name, shown in the language menu. */
        name: z.string(),
        english: z.string(),
        dir: z.enum(['ltr', 'rtl']),
        /** Encoding an SMS in this language needs (CONTENT.md's table). */
        sms: z.enum(['gsm7', 'ucs2']),
        /** Tried in order before the default language when a message is missing. */
        fallback: z.array(z.string()).default([]),
        /** Languages written without spaces between words need segmenting before matching. */
        segment: z.boolean().default(false),
      }),
    )
    .min(1),
});

export type LanguagesFile = z.infer<typeof languagesSchema>;
export type Language = LanguagesFile['languages'][number];
