import { BaseEdge, BezierEdge, useStore, type EdgeProps } from "@xyflow/react";
import { memo } from "react";
import { backwardPath, runsBackward } from "../edgePath.ts";
import type { OrgEdge as OrgEdgeType } from "../types.ts";

/** Counts are read from here on; further out only lit edges keep theirs (hundreds of labels are noise). */
const LABEL_ZOOM = 0.55;
const closeEnough = (s: { transform: [number, number, number] }) => s.transform[2] >= LABEL_ZOOM;

/**
 * A bundle of cross-team flows, as thick as it is heavy (log scale: 1 flow or 40 stay
 * comparable), or one flow of an opened bundle. A click on a bundle opens it (OrgCanvas).
 */
function OrgEdgeView({ data, ...props }: EdgeProps<OrgEdgeType>) {
  const close = useStore(closeEnough);
  const count = data?.count ?? 1;
  const lit = data?.lit === true;
  const width = data?.kind === "bundle" ? 1.2 + Math.log2(count) : 1.2;
  // A flow runs between an artifact and a role that name it: only a bundle's count needs words.
  const label = data?.kind === "bundle" && (close || lit) ? data.label : undefined;
  const style = { strokeWidth: lit ? width + 1 : width };
  const interactionWidth = Math.max(12, width + 8);
  const { sourceX, sourceY, targetX, targetY } = props;
  if (runsBackward(sourceX, targetX)) {
    const [path, labelX, labelY] = backwardPath(sourceX, sourceY, targetX, targetY, data?.under ?? Math.max(sourceY, targetY) + 80);
    return <BaseEdge id={props.id} path={path} markerEnd={props.markerEnd} style={style} label={label} labelX={labelX} labelY={labelY} labelBgPadding={[4, 2]} labelBgBorderRadius={3} interactionWidth={interactionWidth} />;
  }
  return <BezierEdge {...props} style={style} label={label} labelBgPadding={[4, 2]} labelBgBorderRadius={3} interactionWidth={interactionWidth} />;
}

export const OrgEdge = memo(OrgEdgeView);
