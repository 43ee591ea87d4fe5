// The unsubscribe route's entry point: the app's database, chosen here so the route passes only the token.
import { db } from "~/server/db";
import { unsubscribeWithToken } from "./preferences";

export const unsubscribeByLink = (token: string) => unsubscribeWithToken(db, token);
