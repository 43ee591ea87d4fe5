import { describe, expect, it } from "vitest";
import { acceptedMediaType } from "~/server/activity-document/file-kind";
import { BAD_FILES, GOOD_FILES } from "../support/sample-files";

describe("what an uploaded file is, read from its content", () => {
  it.each(GOOD_FILES)("accepts $name as $mediaType", async ({ content, mediaType }) => {
    expect(await acceptedMediaType(content)).toBe(mediaType);
  });

  it.each(BAD_FILES)("refuses $name that is not what its name says", async ({ content }) => {
    expect(await acceptedMediaType(content)).toBeNull();
  });
});
