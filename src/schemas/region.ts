import { z } from 'zod';
import { adcode, lonLat, sourceRef } from './common.ts';

/** One recognition of a region as an old revolutionary base area, as a report states it. */
export const oldAreaStatus = z.object({
  /** Who recognised it, as the source names them (e.g. 中华人民共和国内政部). */
  by: z.string().min(1),
  /** Year of recognition. */
  year: z.number().int().min(1920).max(2100).optional(),
  /** What the source says, in a few words (e.g. 确认为老革命根据地县). */
  statement: z.string().min(1),
  /** The report or work that states it. */
  source: sourceRef,
});

/** An administrative region keyed by its GB/T 2260 code (data/regions.json). */
export const regionSchema = z.object({
  /** GB/T 2260 administrative code, six digits. */
  id: adcode,
  /** Official name (e.g. 宁城县). */
  name: z.string().min(1),
  /** Short name used in running text (e.g. 宁城), when it differs. */
  shortName: z.string().min(1).optional(),
  /** Administrative level. */
  level: z.enum(['province', 'prefecture', 'county']),
  /** Code of the region one level up; absent for provinces. */
  parent: adcode.optional(),
  /** Old-area recognitions as the reports state them; empty when no report states one. */
  oldArea: z.array(oldAreaStatus).default([]),
  /** What reports say of its revolutionary history without a recognition record. */
  history: z.array(z.object({ text: z.string().min(1), source: sourceRef })).default([]),
  /** Seat of government, WGS-84. */
  seat: z
    .object({
      /** [longitude, latitude], WGS-84. */
      coordinates: lonLat,
      /** Where the coordinates come from, and how they were converted. */
      source: z.string().min(1),
    })
    .optional(),
});

export type Region = z.infer<typeof regionSchema>;
