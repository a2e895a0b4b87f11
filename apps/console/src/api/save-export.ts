import type { GraphQLClient } from './client';

/** Downloads `/export/<id>.csv` as the signed-in account and saves it under the server's file name. */
export async function saveExport(client: GraphQLClient, id: string, variables: Record<string, unknown> = {}): Promise<void> {
  const query = Object.keys(variables).length ? `?variables=${encodeURIComponent(JSON.stringify(variables))}` : '';
  const response = await client.download(`/export/${encodeURIComponent(id)}.csv${query}`);
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: string } | null;
    throw new Error(body?.message ?? `${response.status} ${response.statusText}`);
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `${id}.csv`;
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
