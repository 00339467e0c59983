import QRCode from "qrcode";

/**
 * The QR code as an SVG data: URL, drawn on the server (no script, no request to anyone else, so
 * the page keeps its strict Content-Security-Policy; img-src allows data:).
 */
export async function qrCodeDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
