import { describe, expect, it } from 'vitest';
import { recogniseErrorDocument } from '../../../src/core/clean/error-document';
import { PROSE, paragraphs, parse, stockDocument, stockPieces } from './dom';

const FRAME_URL = 'http://zjnews.zjol.com.cn/05zjnews/ssi/dateline.shtml';

describe('recogniseErrorDocument: stock server pages', () => {
  const cases: Array<[string, number, string]> = [
    ['403 Forbidden', 403, 'ZJOL/1.22.95'],
    ['404 Not Found', 404, 'ZJOL/1.22.95'],
    ['404 Not Found', 404, 'ZJOL/1.20.3'],
    ['500 Internal Server Error', 500, 'ZJOL/2.0.1'],
    ['502 Bad Gateway', 502, 'nginx/1.18.0'],
    ['503 Service Temporarily Unavailable', 503, 'nginx'],
    ['504 Gateway Time-out', 504, 'openresty/1.19.3.1'],
    ['414 Request-URI Too Large', 414, 'Tengine/2.3.2'],
  ];
  for (const [line, status, server] of cases) {
    it(`${line} from ${server}`, () => {
      const doc = parse(stockDocument(line, server), FRAME_URL);
      expect(recogniseErrorDocument(doc)).toEqual({ status, server, kind: 'server-error-page' });
    });
  }

  it('prefers the HTTP status when the caller knows it', () => {
    const doc = parse(stockDocument('404 Not Found', 'ZJOL/1.22.95'), FRAME_URL);
    expect(recogniseErrorDocument(doc, 410)).toEqual({ status: 410, server: 'ZJOL/1.22.95', kind: 'server-error-page' });
  });

  it('reads the status from the page when the server answered 200 (a soft error)', () => {
    const doc = parse(stockDocument('404 Not Found', 'ZJOL/1.22.95'), FRAME_URL);
    expect(recogniseErrorDocument(doc, 200)?.status).toBe(404);
  });

  it('nginx page with server_tokens off and the version suffix "(Ubuntu)"', () => {
    expect(recogniseErrorDocument(parse(stockDocument('502 Bad Gateway', 'nginx/1.18.0 (Ubuntu)')))?.server).toBe('nginx/1.18.0');
  });

  it('a stock page without its <title> (heading and server line only)', () => {
    const doc = parse('<body><center><h1>502 Bad Gateway</h1></center><hr><center>ZJOL/1.22.95</center></body>', FRAME_URL);
    expect(recogniseErrorDocument(doc)).toEqual({ status: 502, server: 'ZJOL/1.22.95', kind: 'server-error-page' });
  });

  it('Apache', () => {
    const doc = parse(
      `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>404 Not Found</title>
</head><body>
<h1>Not Found</h1>
<p>The requested URL /05zjnews/ssi/dateline.shtml was not found on this server.</p>
<hr>
<address>Apache/2.4.41 (Ubuntu) Server at zjnews.zjol.com.cn Port 80</address>
</body></html>`,
      FRAME_URL,
    );
    expect(recogniseErrorDocument(doc)).toEqual({ status: 404, server: 'Apache/2.4.41', kind: 'server-error-page' });
  });

  it('IIS 7.5', () => {
    const doc = parse(
      `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>
<title>404 - File or directory not found.</title>
<style type="text/css">
<!--
body{margin:0;font-size:.7em;font-family:Verdana, Arial, Helvetica, sans-serif;background:#EEEEEE;}
fieldset{padding:0 15px 10px 15px;}
-->
</style>
</head>
<body>
<div id="header"><h1>Server Error</h1></div>
<div id="content">
 <div class="content-container"><fieldset>
  <h2>404 - File or directory not found.</h2>
  <h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3>
 </fieldset></div>
</div>
</body>
</html>`,
      FRAME_URL,
    );
    expect(recogniseErrorDocument(doc)).toEqual({ status: 404, server: null, kind: 'server-error-page' });
  });

  it('IIS 6 "The page cannot be found" (status only in the body)', () => {
    const doc = parse(
      `<html><head><title>The page cannot be found</title></head><body>
<table width="500" border="0" cellspacing="10"><tr><td>
<h1>The page cannot be found</h1>
The page you are looking for might have been removed, had its name changed, or is temporarily unavailable.
<hr>
<p>Please try the following:</p>
<ul><li>Make sure that the Web site address displayed in the address bar of your browser is spelled and formatted correctly.</li></ul>
<h2>HTTP Error 404 - File or directory not found.<br>Internet Information Services (IIS)</h2>
</td></tr></table></body></html>`,
      FRAME_URL,
    );
    expect(recogniseErrorDocument(doc)).toEqual({ status: 404, server: null, kind: 'server-error-page' });
  });

  it('Tomcat', () => {
    const doc = parse(
      `<!doctype html><html lang="en"><head><title>HTTP Status 404 – Not Found</title><style type="text/css">body {font-family:Tahoma,Arial,sans-serif;} h1 {font-size:22px;}</style></head><body><h1>HTTP Status 404 – Not Found</h1><hr class="line" /><p><b>Type</b> Status Report</p><p><b>Message</b> &#47;missing.jsp</p><p><b>Description</b> The origin server did not find a current representation for the target resource or is not willing to disclose that one exists.</p><hr class="line" /><h3>Apache Tomcat/9.0.31</h3></body></html>`,
      FRAME_URL,
    );
    expect(recogniseErrorDocument(doc)).toEqual({ status: 404, server: 'Apache Tomcat/9.0.31', kind: 'server-error-page' });
  });

  it('a short custom error page counts only when the HTTP status says so', () => {
    const html = '<html><head><title>页面不存在_浙江在线</title></head><body><div class="err"><img src="/images/404.png"><p>对不起，您访问的页面不存在！</p><a href="/">返回首页</a></div></body></html>';
    expect(recogniseErrorDocument(parse(html, FRAME_URL))).toBeNull();
    expect(recogniseErrorDocument(parse(html, FRAME_URL), 404)).toEqual({ status: 404, server: null, kind: 'server-error-page' });
  });
});

describe('recogniseErrorDocument: browser network-error pages', () => {
  const CHROMIUM = `<!DOCTYPE html>
<html dir="ltr" lang="en">
<head>
  <meta charset="utf-8">
  <meta name="color-scheme" content="light dark">
  <meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
  <title>nx.example.invalid</title>
  <style>body { font-family: system-ui, sans-serif; } .hidden { display: none; }</style>
  <script>var loadTimeData = { data_: { "errorCode": "DNS_PROBE_FINISHED_NXDOMAIN" } };</script>
</head>
<body id="t" class="neterror" style="font-family: system-ui, sans-serif; font-size: 75%">
  <div id="main-frame-error" class="interstitial-wrapper">
    <div id="main-content">
      <div class="icon icon-generic"></div>
      <div id="main-message">
        <h1><span jscontent="heading.msg">This site can’t be reached</span></h1>
        <p jsselect="summary">Check if there is a typo in <strong jscontent="hostName">nx.example.invalid</strong>.</p>
        <div id="suggestions-list"><ul><li>Checking the connection</li><li>Checking the proxy, firewall, and DNS configuration</li></ul></div>
        <div class="error-code" jscontent="errorCode">DNS_PROBE_FINISHED_NXDOMAIN</div>
      </div>
    </div>
    <div id="buttons" class="nav-wrapper">
      <div id="control-buttons">
        <button id="reload-button" class="blue-button text-button">Reload</button>
        <button id="details-button" class="secondary-button text-button small-link">Details</button>
      </div>
    </div>
    <div id="details" class="hidden"></div>
  </div>
  <div id="sub-frame-error">
    <img class="icon" src="data:image/png;base64,iVBORw0KGgo=">
    <div id="sub-frame-error-details" class="hidden">nx.example.invalid’s server IP address could not be found.</div>
  </div>
</body>
</html>`;

  it("Chromium's error page, served from chrome-error://", () => {
    const doc = parse(CHROMIUM, 'chrome-error://chromewebdata/');
    expect(recogniseErrorDocument(doc)).toEqual({ status: null, server: null, kind: 'network-error-page' });
  });

  it("Chromium's error page markup under the frame's own URL", () => {
    expect(recogniseErrorDocument(parse(CHROMIUM, 'http://nx.example.invalid/frame.html'))?.kind).toBe('network-error-page');
  });

  it("Chromium's sub-frame error (a frame that failed to load)", () => {
    const doc = parse(
      `<html><head><title>nx.example.invalid</title></head><body class="neterror" id="t"><div id="sub-frame-error"><img class="icon" src="data:image/png;base64,iVBORw0KGgo="><div id="sub-frame-error-details" class="hidden">ERR_NAME_NOT_RESOLVED</div></div></body></html>`,
      'http://nx.example.invalid/frame.html',
    );
    expect(recogniseErrorDocument(doc)?.kind).toBe('network-error-page');
  });

  const FIREFOX = `<html xmlns="http://www.w3.org/1999/xhtml" data-l10n-sync="true" lang="en-US" dir="ltr">
<head>
  <meta http-equiv="Content-Security-Policy" content="default-src chrome:; object-src 'none'">
  <meta name="color-scheme" content="light dark">
  <title data-l10n-id="neterror-page-title">Problem loading page</title>
  <link rel="stylesheet" href="chrome://browser/skin/aboutNetError.css" type="text/css" media="all">
  <link rel="icon" id="favicon" href="chrome://global/skin/icons/info.svg">
</head>
<body class="illustrated neterror">
  <div id="errorPageContainer" class="container">
    <div id="text-container">
      <div class="title"><h1 class="title-text" data-l10n-id="dnsNotFound-title">Hmm. We’re having trouble finding that site.</h1></div>
      <p id="errorShortDesc">We can’t connect to the server at nx.example.invalid.</p>
      <div id="errorLongDesc"><p>If you entered the right address, you can:</p><ul><li>Try again later</li><li>Check your network connection</li></ul></div>
      <div id="netErrorButtonContainer" class="button-container">
        <button id="neterrorTryAgainButton" class="primary try-again" data-l10n-id="neterror-try-again-button">Try Again</button>
      </div>
    </div>
  </div>
</body>
</html>`;

  it("Firefox's about:neterror", () => {
    const doc = parse(FIREFOX, 'about:neterror?e=dnsNotFound&u=http%3A//nx.example.invalid/frame.html&c=UTF-8');
    expect(recogniseErrorDocument(doc)).toEqual({ status: null, server: null, kind: 'network-error-page' });
  });

  it("Firefox's error page markup under the frame's own URL", () => {
    expect(recogniseErrorDocument(parse(FIREFOX, 'http://nx.example.invalid/frame.html'))?.kind).toBe('network-error-page');
  });

  it('one error-page id on an ordinary page is not enough', () => {
    const doc = parse(`<html><head><title>新闻</title></head><body><div id="errorPageContainer">${paragraphs()}</div></body></html>`);
    expect(recogniseErrorDocument(doc)).toBeNull();
  });
});

describe('recogniseErrorDocument: strict', () => {
  it('a Chinese article quoting "404 Not Found" is not an error page', () => {
    const doc = parse(`<html><head><title>网站“404 Not Found”页面背后的故事-浙江新闻-浙江在线</title></head><body>
<h1>网站“404 Not Found”页面背后的故事</h1>
<p>　　当你在浏览器里看到“404 Not Found”时,说明服务器找不到你要的页面。</p>
<h2>404 Not Found</h2>
${paragraphs(8)}
<center>ZJOL/1.22.95</center>
</body></html>`);
    expect(recogniseErrorDocument(doc)).toBeNull();
    expect(recogniseErrorDocument(doc, 200)).toBeNull();
  });

  it('a short English article with a "404 Not Found" heading is not an error page', () => {
    const text = 'When a server cannot find the file you asked for, it answers with a short page. ';
    const doc = parse(`<html><head><title>What "404 Not Found" means</title></head><body><h1>What it means</h1><h2>404 Not Found</h2><p>${text.repeat(6)}</p><hr><p>nginx</p></body></html>`);
    expect(recogniseErrorDocument(doc)).toBeNull();
  });

  it('an article whose <head> received a failed include (its first <title> is the error) is still an article', () => {
    const doc = parse(`<html><head>${stockDocument()}<title>不断谋求新突破推动杭州率先发展</title></head><body>${paragraphs(8)}</body></html>`);
    expect(doc.title).toBe('404 Not Found');
    expect(recogniseErrorDocument(doc)).toBeNull();
  });

  it('a long article served with an error status is not treated as an error page', () => {
    const doc = parse(`<html><head><title>标题</title></head><body>${paragraphs(12)}</body></html>`);
    expect(recogniseErrorDocument(doc, 404)).toBeNull();
  });

  it('a page holding a pasted fragment among content is not itself an error page', () => {
    const doc = parse(`<html><head><title>杭州新闻</title></head><body>${PROSE[0]}${stockPieces()}${paragraphs(4)}</body></html>`);
    expect(recogniseErrorDocument(doc)).toBeNull();
  });
});
