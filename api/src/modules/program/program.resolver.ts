import { Arg, Authorized, Ctx as GqlCtx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { scopeOf, type Ctx } from '../../graphql/context.js';
import { ProgramChange, ProgramVersionInfo, toVersionInfo } from './program-history.types.js';
import { ProgramInput } from './program-input.types.js';
import { LintFinding, Program, toProgram } from './program.types.js';
import { draftOrNext, exportProgram, programDiff, programHistory, programLint, programVersion } from './program.service.js';
import { publishProgram } from './publish-program.js';
import { importProgramDraft, saveProgramDraft } from './save-program-draft.js';

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
    const row = await draftOrNext(scopeOf(ctx));
    return row ? toProgram(row) : null;
  }

  @Authorized('program:read-draft')
  @Query(() => [LintFinding], { description: 'Vendor staff only: the design check of the draft.' })
  programLint(@GqlCtx() ctx: Ctx): Promise<LintFinding[]> {
    return programLint(scopeOf(ctx));
  }

  @Authorized('program:read-draft')
  @Query(() => [ProgramVersionInfo], { description: 'Vendor staff: the published versions, newest first.' })
  async programVersions(@GqlCtx() ctx: Ctx): Promise<ProgramVersionInfo[]> {
    return (await programHistory(scopeOf(ctx))).map(toVersionInfo);
  }

  @Authorized('program:read-draft')
  @Query(() => Program, { description: 'Vendor staff: one version (published, or the draft by its number).' })
  async programVersion(@Arg('version', () => Int) version: number, @GqlCtx() ctx: Ctx): Promise<Program> {
    return toProgram(await programVersion(scopeOf(ctx), version));
  }

  @Authorized('program:read-draft')
  @Query(() => [ProgramChange], { description: 'Vendor staff: what changed from one version to another (the draft included).' })
  programDiff(@Arg('from', () => Int) from: number, @Arg('to', () => Int) to: number, @GqlCtx() ctx: Ctx): Promise<ProgramChange[]> {
    return programDiff(scopeOf(ctx), from, to);
  }

  @Authorized('program:read-draft')
  @Query(() => String, { description: 'Vendor staff: a version as YAML (default: the draft, else the published program).' })
  exportProgram(@Arg('version', () => Int, { nullable: true }) version: number | null, @GqlCtx() ctx: Ctx): Promise<string> {
    return exportProgram(scopeOf(ctx), version);
  }

  @Authorized('program:edit')
  @Mutation(() => Program, { description: 'Vendor admin: replace the draft from a YAML or JSON text (errors name the line or path).' })
  async importProgramDraft(@Arg('text', () => String) text: string, @GqlCtx() ctx: Ctx): Promise<Program> {
    return toProgram(await importProgramDraft(scopeOf(ctx), text));
  }

  @Authorized('program:edit')
  @Mutation(() => Program, { description: 'Vendor admin: replace the draft program.' })
  async saveProgramDraft(@Arg('input', () => ProgramInput) input: ProgramInput, @GqlCtx() ctx: Ctx): Promise<Program> {
    return toProgram(await saveProgramDraft(scopeOf(ctx), input));
  }

  @Authorized('program:publish')
  @Mutation(() => Program, { description: 'Vendor admin: publish the draft (fails with BAD_USER_INPUT while the lint has ERRORs).' })
  async publishProgram(@GqlCtx() ctx: Ctx): Promise<Program> {
    return toProgram(await publishProgram(scopeOf(ctx)));
  }
}
