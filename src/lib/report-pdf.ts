// The official printed report (PDF), linked from every page's header menu and the start page.
// Set REPORT_PDF_URL at build time (an https address); without it the link is left out, so the
// site never points at a file that is not there.
export function reportPdfUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const raw = env.REPORT_PDF_URL?.trim();
  if (!raw) return undefined;
  const url = new URL(raw);
  if (url.protocol !== 'https:') throw new Error(`REPORT_PDF_URL must be an https address, got ${raw}`);
  return url.href;
}
