import { Arg, Authorized, Ctx as GqlCtx, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../graphql/context.js';
import { LintFinding, Program, ProgramInput, toProgram } from './program.types.js';
import { ProgramService } from './program.service.js';

@Resolver(() => Program)
export class ProgramResolver {
  @Query(() => Program, { nullable: true, description: 'The published program; null before the first publish.' })
  async program(@GqlCtx() ctx: Ctx): Promise<Program | null> {
    const row = await ctx.loaders.publishedProgram();
    return row ? toProgram(row) : null;
  }

  @Authorized('program:read-draft')
  @Query(() => Program, { nullable: true, description: 'Vendor staff only.' })
  async programDraft(@GqlCtx() ctx: Ctx): Promise<Program | null> {
    const row = await new ProgramService(ctx).draftOrNext();
    return row ? toProgram(row) : null;
  }

  @Authorized('program:read-draft')
  @Query(() => [LintFinding], { description: 'Vendor staff only: the design check of the draft.' })
  programLint(@GqlCtx() ctx: Ctx): Promise<LintFinding[]> {
    return new ProgramService(ctx).lint();
  }

  @Authorized('program:edit')
  @Mutation(() => Program, { description: 'Vendor admin: replace the draft program.' })
  async saveProgramDraft(@Arg('input', () => ProgramInput) input: ProgramInput, @GqlCtx() ctx: Ctx): Promise<Program> {
    return toProgram(await new ProgramService(ctx).saveDraft(input));
  }

  @Authorized('program:publish')
  @Mutation(() => Program, { description: 'Vendor admin: publish the draft (fails with BAD_USER_INPUT while the lint has ERRORs).' })
  async publishProgram(@GqlCtx() ctx: Ctx): Promise<Program> {
    return toProgram(await new ProgramService(ctx).publish());
  }
}
