import { Arg, Authorized, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AppError } from '../../errors/app-error.js';
import { scopeOf, type Ctx } from '../../graphql/context.js';
import { User } from '../users/user.entity.js';
import { CertificationService, toPathGql } from './certification.service.js';
import { CertificationGql, CertificationPathGql, CertificationPathInput, ExamQuestionWithAnswer, ExamResult } from './certification.types.js';

@Resolver()
export class CertificationResolver {
  @Authorized()
  @Query(() => [CertificationPathGql], { description: 'Partner users: the paths open to their track. Vendor staff: all.' })
  async certificationPaths(@GqlCtx() ctx: Ctx): Promise<CertificationPathGql[]> {
    return (await new CertificationService(scopeOf(ctx)).visiblePaths()).map(toPathGql);
  }

  @Authorized()
  @Query(() => CertificationPathGql, { nullable: true, description: 'One path the caller may see (else NOT_FOUND).' })
  async certificationPath(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<CertificationPathGql> {
    const path = (await new CertificationService(scopeOf(ctx)).visiblePaths()).find((p) => p.id === id);
    if (!path) throw AppError.notFound('Certification path');
    return toPathGql(path);
  }

  @Authorized('certification:edit')
  @Query(() => [ExamQuestionWithAnswer], { description: 'Vendor admin: the questions of an exam module with their answers, for editing.' })
  async examAnswerKey(@Arg('pathId', () => ID) pathId: string, @Arg('moduleId', () => ID) moduleId: string, @GqlCtx() ctx: Ctx): Promise<ExamQuestionWithAnswer[]> {
    const path = (await new CertificationService(scopeOf(ctx)).visiblePaths()).find((p) => p.id === pathId);
    const module = path?.modules.find((m) => m.id === moduleId);
    if (!module) throw AppError.notFound('Exam module');
    return module.questions.map((q) => ({ prompt: q.prompt, choices: q.choices, answer: q.answer }));
  }

  @Authorized()
  @Query(() => [CertificationGql], { description: "The caller's certifications." })
  async myCertifications(@GqlCtx() ctx: Ctx): Promise<CertificationGql[]> {
    const service = new CertificationService(scopeOf(ctx));
    return Promise.all((await service.mine()).map((c) => service.toGql(c)));
  }

  @Authorized('certification:edit')
  @Mutation(() => CertificationPathGql, { description: 'Vendor admin: create or replace the path with this key.' })
  async saveCertificationPath(@Arg('input', () => CertificationPathInput) input: CertificationPathInput, @GqlCtx() ctx: Ctx): Promise<CertificationPathGql> {
    return toPathGql(await new CertificationService(scopeOf(ctx)).savePath(input));
  }

  @Authorized('certification:take')
  @Mutation(() => CertificationGql, { description: 'Partner users.' })
  async enroll(@Arg('pathId', () => ID) pathId: string, @GqlCtx() ctx: Ctx): Promise<CertificationGql> {
    const service = new CertificationService(scopeOf(ctx));
    return service.toGql(await service.enroll(pathId));
  }

  @Authorized('certification:take')
  @Mutation(() => CertificationGql)
  async completeModule(@Arg('certificationId', () => ID) certificationId: string, @Arg('moduleId', () => ID) moduleId: string, @GqlCtx() ctx: Ctx): Promise<CertificationGql> {
    const service = new CertificationService(scopeOf(ctx));
    return service.toGql(await service.completeModule(certificationId, moduleId));
  }

  @Authorized('certification:take')
  @Mutation(() => ExamResult, { description: 'answers[i] is the chosen index for the i-th question of the exam module.' })
  async submitExam(
    @Arg('certificationId', () => ID) certificationId: string,
    @Arg('moduleId', () => ID) moduleId: string,
    @Arg('answers', () => [Int]) answers: number[],
    @GqlCtx() ctx: Ctx,
  ): Promise<ExamResult> {
    const service = new CertificationService(scopeOf(ctx));
    const result = await service.submitExam(certificationId, moduleId, answers);
    return { score: result.score, passed: result.passed, certification: await service.toGql(result.cert) };
  }
}

@Resolver(() => User)
export class UserCertificationsResolver {
  @FieldResolver(() => [CertificationGql], { description: 'Visible to the user, users of the same partner, and vendor staff.' })
  async certifications(@Root() user: User, @GqlCtx() ctx: Ctx): Promise<CertificationGql[]> {
    const service = new CertificationService(scopeOf(ctx));
    return Promise.all((await service.ofUser(user)).map((c) => service.toGql(c)));
  }
}
