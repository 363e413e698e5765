import { builder } from "../builder.ts";
import "./scalars.ts";
import "./team.ts";
import "./stage.ts";
import "./artifact.ts";
import "./role.ts";
import "./flow.ts";
import "./matrix.ts";
import "./agent.ts";
import "./contract.ts";
import "./workflow.ts";
import "./import.ts";
import "./delete.ts";
import "./gap-report.ts";
import "./composition.ts";
import "./handoff.ts";
import "./history.ts";

export const schema = builder.toSchema({ sortSchema: false });
