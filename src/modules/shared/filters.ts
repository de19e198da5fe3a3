import { Field, InputType } from "type-graphql";
import { z } from "zod";

@InputType({ description: "Text comparison. Every operator given must hold; matching ignores case." })
export class StringFilter {
  @Field(() => String, { nullable: true })
  equals?: string | null;

  @Field(() => String, { nullable: true })
  contains?: string | null;

  @Field(() => String, { nullable: true })
  startsWith?: string | null;

  @Field(() => [String], { nullable: true })
  in?: string[] | null;
}

const text = z.string().max(200, "must be at most 200 characters");
export const stringFilterSchema = z
  .object({ equals: text.nullish(), contains: text.nullish(), startsWith: text.nullish(), in: z.array(text).max(50).nullish() })
  .strict();

/** Prisma's string filter for a validated StringFilter. */
export function toPrismaString(filter: z.infer<typeof stringFilterSchema>) {
  return {
    mode: "insensitive" as const,
    ...(filter.equals != null ? { equals: filter.equals } : {}),
    ...(filter.contains != null ? { contains: filter.contains } : {}),
    ...(filter.startsWith != null ? { startsWith: filter.startsWith } : {}),
    ...(filter.in != null ? { in: filter.in } : {}),
  };
}
