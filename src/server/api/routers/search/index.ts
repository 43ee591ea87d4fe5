import { createTRPCRouter } from "../../trpc";
import { searchQuery } from "./search-query";

export const searchRouter = createTRPCRouter({ query: searchQuery });
