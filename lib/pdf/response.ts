import "server-only";

/** A generated PDF as a download: never cached, never sniffed, named after the reference. */
export function pdfResponse(pdf: Buffer, baseName: string): Response {
  const safe = baseName.replace(/[^A-Za-z0-9._-]/g, "_");
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-length": String(pdf.length),
      "content-disposition": `attachment; filename="${safe}.pdf"`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}

export const notFoundResponse = () => new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
