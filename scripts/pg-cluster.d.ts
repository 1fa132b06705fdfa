// Types of scripts/pg-cluster.js (plain JavaScript so `npm test` runs without tsx).
export interface Cluster {
  dir: string;
  data: string;
  pgCtl: string;
  port: number;
  url: string;
}
export function findBin(name: string): string | null;
export function freePort(): Promise<number>;
export function asPostgresUser(cmd: string, args: string[]): [string, string[]];
export function start(options?: { settings?: Record<string, string> }): Promise<Cluster | null>;
export function stop(cluster: Cluster | null): void;
