// zjol.com.cn hosts (TEMPLATES.md: about 130 subdomains plus the bare domain). Any subdomain counts, so the
// list is a pattern, not an enumeration; the CDN hosts serve images and scripts, never pages.
export const ZJOL_HOST = /(^|\.)zjol\.com\.cn$/i;
export const ZJOL_CDN_HOSTS = /^(img\.zjol\.com\.cn|img\.zjolcdn\.com|v-cdn\.zjol\.com\.cn)$/i;
/** The portal's home page lives on these hosts; other subdomains' roots are channel front pages. */
export const ZJOL_HOME_HOSTS = /^(www\.)?zjol\.com\.cn$/i;
/** The app's web views (`news.html?id=…`). */
export const ZJOL_APP_HOST = /^zj\.zjol\.com\.cn$/i;

export function isZjolHost(host: string): boolean {
  return ZJOL_HOST.test(host);
}
