// The upload as the browser sends it: XMLHttpRequest, because fetch reports no upload progress,
// and a 25 MB file on a slow connection takes long enough that people need to see it moving.

export type TUploadAnswer =
  { ok: true; id: string } | { ok: false; message: string; fieldErrors: Record<string, string> };

export function sendUpload(
  url: string,
  form: FormData,
  onProgress: (percent: number) => void,
  fallbackMessage: string,
): Promise<TUploadAnswer> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.responseType = "json";
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    });
    request.addEventListener("load", () => {
      const body = (request.response ?? {}) as {
        id?: string;
        message?: string;
        fieldErrors?: Record<string, string>;
      };
      if (request.status === 201 && body.id) resolve({ ok: true, id: body.id });
      else
        resolve({ ok: false, message: body.message ?? fallbackMessage, fieldErrors: body.fieldErrors ?? {} });
    });
    request.addEventListener("error", () =>
      resolve({ ok: false, message: fallbackMessage, fieldErrors: {} }),
    );
    request.send(form);
  });
}
