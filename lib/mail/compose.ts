import { languageOf } from "../i18n/negotiate";
import { translatorFor } from "../i18n/translator";

// Every message has a plain-text and an HTML part, built from the same few blocks so they say the
// same thing, in the recipient's language (`locale`).

export type MailBlock =
  | { paragraph: string }
  | { button: { label: string; url: string } }
  | { note: string }
  /** A plain link, for secondary actions beside the one button. */
  | { link: { label: string; url: string } };

export type ComposedMail = { subject: string; text: string; html: string };

/** "Hello Ana," / "Hola, Ana:" in the recipient's language. */
export function hello(name: string, locale: string): string {
  return translatorFor(locale, "email")("hello", { name });
}

export function composeMail(subject: string, greeting: string, blocks: MailBlock[], locale = "en"): ComposedMail {
  const t = translatorFor(locale, "email");
  const signature = t("signature");
  const text = [
    greeting,
    ...blocks.map((block) =>
      "paragraph" in block
        ? block.paragraph
        : "button" in block
          ? `${block.button.label}:\n${block.button.url}`
          : "link" in block
            ? `${block.link.label}: ${block.link.url}`
            : block.note,
    ),
    signature,
  ].join("\n\n");

  const html = `<!doctype html>
<html lang="${languageOf(locale) ?? "en"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f6f7f9;font-family:Arial,Helvetica,sans-serif;font-size:18px;line-height:1.5;color:#1f2933">
<div style="max-width:560px;margin:0 auto;background:#ffffff;padding:24px;border-radius:8px">
<p>${escapeHtml(greeting)}</p>
${blocks.map((block) => renderBlock(block, t("buttonFallback"))).join("\n")}
<p style="color:#52606d;font-size:16px">${escapeHtml(signature)}</p>
</div></body></html>`;

  return { subject, text, html };
}

function renderBlock(block: MailBlock, buttonFallback: string): string {
  if ("paragraph" in block) return `<p>${escapeHtml(block.paragraph)}</p>`;
  if ("note" in block) return `<p style="color:#52606d;font-size:16px">${escapeHtml(block.note)}</p>`;
  if ("link" in block) return `<p style="font-size:16px"><a href="${escapeHtml(block.link.url)}" style="color:#0b5cab">${escapeHtml(block.link.label)}</a></p>`;
  const { label, url } = block.button;
  return `<p><a href="${escapeHtml(url)}" style="display:inline-block;background:#0b5cab;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(label)}</a></p>
<p style="font-size:14px;color:#52606d">${escapeHtml(buttonFallback)}<br>${escapeHtml(url)}</p>`;
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}
