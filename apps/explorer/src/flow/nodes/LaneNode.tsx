import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { LaneNode as LaneNodeType } from "../types.ts";

/** A stage swimlane: a quiet band behind the nodes, titled with the stage name. */
function LaneNodeView({ data }: NodeProps<LaneNodeType>) {
  return (
    <div className={`lane lane-${data.direction}${data.leaderless ? " is-leaderless" : ""}`} data-testid="lane" data-leaderless={data.leaderless ? "true" : "false"}>
      <div className="lane-title">
        {data.title}
        {data.count === 0 ? <span className="lane-empty"> · nothing shown</span> : null}
        {data.leaderless ? <span className="lane-flag" title="No role leads this stage (gap report: leaderless-stage)">No lead</span> : null}
      </div>
    </div>
  );
}

export const LaneNode = memo(LaneNodeView);
