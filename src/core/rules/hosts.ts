// zjol.com.cn hosts (docs/zjol-templates.md: about 130 subdomains plus the bare domain). Any subdomain counts, so the
// list is a pattern, not an enumeration; the CDN hosts serve images and scripts, never pages.
export const ZJOL_HOST = /(^|\.)zjol\.com\.cn$/i;
export const ZJOL_CDN_HOSTS = /^(img\.zjol\.com\.cn|img\.zjolcdn\.com|v-cdn\.zjol\.com\.cn)$/i;

export function isZjolHost(host: string): boolean {
  return ZJOL_HOST.test(host);
}
