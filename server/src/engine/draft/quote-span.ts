// A quotation's place in a text: its words, its marks, its paragraph and the group of paragraphs it runs over.
import type { Span } from '../types';

export interface QuoteSpan {
  /** The words inside the marks (marks excluded, surrounding space trimmed). */
  span: Span;
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or the end of the paragraph when the quotation continues in the next one. */
  close: number;
  /** Index of the prose block (paragraph) that holds it. */
  block: number;
  /** Quotations that continue one another across paragraphs share a group number. */
  group: number;
  /** True when the paragraph ended without a closing mark and the next one reopened the quotation. */
  continues: boolean;
}
