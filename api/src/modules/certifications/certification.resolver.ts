import { Arg, Authorized, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { notYetAvailable } from '../../errors/not-yet-available.js';
import { Certification, CertificationPath, CertificationPathInput, ExamResult } from './certification.types.js';

const FEATURE = 'Certifications';

/** Contract operations of the Enablement issue; the feature lands with it. */
@Resolver()
export class CertificationResolver {
  @Authorized()
  @Query(() => [CertificationPath])
  certificationPaths(): CertificationPath[] {
    return notYetAvailable(FEATURE);
  }

  @Authorized()
  @Query(() => [Certification], { description: "The caller's certifications." })
  myCertifications(): Certification[] {
    return notYetAvailable(FEATURE);
  }

  @Authorized('certification:edit')
  @Mutation(() => CertificationPath)
  saveCertificationPath(@Arg('input', () => CertificationPathInput) _input: CertificationPathInput): CertificationPath {
    return notYetAvailable(FEATURE);
  }

  @Authorized('certification:take')
  @Mutation(() => Certification)
  enroll(@Arg('pathId', () => ID) _pathId: string): Certification {
    return notYetAvailable(FEATURE);
  }

  @Authorized('certification:take')
  @Mutation(() => Certification)
  completeModule(@Arg('certificationId', () => ID) _certificationId: string, @Arg('moduleId', () => ID) _moduleId: string): Certification {
    return notYetAvailable(FEATURE);
  }

  @Authorized('certification:take')
  @Mutation(() => ExamResult, { description: 'answers[i] is the chosen index for the i-th question of the exam module.' })
  submitExam(
    @Arg('certificationId', () => ID) _certificationId: string,
    @Arg('moduleId', () => ID) _moduleId: string,
    @Arg('answers', () => [Int]) _answers: number[],
  ): ExamResult {
    return notYetAvailable(FEATURE);
  }
}
