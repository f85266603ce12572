// @vitest-environment jsdom
// PageChanges answers "is the scan still the page as it is now?" for on-demand reads: added nodes
// and rewritten text make the page dirty; what the extension adds itself does not.
import { describe, expect, it } from 'vitest';
import { PageChanges } from '../../../src/content/late-changes';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const ours = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest('#ours') != null;

function page(): { changes: PageChanges; body: HTMLElement; ownRoot: HTMLElement; text: Text } {
  document.body.innerHTML = '<div id="ours"><p>reader view</p></div><div class="content"><p>正文第一段。</p></div>';
  const changes = new PageChanges(document, ours);
  changes.reset();
  const text = document.querySelector('.content p')!.firstChild as Text;
  return { changes, body: document.body, ownRoot: document.getElementById('ours')!, text };
}

describe('PageChanges', () => {
  it('is clean after a reset until the page changes', async () => {
    const { changes } = page();
    await settle();
    expect(changes.dirty).toBe(false);
  });

  it('is dirty once the page adds a node (a body rendered by script)', async () => {
    const { changes, body } = page();
    body.querySelector('.content')!.insertAdjacentHTML('beforeend', '<p>晚到的一段。</p>');
    await settle();
    expect(changes.dirty).toBe(true);
  });

  it('is dirty once the page rewrites text in place', async () => {
    const { changes, text } = page();
    text.data = '改写后的第一段。';
    await settle();
    expect(changes.dirty).toBe(true);
  });

  it('does not count what we add or rewrite in our own root', async () => {
    const { changes, ownRoot } = page();
    ownRoot.insertAdjacentHTML('beforeend', '<p>more of the reader view</p>');
    (ownRoot.querySelector('p')!.firstChild as Text).data = 'rewritten';
    await settle();
    expect(changes.dirty).toBe(false);
  });

  it('starts clean again after a reset', async () => {
    const { changes, body } = page();
    body.append(document.createElement('p'));
    await settle();
    changes.reset();
    await settle();
    expect(changes.dirty).toBe(false);
  });
});
