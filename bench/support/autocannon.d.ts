// The part of autocannon 8 the benchmarks use (the package ships no types).
declare module "autocannon" {
  type Options = { url: string; connections: number; duration: number; headers?: Record<string, string>; timeout?: number };
  type Result = { requests: { average: number; total: number }; errors: number; timeouts: number; non2xx: number };
  type Instance = PromiseLike<Result> & {
    on(event: "response", listener: (client: unknown, statusCode: number, bytes: number, responseTimeMs: number) => void): void;
  };
  export default function autocannon(options: Options): Instance;
}
