/**
 * What a guest-physical page holds, for the footprint of §5.3 (Figure 6).
 * The guest says it through `hintPageKind`; pages it never classifies count
 * as USER, except pages first filled from the global disk cache or the
 * network, which start as BUFFER_CACHE (INFERENCE: they hold file data).
 */
export const PageKind = {
  USER: 0,
  KERNEL_TEXT: 1,
  KERNEL_DATA: 2,
  BUFFER_CACHE: 3,
} as const;
export type PageKind = (typeof PageKind)[keyof typeof PageKind];
export const PAGE_KIND_COUNT = 4;
