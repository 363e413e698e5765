/** How far a backward edge runs out of its source and into its target before it turns. */
const REACH = 60;

/**
 * A path for an edge that runs backwards (into a team left of where it starts, a cycle's
 * way back): out to the right, down under both teams to `under`, along, and up into the
 * target from its left. A plain bezier there would run straight through both boxes, hidden.
 * Returns the SVG path and where its label sits (the middle of the run underneath).
 */
export function backwardPath(sx: number, sy: number, tx: number, ty: number, under: number): [path: string, labelX: number, labelY: number] {
  const mx = (sx + tx) / 2;
  const low = Math.max(under, sy, ty);
  const path = `M ${sx},${sy} C ${sx + REACH},${sy} ${sx + REACH},${low} ${mx},${low} C ${tx - REACH},${low} ${tx - REACH},${ty} ${tx},${ty}`;
  return [path, mx, low];
}

/** True when the target's handle lies left of the source's: the bezier would double back. */
export const runsBackward = (sx: number, tx: number): boolean => tx < sx + 2 * 20;
