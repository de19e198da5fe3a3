/**
 * The platform's own domains (the operator's `PLATFORM_DOMAINS`): links to them and their
 * subdomains, and mail from them, reach nobody off the platform, so the contact detector lets them
 * through (`detectionOptionsFor`). Dependency-free: app/config.ts imports it, and instrumentation.ts
 * reads config.ts before the rest of the application loads.
 */

/** The platform's own domains when the operator configures none: its help, terms and rating pages and the mail it sends. */
export const DEFAULT_PLATFORM_DOMAINS: readonly string[] = ["autodoctor.app"];
