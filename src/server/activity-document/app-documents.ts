// The document routes' entry points: the app's database and file storage, chosen here so the
// routes pass only the request and the reader.
import { db } from "~/server/db";
import { appStorage } from "~/server/storage/app-storage";
import type { TAccess } from "~/server/user/access";
import { downloadDocument } from "./download";
import { uploadDocument } from "./upload";

export const uploadToActivity = (request: Request, access: TAccess | null, activityId: string) =>
  uploadDocument(request, { db, storage: appStorage(), access, activityId });

export const downloadForReader = (access: TAccess | null, documentId: string) =>
  downloadDocument(db, appStorage(), access, documentId);
