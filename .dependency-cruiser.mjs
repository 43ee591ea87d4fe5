// Imports run one way: app → features → components/domain/lib, and app/api → server → domain/lib.
// `npm run lint` checks every import of src/ against these rules, whatever its spelling ("~/…",
// relative, type-only), because dependency-cruiser resolves each one to the file it loads.
// tests/unit/architecture.test.ts proves each rule still catches what it names.

/** The Prisma client in all its forms: the singleton, its factory, the generated code, the package. */
const DATABASE = [
  "^src/server/db\\.ts$",
  "^src/server/db-client\\.ts$",
  "^src/generated/",
  "(^|/)@prisma/client(/|$)",
];

/** @type {import("dependency-cruiser").IForbiddenRuleType[]} */
export const forbidden = [
  {
    name: "server-imports-ui",
    comment: "Server code serves the UI; it never imports pages, features or components.",
    severity: "error",
    from: { path: "^src/server/" },
    to: { path: "^src/(features|app|components)/" },
  },
  {
    name: "domain-or-lib-imports-app-code",
    comment: "src/domain and src/lib are pure and shared by forms and server: they import neither.",
    severity: "error",
    from: { path: "^src/(domain|lib)/" },
    to: { path: "^src/(features|server|app|components)/" },
  },
  {
    name: "ui-imports-database",
    comment: "Pages, features and components read through tRPC procedures or src/server/<domain>.",
    severity: "error",
    from: { path: "^src/(features|components|app)/", pathNot: "^src/app/api/" },
    to: { path: DATABASE },
  },
  {
    name: "procedure-imports-prisma",
    comment: "Procedures authorise and delegate to src/server/<domain>; only the context opens the database.",
    severity: "error",
    from: { path: "^src/server/api/", pathNot: "^src/server/api/context\\.ts$" },
    to: { path: ["^src/server/db\\.ts$", "^src/generated/", "(^|/)@prisma/"] },
  },
];

/** @type {import("dependency-cruiser").IConfiguration} */
export default {
  forbidden,
  options: {
    // Generated code is a target of the rules, never their subject.
    doNotFollow: { path: ["node_modules", "^src/generated/"] },
    // Type-only imports count: they still tie a layer to another's code.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
    },
  },
};
