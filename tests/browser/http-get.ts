import { get, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { get as getSecure } from 'node:https';

export interface WireResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * One GET as it travels, without fetch's decompression, so a test sees the bytes a browser is
 * sent. Over https it takes any certificate: the tests' servers listen on 127.0.0.1 with one
 * made for the run.
 */
export function getOnWire(url: string, headers: Record<string, string> = {}): Promise<WireResponse> {
  return new Promise((resolve, reject) => {
    const received = (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    };
    const request = url.startsWith('https:') ? getSecure(url, { headers, rejectUnauthorized: false }, received) : get(url, { headers }, received);
    request.on('error', reject);
  });
}
