import type { RequestListener, Server } from 'node:http';

export interface ServeOptions {
  /** The folder to serve. */
  dir: string;
  /** URL prefix the folder is served under: "/" (the default) or "/sub/path/". */
  base?: string;
  /** Send COOP/COEP (the default); false imitates a static host such as GitHub Pages. */
  isolation?: boolean;
}

export declare const MIME_TYPES: Record<string, string>;
export declare function normaliseBase(base: string): string;
export declare function pathSegments(relativeUrlPath: string): string[] | null;
export declare function createHandler(options: ServeOptions): RequestListener;
export declare function startServer(options: ServeOptions & { port?: number; host?: string }): Promise<Server>;
