/** Size limits of the snapshot, shared by the zod schema and the (zod-free) content script. */
export const MAX_BLOCKS = 5000;
export const MAX_TEXT = 20_000;
