import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { LaneNode as LaneNodeType } from "../types.ts";

/** A stage swimlane: a quiet band behind the nodes, titled with the stage name. */
function LaneNodeView({ data }: NodeProps<LaneNodeType>) {
  return (
    <div className={`lane lane-${data.direction}`} data-testid="lane">
      <div className="lane-title">
        {data.title}
        {data.count === 0 ? <span className="lane-empty"> · nothing shown</span> : null}
      </div>
    </div>
  );
}

export const LaneNode = memo(LaneNodeView);
