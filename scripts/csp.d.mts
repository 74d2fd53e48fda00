export declare const META_POLICY: string;
export declare const PAGE_POLICY: string;
export declare const WORKER_POLICY: string;
export declare function isWorkerScript(fileName: string): boolean;
export declare function policyFor(fileName: string): string;
