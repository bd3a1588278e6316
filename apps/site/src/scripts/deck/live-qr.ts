import QRCode from 'qrcode';

/** The same options as the site's add-friend QR (src/pages/[qr].svg.ts), large enough to scan from a seat. */
export const LIVE_QR_OPTIONS = {
  type: 'svg',
  margin: 2,
  errorCorrectionLevel: 'M',
  color: { dark: '#000000', light: '#ffffff' },
} as const;

/** A QR code of `text` as an image URL (data: is allowed by the site's img-src). */
export async function qrImageUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, LIVE_QR_OPTIONS);
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
