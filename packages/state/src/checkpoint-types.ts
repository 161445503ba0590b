/** A checkpoint: an annotated tag on a commit that captures the working tree of one moment. */
export interface Checkpoint {
  tag: string;
  prpId: string;
  phase: string;
  /** ISO 8601 UTC, from the tag name. */
  date: string;
  /** The tag's message (the phase summary). */
  message: string;
  /** The snapshot commit the tag points at. */
  commit: string;
  /** The tree of that commit (the saved working tree). */
  tree: string;
  /** The commit HEAD pointed at when the checkpoint was taken. */
  base: string | null;
  /** A safety checkpoint taken automatically before a restore. */
  safety: boolean;
}

export interface CreatedCheckpoint {
  tag: string;
  commit: string;
  prpId: string;
  phase: string;
  date: string;
  message: string;
  tree: string;
  base: string;
  /** What was repaired before the checkpoint was taken. */
  repaired: string[];
}
