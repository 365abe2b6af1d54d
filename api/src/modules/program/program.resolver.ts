import { Arg, Authorized, Ctx as GqlCtx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { scopeOf, type Ctx } from '../../graphql/context.js';
import { LintFinding, Program, ProgramChange, ProgramInput, ProgramVersionInfo, toProgram } from './program.types.js';
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
    const row = await new ProgramService(scopeOf(ctx)).draftOrNext();
    return row ? toProgram(row) : null;
  }

  @Authorized('program:read-draft')
  @Query(() => [LintFinding], { description: 'Vendor staff only: the design check of the draft.' })
  programLint(@GqlCtx() ctx: Ctx): Promise<LintFinding[]> {
    return new ProgramService(scopeOf(ctx)).lint();
  }

  @Authorized('program:read-draft')
  @Query(() => [ProgramVersionInfo], { description: 'Vendor staff: the published versions, newest first.' })
  async programVersions(@GqlCtx() ctx: Ctx): Promise<ProgramVersionInfo[]> {
    return (await new ProgramService(scopeOf(ctx)).history()).map((v) => ({ version: v.version, name: v.document.name, publishedAt: v.publishedAt!, publishedById: v.publishedById ?? null }));
  }

  @Authorized('program:read-draft')
  @Query(() => Program, { description: 'Vendor staff: one version (published, or the draft by its number).' })
  async programVersion(@Arg('version', () => Int) version: number, @GqlCtx() ctx: Ctx): Promise<Program> {
    return toProgram(await new ProgramService(scopeOf(ctx)).version(version));
  }

  @Authorized('program:read-draft')
  @Query(() => [ProgramChange], { description: 'Vendor staff: what changed from one version to another (the draft included).' })
  programDiff(@Arg('from', () => Int) from: number, @Arg('to', () => Int) to: number, @GqlCtx() ctx: Ctx): Promise<ProgramChange[]> {
    return new ProgramService(scopeOf(ctx)).diff(from, to);
  }

  @Authorized('program:read-draft')
  @Query(() => String, { description: 'Vendor staff: a version as YAML (default: the draft, else the published program).' })
  exportProgram(@Arg('version', () => Int, { nullable: true }) version: number | null, @GqlCtx() ctx: Ctx): Promise<string> {
    return new ProgramService(scopeOf(ctx)).export(version);
  }

  @Authorized('program:edit')
  @Mutation(() => Program, { description: 'Vendor admin: replace the draft from a YAML or JSON text (errors name the line or path).' })
  async importProgramDraft(@Arg('text', () => String) text: string, @GqlCtx() ctx: Ctx): Promise<Program> {
    return toProgram(await new ProgramService(scopeOf(ctx)).importDraft(text));
  }

  @Authorized('program:edit')
  @Mutation(() => Program, { description: 'Vendor admin: replace the draft program.' })
  async saveProgramDraft(@Arg('input', () => ProgramInput) input: ProgramInput, @GqlCtx() ctx: Ctx): Promise<Program> {
    return toProgram(await new ProgramService(scopeOf(ctx)).saveDraft(input));
  }

  @Authorized('program:publish')
  @Mutation(() => Program, { description: 'Vendor admin: publish the draft (fails with BAD_USER_INPUT while the lint has ERRORs).' })
  async publishProgram(@GqlCtx() ctx: Ctx): Promise<Program> {
    return toProgram(await new ProgramService(scopeOf(ctx)).publish());
  }
}
