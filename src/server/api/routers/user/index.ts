import { createTRPCRouter } from "../../trpc";
import { getMe } from "./get-me";

export const userRouter = createTRPCRouter({
  me: getMe,
});
