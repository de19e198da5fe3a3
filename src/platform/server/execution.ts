import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import { execute, getNamedType, getOperationAST, GraphQLError, isInputObjectType, Kind, typeFromAST, type DocumentNode, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import { traceOperation, type ExecutionEngine } from "./tracing.ts";

type Result = Awaited<ReturnType<GatewayExecutor>>;

/** What is known of one operation of one parsed document. */
interface Plan {
  runs: number;
  /** undefined: not compiled yet; null: graphql-jit could not compile it. */
  compiled: CompiledQuery | null | undefined;
}

/**
 * How Apollo executes HTTP operations. An operation run `compileAfter` times on graphql-js is then
 * compiled by graphql-jit into a function of its own: it calls the same resolvers, so the same
 * permission rules, and a 100-session list runs about 1.4x as many requests per second (graphql-js
 * walking the document was a third of that request's CPU). Counting first means a client that
 * sends a new document every time gets graphql-js, never a compile per request. An operation
 * graphql-jit cannot compile stays on graphql-js, and so does one with a variable of a recursive
 * input type (see `recursiveInputTypes`).
 *
 * Mutations always run on graphql-js. The spec runs a mutation's root fields one after another,
 * and when a non-null root field fails, data becomes null and the fields after it never run
 * (graphql-js rejects the serial chain there). graphql-jit's compiled mutations kept going: a
 * `sendMessage` after a failed one stored and delivered its message although the answer was
 * `data: null`. Mutations are a small share of traffic and their cost is the database, not the
 * walk of the document, so exact semantics win over the compile.
 *
 * Plans hang off the parsed document, which Apollo caches per query text (and evicts), so they go
 * when it does. Apollo Server has no executor option; a gateway is a schema plus an executor, so
 * this is a gateway over our one schema.
 *
 * With `traced`, each execution runs inside an operation span naming the engine (tracing.ts).
 */
export function executionGateway(schema: GraphQLSchema, compileAfter: number, options: { traced?: boolean } = {}): GatewayInterface {
  const plans = new WeakMap<DocumentNode, Map<string, Plan>>();
  const recursive = recursiveInputTypes(schema);
  const hasRecursiveVariable = (document: DocumentNode) =>
    document.definitions.some(
      (definition) =>
        definition.kind === Kind.OPERATION_DEFINITION &&
        definition.variableDefinitions?.some((variable) => {
          const type = typeFromAST(schema, variable.type);
          return type !== undefined && recursive.has(getNamedType(type).name);
        }),
    );

  const planFor = (document: DocumentNode, operationName: string | undefined): Plan => {
    let byOperation = plans.get(document);
    if (!byOperation) plans.set(document, (byOperation = new Map()));
    let plan = byOperation.get(operationName ?? "");
    if (!plan) byOperation.set(operationName ?? "", (plan = { runs: 0, compiled: undefined }));
    return plan;
  };

  const compile = (document: DocumentNode, operationName: string | undefined): CompiledQuery | null => {
    if (hasRecursiveVariable(document)) return null;
    if (getOperationAST(document, operationName)?.operation === "mutation") return null;
    try {
      const compiled = compileQuery(schema, document, operationName);
      return isCompiledQuery(compiled) ? compiled : null;
    } catch {
      return null;
    }
  };

  const executor: GatewayExecutor = async ({ document, operationName, request, context }) => {
    const operation = operationName ?? undefined;
    // No such operation in the document: graphql-jit would run another one; graphql-js reports
    // it, and Apollo answers 400 OPERATION_RESOLUTION_FAILURE.
    // (Apollo passes the resolved name, null then: the requested one is on the request.)
    const operationAST = getOperationAST(document, operation ?? request.operationName);
    if (!operationAST) {
      return (await execute({ schema, document, operationName: request.operationName, contextValue: context, variableValues: request.variables })) as Result;
    }
    const plan = planFor(document, operation);
    if (plan.compiled === undefined && ++plan.runs > compileAfter) plan.compiled = compile(document, operation);
    const compiled = plan.compiled;
    const onGraphqlJs = () => execute({ schema, document, operationName: operation, contextValue: context, variableValues: request.variables });
    const run = async (): Promise<Result> => {
      if (!compiled) return (await onGraphqlJs()) as Result;
      const result = await compiled.query(undefined, context, request.variables ?? {});
      // No data at all: graphql-jit refused the variables, before any resolver ran. graphql-js
      // reports that refusal with the variable's node, which is how Apollo knows to call it
      // BAD_USER_INPUT, so it answers instead.
      if (!("data" in result)) return (await onGraphqlJs()) as Result;
      return (result.errors ? { ...result, errors: result.errors.map(withExtensions) } : result) as Result;
    };
    if (!options.traced) return run();
    const engine: ExecutionEngine = compiled ? "graphql-jit" : "graphql-js";
    return traceOperation({ name: operationAST.name?.value, type: operationAST.operation }, engine, run);
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => {};
    },
    load: async () => ({ executor }),
    stop: async () => {},
  };
}

/**
 * graphql-jit leaves `extensions` undefined on an error whose cause had none (a plain Error, a
 * null in a non-null field). Apollo reads `extensions.code` of every error, and one it cannot read
 * becomes a bare internal error that never reaches our error formatter, so nothing is logged and a
 * database outage is not reported as retryable. Such errors are rebuilt as graphql-js would build them.
 */
function withExtensions(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined });
  // graphql-jit knows the locations but not the nodes they come from.
  return Object.assign(rebuilt, { locations: error.locations });
}

/**
 * Input types that contain themselves, directly or further down (a SessionWhere holds
 * SessionWhere in AND/OR/NOT), and the types that contain those. graphql-jit compiles a
 * variable's parsing by unrolling its type, which for these never ends: one such operation took
 * 6.6 s and 750 MB before a stack overflow.
 */
export function recursiveInputTypes(schema: GraphQLSchema): Set<string> {
  const fieldTypes = new Map<string, string[]>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isInputObjectType(type)) continue;
    fieldTypes.set(
      type.name,
      Object.values(type.getFields())
        .map((field) => getNamedType(field.type))
        .filter(isInputObjectType)
        .map((named) => named.name),
    );
  }
  const reachable = (from: string): Set<string> => {
    const seen = new Set<string>();
    const next = [...(fieldTypes.get(from) ?? [])];
    for (let name = next.pop(); name !== undefined; name = next.pop()) {
      if (seen.has(name)) continue;
      seen.add(name);
      next.push(...(fieldTypes.get(name) ?? []));
    }
    return seen;
  };
  const reach = new Map([...fieldTypes.keys()].map((name) => [name, reachable(name)]));
  const cyclic = new Set([...reach].filter(([name, seen]) => seen.has(name)).map(([name]) => name));
  return new Set([...reach].filter(([name, seen]) => cyclic.has(name) || [...seen].some((other) => cyclic.has(other))).map(([name]) => name));
}
