// The server's decision on a new password: the shared rules (src/domain/auth/password-rules.ts)
// plus the block list of common passwords. The list is 10,000 entries: only the server loads it,
// never a page's JavaScript (a unit test walks the client components' imports to keep it so).
import "server-only";
import type { z } from "zod";
import {
  findPasswordProblem as findProblem,
  newPasswordSchema as rulesSchema,
  type TPasswordContext,
} from "~/domain/auth/password-rules";
import type { TPasswordProblem } from "~/domain/auth/password-problems";
import commonPasswords from "./common-passwords.json";

const common: ReadonlySet<string> = new Set(commonPasswords);
const isCommon = (form: string) => common.has(form);

/** The first rule a new password breaks, common passwords included, or null when it is acceptable. */
export function findPasswordProblem(
  password: string,
  context: TPasswordContext = {},
): TPasswordProblem | null {
  return findProblem(password, context, isCommon);
}

/** A new password under the whole policy, with the person's own words refused as well when known. */
export function newPasswordSchema(context: TPasswordContext = {}): z.ZodType<string> {
  return rulesSchema(context, isCommon);
}

/** The whole policy without personal context, for API inputs. */
export const ZNewPassword = newPasswordSchema();
