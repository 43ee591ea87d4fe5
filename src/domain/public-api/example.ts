// The example answer the reference page shows, checked against the answer's own schema so that
// it cannot drift from what the API sends.
import { ZActivityListResponse } from "./activities";

export const EXAMPLE_REQUEST = "/api/v1/activities?when=upcoming&rcp=bali-process&limit=5";

export const exampleActivityList = () =>
  ZActivityListResponse.parse({
    data: [
      {
        slug: "regional-workshop-on-labour-migration-2027",
        title: {
          en: "Regional workshop on labour migration",
          fr: "Atelier régional sur la migration de main-d'œuvre",
        },
        kind: "WORKSHOP",
        status: "SCHEDULED",
        start: "2027-05-12",
        end: "2027-05-13",
        startsAt: "2027-05-12T02:30:00.000Z",
        endsAt: "2027-05-13T10:00:00.000Z",
        timeZone: "Asia/Bangkok",
        location: "Bangkok",
        country: "TH",
        isOnline: false,
        hosts: [
          {
            slug: "bali-process",
            shortName: { en: "Bali Process", fr: "Processus de Bali", es: "Proceso de Bali" },
          },
        ],
      },
    ],
    nextCursor: null,
  });
