import { Field, Float, ID, InputType, Int, ObjectType } from '@cadre/sdk/graphql';
import { IsInt, Matches, Max, Min } from '@cadre/sdk/validation';

@ObjectType('DevelopmentPerson')
export class DevelopmentPersonType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  title: string;

  @Field()
  level: string;
}

@ObjectType('DevelopmentSkillLevel')
export class DevelopmentSkillLevelType {
  @Field(() => ID)
  skillId: string;

  @Field()
  skillName: string;

  @Field(() => Int, { description: '0–5' })
  level: number;
}

@InputType()
export class DevelopmentSkillLevelInput {
  @Field(() => ID)
  skillId: string;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'must be from 0 to 5' })
  @Max(5, { message: 'must be from 0 to 5' })
  level: number;
}

@ObjectType('DevelopmentMoney')
export class DevelopmentMoneyType {
  @Field(() => Float, { description: 'Integer minor units (fen, cents)' })
  amount: number;

  @Field({ description: 'ISO 4217' })
  currency: string;
}

@InputType()
export class DevelopmentMoneyInput {
  @Field(() => Float, { description: 'Integer minor units (fen, cents)' })
  @IsInt({ message: 'must be a whole number of minor units' })
  @Min(0, { message: 'must not be negative' })
  @Max(Number.MAX_SAFE_INTEGER)
  amount: number;

  @Field()
  @Matches(/^[A-Z]{3}$/, { message: 'must be a three-letter ISO currency code such as CNY' })
  currency: string;
}
