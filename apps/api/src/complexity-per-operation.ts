import SchemaBuilder, { type PothosOutputFieldConfig, type SchemaTypes } from "@pothos/core";
import { PothosComplexityPlugin } from "@pothos/plugin-complexity";
import type { GraphQLResolveInfo, OperationDefinitionNode } from "graphql";

/**
 * Pothos' complexity limits (depth, breadth, complexity; builder.ts), measured once per
 * operation instead of once per request. The plugin walks the whole operation for every
 * request that runs it, though with every field's complexity a number (no function of the
 * arguments) the measure depends on the operation's text alone: the same walk, the same
 * result, for every request sending it. Here the first request's result is kept with the
 * parsed operation (the plan cache keeps one per text, plan/plan-cache.ts) and the limits are
 * checked against it as before, with the same errors. Should a field's complexity ever be a
 * function, the measure depends on variables and is taken per request again, as the plugin does.
 */
export class ComplexityPerOperation<Types extends SchemaTypes> extends PothosComplexityPlugin<Types> {
  private byArguments = false;

  constructor(...args: ConstructorParameters<typeof PothosComplexityPlugin<Types>>) {
    super(...args);
    const perRequest = this.complexityCache;
    const byOperation = new WeakMap<OperationDefinitionNode, ReturnType<typeof perRequest>>();
    this.complexityCache = Object.assign((context: Types["Context"], info: GraphQLResolveInfo) => {
      if (this.byArguments) return perRequest(context, info);
      let measured = byOperation.get(info.operation);
      if (!measured) byOperation.set(info.operation, (measured = perRequest(context, info)));
      return measured;
    }, { delete: (context: Types["Context"]) => perRequest.delete(context) });
  }

  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>) {
    const config = super.onOutputFieldConfig(fieldConfig);
    if (typeof config.extensions.complexity === "function") this.byArguments = true;
    return config;
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Pothos' plugin registry is this global namespace.
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      complexityPerOperation: ComplexityPerOperation<Types>;
    }
  }
}

export const complexityPerOperation = "complexityPerOperation";
SchemaBuilder.registerPlugin(complexityPerOperation, ComplexityPerOperation);
