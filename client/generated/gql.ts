/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    token\n    expiresAt\n    user {\n      id\n      role\n    }\n  }\n}\n\nquery Me {\n  me {\n    id\n    email\n    role\n    status\n    suspendedUntil\n  }\n}": typeof types.SignInDocument,
    "query FlaggedConversations($first: Int, $after: String) {\n  flaggedConversations(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      flaggedMessageCount\n      lastFlaggedAt\n      session {\n        id\n        status\n        mechanic {\n          displayName\n        }\n      }\n    }\n  }\n}\n\nquery Violations($status: FlagStatus, $first: Int) {\n  violations(status: $status, first: $first) {\n    totalCount\n    nodes {\n      id\n      status\n      kinds\n      createdAt\n      offender {\n        displayName\n      }\n      message {\n        body\n        originalBody\n      }\n      penalty {\n        kind\n        endsAt\n      }\n    }\n  }\n}\n\nquery ComplianceRate {\n  complianceRate {\n    basisPoints\n    compliantCount\n    mechanicCount\n  }\n}\n\nquery InvestigationTriggers($days: Int! = 7) {\n  investigationTriggers(days: $days) {\n    mechanicsWithoutEscalations {\n      completedDiagnostics\n      escalations\n      mechanic {\n        displayName\n      }\n    }\n    recentContactMessages {\n      sessionId\n      body\n      originalBody\n      flaggedKinds\n      createdAt\n    }\n  }\n}": typeof types.FlaggedConversationsDocument,
    "query MySessions($first: Int, $after: String) {\n  sessions(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      status\n      concern\n      requestedAt\n      vehicle {\n        year\n        make\n        model\n      }\n      mechanic {\n        displayName\n        rating\n      }\n    }\n  }\n}": typeof types.MySessionsDocument,
};
const documents: Documents = {
    "mutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    token\n    expiresAt\n    user {\n      id\n      role\n    }\n  }\n}\n\nquery Me {\n  me {\n    id\n    email\n    role\n    status\n    suspendedUntil\n  }\n}": types.SignInDocument,
    "query FlaggedConversations($first: Int, $after: String) {\n  flaggedConversations(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      flaggedMessageCount\n      lastFlaggedAt\n      session {\n        id\n        status\n        mechanic {\n          displayName\n        }\n      }\n    }\n  }\n}\n\nquery Violations($status: FlagStatus, $first: Int) {\n  violations(status: $status, first: $first) {\n    totalCount\n    nodes {\n      id\n      status\n      kinds\n      createdAt\n      offender {\n        displayName\n      }\n      message {\n        body\n        originalBody\n      }\n      penalty {\n        kind\n        endsAt\n      }\n    }\n  }\n}\n\nquery ComplianceRate {\n  complianceRate {\n    basisPoints\n    compliantCount\n    mechanicCount\n  }\n}\n\nquery InvestigationTriggers($days: Int! = 7) {\n  investigationTriggers(days: $days) {\n    mechanicsWithoutEscalations {\n      completedDiagnostics\n      escalations\n      mechanic {\n        displayName\n      }\n    }\n    recentContactMessages {\n      sessionId\n      body\n      originalBody\n      flaggedKinds\n      createdAt\n    }\n  }\n}": types.FlaggedConversationsDocument,
    "query MySessions($first: Int, $after: String) {\n  sessions(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      status\n      concern\n      requestedAt\n      vehicle {\n        year\n        make\n        model\n      }\n      mechanic {\n        displayName\n        rating\n      }\n    }\n  }\n}": types.MySessionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    token\n    expiresAt\n    user {\n      id\n      role\n    }\n  }\n}\n\nquery Me {\n  me {\n    id\n    email\n    role\n    status\n    suspendedUntil\n  }\n}"): (typeof documents)["mutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    token\n    expiresAt\n    user {\n      id\n      role\n    }\n  }\n}\n\nquery Me {\n  me {\n    id\n    email\n    role\n    status\n    suspendedUntil\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FlaggedConversations($first: Int, $after: String) {\n  flaggedConversations(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      flaggedMessageCount\n      lastFlaggedAt\n      session {\n        id\n        status\n        mechanic {\n          displayName\n        }\n      }\n    }\n  }\n}\n\nquery Violations($status: FlagStatus, $first: Int) {\n  violations(status: $status, first: $first) {\n    totalCount\n    nodes {\n      id\n      status\n      kinds\n      createdAt\n      offender {\n        displayName\n      }\n      message {\n        body\n        originalBody\n      }\n      penalty {\n        kind\n        endsAt\n      }\n    }\n  }\n}\n\nquery ComplianceRate {\n  complianceRate {\n    basisPoints\n    compliantCount\n    mechanicCount\n  }\n}\n\nquery InvestigationTriggers($days: Int! = 7) {\n  investigationTriggers(days: $days) {\n    mechanicsWithoutEscalations {\n      completedDiagnostics\n      escalations\n      mechanic {\n        displayName\n      }\n    }\n    recentContactMessages {\n      sessionId\n      body\n      originalBody\n      flaggedKinds\n      createdAt\n    }\n  }\n}"): (typeof documents)["query FlaggedConversations($first: Int, $after: String) {\n  flaggedConversations(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      flaggedMessageCount\n      lastFlaggedAt\n      session {\n        id\n        status\n        mechanic {\n          displayName\n        }\n      }\n    }\n  }\n}\n\nquery Violations($status: FlagStatus, $first: Int) {\n  violations(status: $status, first: $first) {\n    totalCount\n    nodes {\n      id\n      status\n      kinds\n      createdAt\n      offender {\n        displayName\n      }\n      message {\n        body\n        originalBody\n      }\n      penalty {\n        kind\n        endsAt\n      }\n    }\n  }\n}\n\nquery ComplianceRate {\n  complianceRate {\n    basisPoints\n    compliantCount\n    mechanicCount\n  }\n}\n\nquery InvestigationTriggers($days: Int! = 7) {\n  investigationTriggers(days: $days) {\n    mechanicsWithoutEscalations {\n      completedDiagnostics\n      escalations\n      mechanic {\n        displayName\n      }\n    }\n    recentContactMessages {\n      sessionId\n      body\n      originalBody\n      flaggedKinds\n      createdAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MySessions($first: Int, $after: String) {\n  sessions(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      status\n      concern\n      requestedAt\n      vehicle {\n        year\n        make\n        model\n      }\n      mechanic {\n        displayName\n        rating\n      }\n    }\n  }\n}"): (typeof documents)["query MySessions($first: Int, $after: String) {\n  sessions(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      status\n      concern\n      requestedAt\n      vehicle {\n        year\n        make\n        model\n      }\n      mechanic {\n        displayName\n        rating\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;