import { createTRPCRouter } from "../../trpc";
import { focalPointsByCountry } from "./by-country";
import { createFocalPoint } from "./create-focal-point";
import { endFocalPoint } from "./end-focal-point";
import { listFocalPoints } from "./list-focal-points";
import { removeFocalPoint } from "./remove-focal-point";
import { updateFocalPoint } from "./update-focal-point";

export const focalPointRouter = createTRPCRouter({
  list: listFocalPoints,
  byCountry: focalPointsByCountry,
  create: createFocalPoint,
  update: updateFocalPoint,
  end: endFocalPoint,
  remove: removeFocalPoint,
});
