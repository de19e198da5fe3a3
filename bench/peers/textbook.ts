// The textbook stack, a peer in the `peers` scenario: what a team builds from the design card
// without this project's work, as the libraries' documentation teaches. type-graphql classes and a
// resolver whose relations come from Prisma `include`; `buildSchema`; graphql-shield (with the
// project's own rule map, src/authz/permissions.ts) through graphql-middleware; Apollo Server's
// `startStandaloneServer`; the bearer token verified and the account read in the context function.
// Run as its own process (`node --import tsx bench/peers/textbook.ts`, env as the API's); prints
// "ready at http://127.0.0.1:PORT/graphql" like the API. (tsx emits no decorator metadata, so every
// field names its type, as the project's own classes do.)
import "reflect-metadata";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import type { GraphQLSchema } from "graphql";
import { applyMiddleware } from "graphql-middleware";
import { deny, shield, type IRules } from "graphql-shield";
import { jwtVerify } from "jose";
import { Arg, buildSchema, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import { loadConfig } from "../../src/app/config.ts";
import { permissionRules } from "../../src/authz/permissions.ts";
import { createPrismaClient } from "../../src/platform/db/prisma.ts";

@ObjectType()
class Vehicle {
  @Field(() => String) make!: string;
  @Field(() => String) model!: string;
  @Field(() => Int) year!: number;
}

@ObjectType()
class Customer {
  @Field(() => ID) id!: string;
  @Field(() => String) firstName!: string;
}

@ObjectType()
class Mechanic {
  @Field(() => String) displayName!: string;
  @Field(() => Float) rating!: number;
}

@ObjectType()
class DiagnosticSession {
  @Field(() => ID) id!: string;
  @Field(() => String) status!: string;
  @Field(() => String) concern!: string;
  @Field(() => Date) requestedAt!: Date;
  @Field(() => Vehicle) vehicle!: Vehicle;
  @Field(() => Customer, { nullable: true }) customer!: Customer | null;
  @Field(() => Mechanic, { nullable: true }) mechanic!: Mechanic | null;
}

@ObjectType()
class DiagnosticSessionConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [DiagnosticSession]) nodes!: DiagnosticSession[];
}

interface Context {
  viewer: { id: string; role: string } | null;
}

const config = loadConfig(process.env);
const prisma = createPrismaClient(config.database.url!, config.database.poolSize);
const secret = new TextEncoder().encode(config.auth.jwtSecret);

@Resolver()
class SessionResolver {
  /** The viewer's sessions, newest first: a mechanic's assigned ones, a customer's own. */
  @Query(() => DiagnosticSessionConnection)
  async sessions(@Arg("first", () => Int) first: number, @Ctx() { viewer }: Context): Promise<DiagnosticSessionConnection> {
    const where = viewer!.role === "MECHANIC" ? { mechanicId: viewer!.id } : { customerId: viewer!.id };
    const [rows, totalCount] = await Promise.all([
      prisma.diagnosticSession.findMany({
        where,
        orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
        take: first,
        include: { vehicle: true, customer: { include: { customer: true } }, mechanic: { include: { mechanic: true } } },
      }),
      prisma.diagnosticSession.count({ where }),
    ]);
    return {
      totalCount,
      nodes: rows.map((row) => ({
        id: row.id,
        status: row.status,
        concern: row.concern,
        requestedAt: row.requestedAt,
        vehicle: row.vehicle,
        // `access` is what the project's customer-field rules read: reached as the assigned mechanic.
        customer: row.customer.customer ? Object.assign({ id: row.customerId, firstName: row.customer.customer.firstName }, { access: "ASSIGNED_MECHANIC" }) : null,
        mechanic: row.mechanic?.mechanic ? { displayName: row.mechanic.mechanic.displayName, rating: row.mechanic.mechanic.ratingHundredths / 100 } : null,
      })),
    };
  }
}

/** The project's rule map, cut to the types and fields this schema has (graphql-middleware refuses rules for absent fields). */
function rulesFor(schema: GraphQLSchema, rules: IRules): IRules {
  const kept: Record<string, unknown> = {};
  for (const [typeName, rule] of Object.entries(rules as Record<string, unknown>)) {
    const type = schema.getType(typeName);
    if (!type || !("getFields" in type)) continue;
    const fields = type.getFields();
    kept[typeName] = typeof rule === "object" && rule !== null && !("resolve" in rule) ? Object.fromEntries(Object.entries(rule).filter(([field]) => field in fields)) : rule;
  }
  return kept as IRules;
}

const schema = await buildSchema({ resolvers: [SessionResolver], validate: false });
const permissions = shield(rulesFor(schema, permissionRules), { fallbackRule: deny, allowExternalErrors: true });
const server = new ApolloServer<Context>({ schema: applyMiddleware(schema, permissions) });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT ?? 0), host: "127.0.0.1" },
  async context({ req }) {
    const token = req.headers.authorization?.replace(/^Bearer /, "");
    if (!token) return { viewer: null };
    const { payload } = await jwtVerify(token, secret, { issuer: config.auth.issuer, audience: config.auth.audience });
    const user = await prisma.user.findUnique({ where: { id: payload.sub! } });
    return { viewer: user && user.status === "ACTIVE" ? { id: user.id, role: user.role } : null };
  },
});
console.log(`ready at ${url.replace(/\/$/, "")}/graphql`);
