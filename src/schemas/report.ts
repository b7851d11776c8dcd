import { z } from 'zod';
import { adcode, isoDate, slug, webUrl } from './common.ts';

/** One editorial correction of copying damage, shown to readers. */
export const correction = z.object({
  /** The text as it was copied, damaged. */
  was: z.string().min(1),
  /** The text as the editor restored it; it must stand in the report body. */
  now: z.string().min(1),
  /** Why the text itself proves the correction (e.g. "同段下文作2015年6月"). */
  reason: z.string().min(1),
});

/** Damage an editor could not repair without guessing; shown to readers as a note. */
export const unresolvedNote = z.object({
  /** The damaged passage exactly as it stands in the report body. */
  text: z.string().min(1),
  /** What is wrong and what a reader should know. */
  note: z.string().min(1),
});

/** Frontmatter of a report file in content/reports/. */
export const reportSchema = z.object({
  /** The report's title as printed. */
  title: z.string().min(1),
  /** A subtitle or dek as printed (often the line starting with ──). */
  subtitle: z.string().min(1).optional(),
  /** Publication date as printed: YYYY-MM-DD, or YYYY-MM when only the month is known. */
  date: isoDate,
  /** The publishing body exactly as printed (e.g. 赤峰市老促会). */
  publisher: z.string().min(1),
  /** Named authors, when the page names persons or bodies as authors. */
  authors: z.array(z.string().min(1)).default([]),
  /** Regions the report covers, by GB/T 2260 code; the first is its main region. */
  regions: z.array(adcode).min(1, '至少列出一个地区代码 / list at least one region code'),
  /** Subject keywords (脱贫攻坚, 乡村振兴 …) used for filtering. */
  topics: z.array(z.string().min(1)).default([]),
  /** Script of the text as published: zh-Hans (Simplified) or zh-Hant (Traditional). */
  script: z.enum(['zh-Hans', 'zh-Hant']),
  /** Where the text was copied from. */
  source: z.object({
    /** Name of the site or publication that carried the report (e.g. 中国老区网). */
    name: z.string().min(1),
    /** Address of the page the text was copied from. */
    url: webUrl.optional(),
    /** When the page was retrieved (YYYY-MM-DD). */
    retrieved: isoDate.optional(),
  }),
  /** A short summary written by this site's editor, not the publisher; shown as such. */
  summary: z.string().min(1),
  /** Corrections of copying damage made by an editor, each proven by the text. */
  corrections: z.array(correction).default([]),
  /** Damage an editor could not fix; shown to readers beside the text. */
  unresolved: z.array(unresolvedNote).default([]),
  /** Overrides the URL slug, which otherwise is the file name. */
  slug: slug.optional(),
});

export type ReportFrontmatter = z.infer<typeof reportSchema>;

/** A report as the site holds it: the frontmatter plus what the build derives from the body. */
export const reportEntrySchema = reportSchema.extend({
  /** URL slug: /reports/<slug>/. */
  slug,
  /** Headings of the body, for the table of contents. */
  headings: z.array(z.object({ depth: z.number(), text: z.string(), id: z.string() })),
  /** The build cache file holding the rendered HTML (src/loaders/rendered-file.ts). */
  renderedFile: z.string(),
  /** Its size when written: a file of another size is a damaged entry, rendered again. */
  renderedBytes: z.number().int(),
  /** Whether the report also has a Simplified twin page (Traditional reports). */
  simplifiedTwin: z.boolean(),
  /** Ids of the heritage sites (data/sites.json) the report's paragraphs name. */
  sites: z.array(z.string()),
  /** Ids of the charts the report draws from its own figures, each embeddable at /embed/<id>/. */
  embeds: z.array(z.string()),
  /**
   * The paragraph (its anchor #p-n) each figure the report states stands in, by figure id: found
   * once, by the render, with the rule the check proves quotes by, and read from here by /data/.
   */
  figureParagraphs: z.record(z.string(), z.number().int()),
  /**
   * The paragraph each statement of data/regions.json that cites the report stands in, by
   * statement key (lib/regions/statement-source.ts), for the region pages' links.
   */
  regionParagraphs: z.record(z.string(), z.number().int()),
});

export type ReportEntry = z.infer<typeof reportEntrySchema>;
