// The words a document of an activity is described with, shared by the form, the server and the list.
import { VISIBILITIES, type TVisibility } from "~/domain/activity/vocabulary";

export const DOCUMENT_KINDS = [
  "DECLARATION",
  "RECOMMENDATIONS",
  "REPORT",
  "AGENDA",
  "CONCEPT_NOTE",
  "PRESENTATION",
  "MODEL_LEGISLATION",
  "OTHER",
] as const;
export type TDocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Stated once: the form shows the size limit and the server enforces it. */
export const DOCUMENT_LIMITS = {
  fileBytes: 25 * 1024 * 1024,
  /** What a multipart body may carry besides the file: the metadata fields and the boundaries. */
  formOverheadBytes: 64 * 1024,
  title: 300,
  originalName: 255,
} as const;

/** The narrower of two tiers: what a document of an activity is really visible as. */
export function narrowerVisibility(a: TVisibility, b: TVisibility): TVisibility {
  return VISIBILITIES.indexOf(a) >= VISIBILITIES.indexOf(b) ? a : b;
}

/** A document may narrow its activity's tier, never widen it. */
export const isWithin = (document: TVisibility, activity: TVisibility) =>
  VISIBILITIES.indexOf(document) >= VISIBILITIES.indexOf(activity);
