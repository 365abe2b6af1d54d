import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CertificationStatusEnum, ModuleKindEnum } from '../../graphql/enums.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { User } from '../users/user.entity.js';

type ModuleKind = keyof typeof ModuleKindEnum;

@ObjectType()
export class ExamQuestion {
  @Field(() => ID) id!: string;
  @Field(() => String) prompt!: string;
  @Field(() => [String]) choices!: string[];
}

@ObjectType()
export class CertificationModule {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => ModuleKindEnum) kind!: ModuleKind;
  @Field(() => [ExamQuestion], { description: 'Exam modules only; never includes the answers.' }) questions!: ExamQuestion[];
  @Field(() => String, { nullable: true, description: 'Course modules: the lesson, in Markdown.' }) content!: string | null;
}

@ObjectType('CertificationPath')
export class CertificationPathGql {
  @Field(() => ID) id!: string;
  @Field(() => String) key!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'Null = open to every track.' }) trackKey!: string | null;
  @Field(() => Int) validityDays!: number;
  @Field(() => Int, { description: 'Percent of exam questions to answer right, 0-100.' }) passingScore!: number;
  @Field(() => [CertificationModule]) modules!: CertificationModule[];
}

@ObjectType('Certification')
export class CertificationGql {
  @Field(() => ID) id!: string;
  @Field(() => CertificationPathGql) path!: CertificationPathGql;
  @Field(() => User) user!: User;
  @Field(() => CertificationStatusEnum) status!: keyof typeof CertificationStatusEnum;
  @Field(() => [ID]) completedModuleIds!: string[];
  @Field(() => DateTimeScalar, { nullable: true }) certifiedAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) expiresAt!: Date | null;
}

@ObjectType()
export class ExamResult {
  @Field(() => Int, { description: 'Percent right, 0-100.' }) score!: number;
  @Field(() => Boolean) passed!: boolean;
  @Field(() => CertificationGql) certification!: CertificationGql;
}

@ObjectType({ description: 'Vendor admins editing a path: a question with its answer.' })
export class ExamQuestionWithAnswer {
  @Field(() => String) prompt!: string;
  @Field(() => [String]) choices!: string[];
  @Field(() => Int) answer!: number;
}

@InputType()
export class ExamQuestionInput {
  @Field(() => String) prompt!: string;
  @Field(() => [String]) choices!: string[];
  @Field(() => Int, { description: 'Index into choices.' }) answer!: number;
}

@InputType()
export class CertificationModuleInput {
  @Field(() => String) title!: string;
  @Field(() => ModuleKindEnum) kind!: ModuleKind;
  @Field(() => [ExamQuestionInput], { nullable: true }) questions?: ExamQuestionInput[] | null;
  @Field(() => String, { nullable: true, description: 'Course modules: the lesson, in Markdown.' }) content?: string | null;
}

@InputType()
export class CertificationPathInput {
  @Field(() => String) key!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) trackKey?: string | null;
  @Field(() => Int) validityDays!: number;
  @Field(() => Int) passingScore!: number;
  @Field(() => [CertificationModuleInput]) modules!: CertificationModuleInput[];
}
