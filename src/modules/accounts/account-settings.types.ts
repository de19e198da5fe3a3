import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Development only: a message the mail outbox holds (MAIL_TRANSPORT=outbox)." })
export class OutboxMail {
  @Field(() => String)
  to!: string;

  @Field(() => String)
  subject!: string;

  @Field(() => String)
  text!: string;

  @Field(() => Date)
  sentAt!: Date;
}
