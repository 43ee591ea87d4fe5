// What client components import ends up in the browser. Following their imports (type-only ones
// are erased, so they are not followed) proves that server-only data never gets there.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const src = path.join(root, "src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function resolve(specifier: string, from: string): string | null {
  const base = specifier.startsWith("~/")
    ? path.join(src, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The modules a file loads at run time: type-only imports and exports are left out. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined &&
        !clause.name &&
        bindings !== undefined &&
        ts.isNamedImports(bindings) &&
        bindings.elements.length > 0 &&
        bindings.elements.every((element) => element.isTypeOnly);
      if (!onlyTypes) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers.flatMap((specifier) => resolve(specifier, file) ?? []);
}

function isClientComponent(file: string): boolean {
  return /^\s*(\/\/[^\n]*\n\s*)*["']use client["']/.test(fs.readFileSync(file, "utf8"));
}

/** Every module reachable from the client components, each with one import chain that reaches it. */
function clientModules(): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const queue = sourceFiles(src)
    .filter(isClientComponent)
    .map((file) => [file]);
  for (let chain = queue.shift(); chain; chain = queue.shift()) {
    const file = chain[chain.length - 1]!;
    if (reached.has(file)) continue;
    reached.set(file, chain);
    if (/\.tsx?$/.test(file)) for (const next of runtimeImports(file)) queue.push([...chain, next]);
  }
  return reached;
}

const relative = (chain: string[]) => chain.map((file) => path.relative(root, file)).join(" → ");

describe("client components", () => {
  const modules = clientModules();
  const leaksTo = (files: string[]) =>
    files.flatMap((file) => {
      const chain = modules.get(path.join(src, file));
      return chain ? [relative(chain)] : [];
    });

  it("are found, with what they import", () => {
    expect(modules.has(path.join(src, "features/auth/reset-password-form.tsx"))).toBe(true);
    expect(modules.has(path.join(src, "domain/auth/password-rules.ts"))).toBe(true);
  });

  it("never load the common-password list or the server's password policy", () => {
    const forbidden = ["server/auth/common-passwords.json", "server/auth/password-policy.ts"];
    expect(leaksTo(forbidden)).toEqual([]);
  });

  it("never load the database client", () => {
    expect(leaksTo(["server/db.ts", "server/db-client.ts"])).toEqual([]);
  });
});
