export async function routeFirstLoadJs(route: string): Promise<{ source: string; files: string[]; rawBytes: number; gzipBytes: number } | null> {
  void route;
  return null;
}
