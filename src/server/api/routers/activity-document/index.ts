import { createTRPCRouter } from "../../trpc";
import { deleteDocument } from "./delete-document";
import { listDocuments } from "./list-documents";
import { updateDocument } from "./update-document";

export const activityDocumentRouter = createTRPCRouter({
  list: listDocuments,
  update: updateDocument,
  delete: deleteDocument,
});
