import { messagingApi } from '@line/bot-sdk';

/** The rich-menu calls of the `richmenu` command (a separate program from the bot's messaging). */
export async function publishRichMenu(options: {
  channelAccessToken: string;
  apiBaseUrl: string;
  dataApiBaseUrl: string;
  menu: messagingApi.RichMenuRequest;
  image: Uint8Array;
}): Promise<string> {
  const api = new messagingApi.MessagingApiClient({
    channelAccessToken: options.channelAccessToken,
    baseURL: options.apiBaseUrl,
  });
  const blob = new messagingApi.MessagingApiBlobClient({
    channelAccessToken: options.channelAccessToken,
    baseURL: options.dataApiBaseUrl,
  });
  await api.validateRichMenuObject(options.menu);
  const { richMenuId } = await api.createRichMenu(options.menu);
  await blob.setRichMenuImage(
    richMenuId,
    new Blob([options.image as Uint8Array<ArrayBuffer>], { type: 'image/png' }),
  );
  await api.setDefaultRichMenu(richMenuId);
  return richMenuId;
}
