#!/usr/bin/env node
/**
 * Lint: every `switch` over a union of literals (a status, a benefit kind, a
 * metric, ...) names every member in a `case`, so adding a value to a shared
 * union fails the lint where it is not handled. A `default` does not count:
 * it would swallow the new value silently. Switches over wider types
 * (number, string) are not checked.
 *
 * Usage (from a package): node ../.ci/exhaustive-switches.mjs [tsconfig.json]
 * Typescript is resolved from the package that runs it.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const ts = require('typescript');

const configPath = path.resolve(process.argv[2] ?? 'tsconfig.json');
const config = ts.readConfigFile(configPath, ts.sys.readFile);
if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, path.dirname(configPath));
const program = ts.createProgram(parsed.fileNames, parsed.options);
const checker = program.getTypeChecker();

/** The literal members of a type when it is a union made only of literals (else null). */
function literalMembers(type) {
  const parts = type.isUnion() ? type.types : [type];
  if (parts.length < 2) return null;
  const names = [];
  for (const part of parts) {
    if (part.isStringLiteral() || part.isNumberLiteral()) names.push(JSON.stringify(part.value));
    else if (part.flags & ts.TypeFlags.BooleanLiteral) names.push(checker.typeToString(part));
    else if (part.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) names.push(checker.typeToString(part));
    else return null;
  }
  return names;
}

const problems = [];
for (const file of program.getSourceFiles()) {
  if (file.isDeclarationFile || file.fileName.includes('node_modules')) continue;
  const visit = (node) => {
    if (ts.isSwitchStatement(node)) {
      const members = literalMembers(checker.getTypeAtLocation(node.expression));
      if (members) {
        const covered = new Set();
        for (const clause of node.caseBlock.clauses) {
          if (!ts.isCaseClause(clause)) continue;
          const caseType = checker.getTypeAtLocation(clause.expression);
          for (const name of literalMembers(caseType) ?? [caseType.isLiteral() ? JSON.stringify(caseType.value) : checker.typeToString(caseType)]) covered.add(name);
        }
        const missing = members.filter((m) => !covered.has(m));
        if (missing.length) {
          const { line } = file.getLineAndCharacterOfPosition(node.getStart());
          problems.push(`${path.relative(process.cwd(), file.fileName)}:${line + 1}: switch does not handle ${missing.join(', ')}`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

if (problems.length) {
  console.error(`Switches over a union must name every member (a default would swallow new values):\n${problems.join('\n')}`);
  process.exit(1);
}
