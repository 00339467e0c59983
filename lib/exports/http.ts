// The export routes share one shape: the signed-in person's own data only, as an attachment,
// never cached by anything between them and the server.

export function attachment(file: { body: BodyInit; type: string; name: string; size?: number | null }): Response {
  return new Response(file.body, {
    headers: {
      "Content-Type": file.type,
      "Content-Disposition": `attachment; filename="${file.name}"`,
      "Cache-Control": "private, no-store",
      ...(file.size ? { "Content-Length": String(file.size) } : {}),
    },
  });
}
