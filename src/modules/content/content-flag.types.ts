import { Field, ID, ObjectType } from "type-graphql";
import { ContactKind, Role } from "../../platform/db/generated/enums.ts";
import { ConnectionType } from "../shared/pagination.ts";

@ObjectType({ description: "Admins: contact details found in a written field other than chat, masked before anyone else read it." })
export class ContentFlag {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "The record the text was written to, e.g. DiagnosticSession, RepairQuote." })
  entityType!: string;

  @Field(() => ID)
  entityId!: string;

  @Field(() => String, { description: "The argument path it came in, e.g. input.lineItems.0.description." })
  field!: string;

  @Field(() => ID)
  authorId!: string;

  @Field(() => Role)
  authorRole!: Role;

  @Field(() => String, { description: "What everyone else reads (the author too)." })
  masked!: string;

  @Field(() => [ContactKind])
  kinds!: ContactKind[];

  @Field(() => ID, { description: "The write it was found in: the flags of one operation share it (a violation is one offence per write)." })
  writeId!: string;

  @Field(() => Date)
  createdAt!: Date;
}

export const ContentFlagConnection = ConnectionType("ContentFlag", ContentFlag);
