import type { APIRoute, GetStaticPaths } from 'astro';
import QRCode from 'qrcode';
import { siteEnv } from '../lib/site-env.ts';

/** /line-qr.svg: the LINE bot's add-friend QR code, built only when LINE_ADD_FRIEND_URL is set. */
export const getStaticPaths = (() =>
  siteEnv.LINE_ADD_FRIEND_URL ? [{ params: { qr: 'line-qr' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const url = siteEnv.LINE_ADD_FRIEND_URL;
  if (!url) return new Response(null, { status: 404 });
  const svg = await QRCode.toString(url, {
    type: 'svg',
    margin: 2,
    errorCorrectionLevel: 'M',
    color: { dark: '#000000', light: '#ffffff' },
  });
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
