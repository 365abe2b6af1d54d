import { Arg, Authorized, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { scopeOf, type Ctx } from '../../graphql/context.js';
import { User } from '../users/user.entity.js';
import { certificationsOfUser, certificationView, examAnswerKey, myCertifications, pathView, visiblePath, visiblePaths } from './certification.service.js';
import { CertificationGql, CertificationPathGql, CertificationPathInput, ExamQuestionWithAnswer, ExamResult } from './certification.types.js';
import { saveCertificationPath } from './save-certification-path.js';
import { completeModule, enroll, submitExam } from './take-certification.js';

@Resolver()
export class CertificationResolver {
  @Authorized()
  @Query(() => [CertificationPathGql], { description: 'Partner users: the paths open to their track. Vendor staff: all.' })
  async certificationPaths(@GqlCtx() ctx: Ctx): Promise<CertificationPathGql[]> {
    return (await visiblePaths(scopeOf(ctx))).map(pathView);
  }

  @Authorized()
  @Query(() => CertificationPathGql, { nullable: true, description: 'One path the caller may see (else NOT_FOUND).' })
  async certificationPath(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<CertificationPathGql> {
    return pathView(await visiblePath(scopeOf(ctx), id));
  }

  @Authorized('certification:edit')
  @Query(() => [ExamQuestionWithAnswer], { description: 'Vendor admin: the questions of an exam module with their answers, for editing.' })
  examAnswerKey(@Arg('pathId', () => ID) pathId: string, @Arg('moduleId', () => ID) moduleId: string, @GqlCtx() ctx: Ctx): Promise<ExamQuestionWithAnswer[]> {
    return examAnswerKey(scopeOf(ctx), pathId, moduleId);
  }

  @Authorized()
  @Query(() => [CertificationGql], { description: "The caller's certifications." })
  async myCertifications(@GqlCtx() ctx: Ctx): Promise<CertificationGql[]> {
    const scope = scopeOf(ctx);
    return Promise.all((await myCertifications(scope)).map((c) => certificationView(scope, c)));
  }

  @Authorized('certification:edit')
  @Mutation(() => CertificationPathGql, { description: 'Vendor admin: create or replace the path with this key.' })
  async saveCertificationPath(@Arg('input', () => CertificationPathInput) input: CertificationPathInput, @GqlCtx() ctx: Ctx): Promise<CertificationPathGql> {
    return pathView(await saveCertificationPath(scopeOf(ctx), input));
  }

  @Authorized('certification:take')
  @Mutation(() => CertificationGql, { description: 'Partner users.' })
  async enroll(@Arg('pathId', () => ID) pathId: string, @GqlCtx() ctx: Ctx): Promise<CertificationGql> {
    const scope = scopeOf(ctx);
    return certificationView(scope, await enroll(scope, pathId));
  }

  @Authorized('certification:take')
  @Mutation(() => CertificationGql)
  async completeModule(@Arg('certificationId', () => ID) certificationId: string, @Arg('moduleId', () => ID) moduleId: string, @GqlCtx() ctx: Ctx): Promise<CertificationGql> {
    const scope = scopeOf(ctx);
    return certificationView(scope, await completeModule(scope, certificationId, moduleId));
  }

  @Authorized('certification:take')
  @Mutation(() => ExamResult, { description: 'answers[i] is the chosen index for the i-th question of the exam module.' })
  async submitExam(
    @Arg('certificationId', () => ID) certificationId: string,
    @Arg('moduleId', () => ID) moduleId: string,
    @Arg('answers', () => [Int]) answers: number[],
    @GqlCtx() ctx: Ctx,
  ): Promise<ExamResult> {
    const scope = scopeOf(ctx);
    const result = await submitExam(scope, certificationId, moduleId, answers);
    return { score: result.score, passed: result.passed, certification: await certificationView(scope, result.cert) };
  }
}

@Resolver(() => User)
export class UserCertificationsResolver {
  @FieldResolver(() => [CertificationGql], { description: 'Visible to the user, users of the same partner, and vendor staff.' })
  async certifications(@Root() user: User, @GqlCtx() ctx: Ctx): Promise<CertificationGql[]> {
    const scope = scopeOf(ctx);
    return Promise.all((await certificationsOfUser(scope, user)).map((c) => certificationView(scope, c)));
  }
}
